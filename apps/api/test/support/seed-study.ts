import { randomUUID } from 'node:crypto';
import { DEMO_CODES, DEMO_QUESTIONS, demoResponses, demoTranscripts, sentenceSpan } from '../../src/seed/demo-study';
import type { TestApp } from './test-app';

/**
 * Fills a study through the public API, as a researcher and respondents
 * would: a published survey with `responses` answers, interview transcripts,
 * a codebook and accepted highlights on matching sentences.
 */
export async function seedStudyViaApi(t: TestApp, token: string, studyId: string, options: { responses?: number; transcripts?: number; codebook?: boolean } = {}) {
  const survey = (
    await t.gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId, title: 'R users', questions: DEMO_QUESTIONS } }, token)
  ).data!.createSurvey;
  await t.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: survey.id }, token);
  const generated = demoResponses(options.responses ?? 60);
  // Respondents linked to interviewees answer through a researcher's signed participant link.
  const signed = new Map<string, string>();
  for (const label of new Set(generated.flatMap((r) => (r.participant ? [r.participant] : [])))) {
    const res = await t.gql('query($s: ID!, $l: String!) { participantLink(surveyId: $s, label: $l) { signature } }', { s: survey.id, l: label }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    signed.set(label, res.data.participantLink.signature);
  }
  const responseIds: string[] = [];
  for (let i = 0; i < generated.length; i += 20) {
    const ids = await Promise.all(
      generated.slice(i, i + 20).map(async (r) => {
        const res = await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
          i: {
            slug: survey.slug,
            clientResponseId: randomUUID(),
            complete: true,
            answers: Object.entries(r.answers).map(([questionId, value]) => ({ questionId, value })),
            ...(r.participant ? { hiddenFields: { participant: r.participant, participant_sig: signed.get(r.participant)! } } : {}),
          },
        });
        if (!res.data) throw new Error(JSON.stringify(res.errors));
        return res.data.submitResponse.responseId as string;
      }),
    );
    responseIds.push(...ids);
  }
  const interviews: { id: string; segments: { id: string; text: string; speaker: string }[] }[] = [];
  for (const tr of demoTranscripts(options.transcripts ?? 3)) {
    const res = await t.gql(
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id text speaker } } }',
      { i: { studyId, title: tr.title, format: 'PLAIN', content: tr.content, participantLabel: tr.label, interviewerSpeakers: ['Interviewer'] } },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    interviews.push(res.data.importTranscript);
  }
  const codes: Record<string, string> = {};
  if (options.codebook === false) return { survey, responseIds, generated, interviews, codes, highlights: 0 };
  for (const c of DEMO_CODES) {
    const res = await t.gql('mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }', { i: { studyId, name: c.name, category: c.category, description: c.description } }, token);
    codes[c.name] = res.data!.createCode.id;
  }
  const apply = (codeId: string, source: object, text: string, re: RegExp) => {
    const span = sentenceSpan(text, re);
    if (!span) return null;
    return t.gql('mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }', { i: { codeId, source, start: span[0], end: span[1] } }, token);
  };
  let highlights = 0;
  for (const iv of interviews) {
    for (const seg of iv.segments.filter((s) => s.speaker !== 'Interviewer')) {
      for (const c of DEMO_CODES) if (await apply(codes[c.name], { type: 'TRANSCRIPT_SEGMENT', segmentId: seg.id }, seg.text, c.match)) highlights++;
    }
  }
  for (const [i, r] of generated.entries()) {
    if (i % 4) continue;
    for (const q of ['pain', 'why'] as const) {
      const text = String(r.answers[q]);
      for (const c of DEMO_CODES) if (await apply(codes[c.name], { type: 'SURVEY_ANSWER', responseId: responseIds[i], questionId: q }, text, c.match)) highlights++;
    }
  }
  return { survey, responseIds, generated, interviews, codes, highlights };
}
