import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@persona-lab/auth';
import { CodebookService, HighlightService } from '@persona-lab/coding';
import { InterviewService } from '@persona-lab/interviews';
import { ParticipantLinkSigner, SubmissionService, SurveyService } from '@persona-lab/surveys';
import { SynthesisService } from '@persona-lab/synthesis';
import { DEMO_CODES, DEMO_QUESTIONS, DEMO_RESPONSES, DEMO_STUDY, demoResponses, demoTranscripts, sentenceSpan } from './demo-study';

export const DEMO_EMAIL = 'demo@personalab.local';
export const DEMO_PASSWORD = 'demo-password-123';

/** Creates the demo account, workspace and study; false when any account exists already. */
async function seedAccount(db: DataSource): Promise<{ user: AuthUser; studyId: string } | null> {
  return db.transaction(async (tx) => {
    // Two replicas booting together must not both seed.
    await tx.query('SELECT pg_advisory_xact_lock(7262002)');
    const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM app_user');
    if (n > 0) return null;
    const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    const [user] = await tx.query(`INSERT INTO app_user (email, name, password_hash) VALUES ($1, 'Demo Researcher', $2) RETURNING id`, [DEMO_EMAIL, hash]);
    const [ws] = await tx.query(`INSERT INTO workspace (name) VALUES ('Demo workspace') RETURNING id`);
    await tx.query(`INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [ws.id, user.id]);
    const [study] = await tx.query(`INSERT INTO study (workspace_id, name, description) VALUES ($1, $2, $3) RETURNING id`, [
      ws.id,
      DEMO_STUDY.name,
      DEMO_STUDY.description,
    ]);
    return { user: { id: user.id, email: DEMO_EMAIL, name: 'Demo Researcher', sessionId: 'seed' }, studyId: study.id };
  });
}

/**
 * On first boot against an empty database: a demo account with a study that
 * shows the whole path — a customer survey with 160 responses from four needs
 * segments (persona fields inferred from the wording, gender flagged sensitive),
 * four interview transcripts linked to respondents, a codebook with accepted
 * highlights, and a synthesis run that drafts the first personas. It goes
 * through the same services as the API.
 */
export async function seedDemo(app: INestApplication, logger: Logger): Promise<boolean> {
  const started = performance.now();
  const seeded = await seedAccount(app.get(DataSource));
  if (!seeded) return false;
  const { user, studyId } = seeded;
  const get = <T>(cls: new (...args: never[]) => T) => app.get(cls, { strict: false });
  const surveys = get(SurveyService);
  const survey = await surveys.create(user, { studyId, title: DEMO_STUDY.surveyTitle, questions: DEMO_QUESTIONS as never, anonymous: false });
  await surveys.publish(user, survey.id);
  const submissions = get(SubmissionService);
  // Respondents linked to interviewees answer through signed participant links, as researchers share them.
  const links = get(ParticipantLinkSigner);
  const responses = demoResponses(DEMO_RESPONSES);
  const responseIds: string[] = [];
  for (const r of responses) {
    const saved = await submissions.submit(
      {
        slug: survey.slug,
        clientResponseId: randomUUID(),
        complete: true,
        answers: Object.entries(r.answers).map(([questionId, value]) => ({ questionId, value })),
        hiddenFields: r.participant ? { participant: r.participant, participant_sig: links.sign(survey.id, r.participant) } : undefined,
      },
      { ip: 'seed', userAgent: null },
    );
    responseIds.push(saved.responseId);
  }
  const interviews = get(InterviewService);
  const transcripts = [];
  for (const tr of demoTranscripts(4)) {
    const iv = await interviews.import(user, { studyId, title: tr.title, format: 'PLAIN', content: tr.content, participantLabel: tr.label, interviewerSpeakers: ['Interviewer'] });
    transcripts.push(...(await interviews.segments(iv.id)).filter((s) => !s.isInterviewer));
  }
  const codebook = get(CodebookService);
  const highlights = get(HighlightService);
  for (const c of DEMO_CODES) {
    const code = await codebook.create(user, { studyId, name: c.name, category: c.category, description: c.description });
    for (const seg of transcripts) {
      const span = sentenceSpan(seg.text, c.match);
      if (span) await highlights.apply(user, { codeId: code.id, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: seg.id }, start: span[0], end: span[1] });
    }
    // Transcripts first: an interviewee's highlighted turn is what their persona quotes for the code.
    for (const [i, r] of responses.entries()) {
      for (const q of ['routine', 'goal', 'pain', 'why']) {
        if (typeof r.answers[q] !== 'string') continue;
        const span = sentenceSpan(r.answers[q], c.match);
        if (span) await highlights.apply(user, { codeId: code.id, source: { type: 'SURVEY_ANSWER', responseId: responseIds[i], questionId: q }, start: span[0], end: span[1] });
      }
    }
  }
  const run = await get(SynthesisService).start(user, { studyId, provider: 'offline' });
  logger.info({ account: DEMO_EMAIL, responses: responses.length, synthesisRun: run.id, ms: Math.round(performance.now() - started) }, 'seeded the demo study');
  return true;
}
