import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../config';
import { createApp } from '../create-app';
import { startStatementCounter, type StatementCounter } from '../../test/support/statement-counter';

// Fields resolved once per parent (a study's surveys' counts, a persona list's reviews) batch
// through a loader per request: the SQL statements a list query sends must not grow with the
// number of parents. Each case asks the same query of a small and a large list and compares the
// reading statements the app sent PostgreSQL for it, counted on the wire by a relay between the app and
// the server (see statement-counter.ts for why not pg_stat_*). Before batching, every extra parent
// cost one or more statements, so these counts differed by tens.

let db: TestDatabase;
let counter: StatementCounter;
let app: NestExpressApplication;
let url: string;
let emails = 0;

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The answer to `query` and the SQL statements the app sent PostgreSQL to answer it. */
async function measured(query: string, variables: Record<string, unknown>, token: string) {
  await new Promise((r) => setTimeout(r, 50)); // let earlier requests' stragglers land first
  counter.take();
  const data = await gql(query, variables, token);
  // Reads only: the fields under test only read, while a request's own bookkeeping writes (a
  // session's last-seen time at most once a minute, rate-limit counters) come on their own clocks.
  const statements = counter.take().filter((sql) => /^\s*(SELECT|WITH)\b/i.test(sql));
  // A relay that saw nothing would make every comparison pass: the session lookup alone is one.
  expect(statements.length).toBeGreaterThan(0);
  if (process.env.SHOW_STATEMENTS) console.log(statements.length, statements.map((s) => s.slice(0, 90)));
  return { data, statements };
}

async function signUp(name: string) {
  const email = `loader${++emails}-${Date.now()}@example.com`;
  const data = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }', {
    i: { email, password: 'correct-horse-battery', name },
  });
  return { token: data.signUp.token as string, id: data.signUp.user.id as string, email };
}

const newWorkspace = async (token: string, name: string) =>
  (await gql('mutation($n: String!) { createWorkspace(name: $n) { id } }', { n: name }, token)).createWorkspace.id as string;

const newStudy = async (token: string, workspaceId: string, name: string) =>
  (await gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId, name } }, token)).createStudy.id as string;

/** `n` open surveys with a response limit (so `status` needs the counts), survey i holding i complete and 1 partial response. */
async function seedSurveys(token: string, studyId: string, n: number) {
  for (let i = 0; i < n; i++) {
    const { createSurvey } = await gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }',
      { i: { studyId, title: `Survey ${i}`, responseLimit: 1000, questions: [{ id: 'why', type: 'LONG_TEXT', title: 'Why?' }] } },
      token,
    );
    await gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: createSurvey.id }, token);
    await db.query(
      `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers)
       SELECT $1, 'r' || g, 1, g > 0, '{}' FROM generate_series(0, $2) g`,
      [createSurvey.id, i],
    );
  }
}

async function seedParticipants(studyId: string, n: number) {
  await db.query(`INSERT INTO participant (study_id, label) SELECT $1, 'P' || lpad(g::text, 3, '0') FROM generate_series(1, $2) g`, [studyId, n]);
}

const CONTENT = JSON.stringify({
  name: 'Morning Exporter',
  tagline: 'Works around the dashboard',
  summary: 'Exports data every morning.',
  avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  segmentShare: 1,
  participantCount: 1,
  traits: [],
  quotes: [],
});

/** A synthesis run that wrote `n` personas, each with two versions, a review, a comment and an audit event by `userId`. */
async function seedPersonas(studyId: string, workspaceId: string, userId: string, n: number) {
  const [run] = await db.query<{ id: string }>(
    `INSERT INTO synthesis_run (study_id, status, provider) VALUES ($1, 'SUCCEEDED', 'offline') RETURNING id`,
    [studyId],
  );
  for (let i = 0; i < n; i++) {
    const [p] = await db.query<{ id: string }>(
      `INSERT INTO persona (study_id, status, latest_version, approved_version, synthesis_run_id)
       VALUES ($1, 'DRAFT', 2, 1, $2) RETURNING id`,
      [studyId, run.id],
    );
    await db.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id, created_by)
       VALUES ($1, 1, $2, 'SYNTHESIS', $3, NULL), ($1, 2, $2, 'EDIT', NULL, $4)`,
      [p.id, CONTENT, run.id, userId],
    );
    await db.query(`INSERT INTO review (persona_id, reviewer_id, decision, persona_version) VALUES ($1, $2, 'APPROVE', 1)`, [p.id, userId]);
    await db.query(`INSERT INTO persona_comment (persona_id, persona_version, author_id, body) VALUES ($1, 2, $2, $3)`, [p.id, userId, `Comment ${i}`]);
    await db.query(`INSERT INTO audit_event (workspace_id, study_id, persona_id, actor_id, action) VALUES ($1, $2, $3, $4, 'persona.edited')`, [
      workspaceId,
      studyId,
      p.id,
      userId,
    ]);
  }
  return run.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  counter = await startStatementCounter(db.url);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ARGON2_MEMORY_KIB: '4096' });
  app = await createApp(config, counter.url, pino({ level: 'silent' }));
  await app.listen(0, '127.0.0.1');
  url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
});
afterAll(async () => {
  await app?.close();
  await counter?.close();
  await db?.drop();
});

describe('per-parent fields batch: the statements of a list query do not grow with the list', () => {
  it("a study's surveys with their status, counts and study", async () => {
    const owner = await signUp('Owner');
    const ws = await newWorkspace(owner.token, 'Surveys');
    const small = await newStudy(owner.token, ws, 'Five surveys');
    const large = await newStudy(owner.token, ws, 'Twenty surveys');
    await seedSurveys(owner.token, small, 5);
    await seedSurveys(owner.token, large, 20);
    const query = `query($id: ID!) { study(id: $id) { surveys { title status responseCount completeCount study { id name } } } }`;
    const five = await measured(query, { id: small }, owner.token);
    const twenty = await measured(query, { id: large }, owner.token);

    // The answers are the per-survey ones: newest first, survey i with i complete of i + 1.
    const surveys = twenty.data.study.surveys as any[];
    expect(surveys).toHaveLength(20);
    expect(surveys[0]).toEqual({ title: 'Survey 19', status: 'OPEN', responseCount: 20, completeCount: 19, study: { id: large, name: 'Twenty surveys' } });
    expect(surveys[19]).toMatchObject({ title: 'Survey 0', responseCount: 1, completeCount: 0 });
    expect(twenty.statements.length, twenty.statements.join('\n')).toBe(five.statements.length);
  });

  it("a user's workspaces with their members and studies, each study with its workspace, participants and surveys", async () => {
    const query = `{ workspaces { name members { role user { name } } studies { name workspace { name myRole } participants { label } surveys { title responseCount } } } }`;
    const few = await signUp('Few');
    for (let w = 0; w < 2; w++) {
      const ws = await newWorkspace(few.token, `Few ${w}`);
      const study = await newStudy(few.token, ws, `Few study ${w}`);
      await seedParticipants(study, 2);
      await seedSurveys(few.token, study, 1);
    }
    const many = await signUp('Many');
    for (let w = 0; w < 6; w++) {
      const ws = await newWorkspace(many.token, `Many ${w}`);
      for (let s = 0; s < 3; s++) {
        const study = await newStudy(many.token, ws, `Many study ${w}.${s}`);
        await seedParticipants(study, 4);
        await seedSurveys(many.token, study, 2);
      }
    }
    const small = await measured(query, {}, few.token);
    const large = await measured(query, {}, many.token);

    const workspaces = large.data.workspaces as any[];
    expect(workspaces).toHaveLength(6);
    expect(workspaces[5].members).toEqual([{ role: 'OWNER', user: { name: 'Many' } }]);
    expect(workspaces[5].studies.map((s: any) => s.name)).toEqual(['Many study 5.2', 'Many study 5.1', 'Many study 5.0']);
    expect(workspaces[5].studies[0].workspace).toEqual({ name: 'Many 5', myRole: 'OWNER' });
    expect(workspaces[5].studies[0].participants.map((p: any) => p.label)).toEqual(['P001', 'P002', 'P003', 'P004']);
    expect(workspaces[5].studies[0].surveys).toEqual([
      { title: 'Survey 1', responseCount: 2 },
      { title: 'Survey 0', responseCount: 1 },
    ]);
    expect(large.statements.length, large.statements.join('\n')).toBe(small.statements.length);
  });

  it("a study's personas and a run's personas with their study, run, versions, draft, reviews, comments and audit trail", async () => {
    const owner = await signUp('Persona owner');
    const ws = await newWorkspace(owner.token, 'Personas');
    const small = await newStudy(owner.token, ws, 'Five personas');
    const large = await newStudy(owner.token, ws, 'Twenty personas');
    await seedPersonas(small, ws, owner.id, 5);
    await seedPersonas(large, ws, owner.id, 20);
    const fields = `id study { name } synthesisRun { status } versions { version origin createdBy { name } } draft { version }
      reviews { decision reviewer { name } } comments { body author { name } } auditTrail { action actor { name } }`;
    const query = `query($id: ID!) { study(id: $id) { personas { ${fields} } synthesisRuns { personas { ${fields} } } } }`;
    const five = await measured(query, { id: small }, owner.token);
    const twenty = await measured(query, { id: large }, owner.token);

    const personas = twenty.data.study.personas as any[];
    expect(personas).toHaveLength(20);
    expect(personas[7]).toMatchObject({
      study: { name: 'Twenty personas' },
      synthesisRun: { status: 'SUCCEEDED' },
      versions: [
        { version: 1, origin: 'SYNTHESIS', createdBy: null },
        { version: 2, origin: 'EDIT', createdBy: { name: 'Persona owner' } },
      ],
      draft: { version: 2 },
      reviews: [{ decision: 'APPROVE', reviewer: { name: 'Persona owner' } }],
      comments: [{ body: 'Comment 7', author: { name: 'Persona owner' } }],
      auditTrail: [{ action: 'persona.edited', actor: { name: 'Persona owner' } }],
    });
    expect(twenty.data.study.synthesisRuns[0].personas.map((p: any) => p.id)).toEqual(personas.map((p) => p.id));
    expect(twenty.statements.length, twenty.statements.join('\n')).toBe(five.statements.length);
  });

  it("a study's interviews with their interviewee, turns and study", async () => {
    const owner = await signUp('Interviewer');
    const ws = await newWorkspace(owner.token, 'Interviews');
    const seed = async (name: string, n: number) => {
      const studyId = await newStudy(owner.token, ws, name);
      for (let i = 0; i < n; i++)
        await gql(
          'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id } }',
          { i: { studyId, title: `Interview ${i}`, format: 'PLAIN', content: `Interviewer: How do you export?\nP${i}: Every morning, to CSV.`, participantLabel: `P${i}`, interviewerSpeakers: ['Interviewer'] } },
          owner.token,
        );
      return studyId;
    };
    const small = await seed('Two interviews', 2);
    const large = await seed('Eight interviews', 8);
    const query = `query($id: ID!) { study(id: $id) { interviews { title participant { label } segmentCount segments { index speaker text isInterviewer } study { name } } } }`;
    const two = await measured(query, { id: small }, owner.token);
    const eight = await measured(query, { id: large }, owner.token);

    const interviews = eight.data.study.interviews as any[];
    expect(interviews).toHaveLength(8);
    expect(interviews[0]).toEqual({
      title: 'Interview 7',
      participant: { label: 'P7' },
      segmentCount: 2,
      segments: [
        { index: 0, speaker: 'Interviewer', text: 'How do you export?', isInterviewer: true },
        { index: 1, speaker: 'P7', text: 'Every morning, to CSV.', isInterviewer: false },
      ],
      study: { name: 'Eight interviews' },
    });
    expect(eight.statements.length, eight.statements.join('\n')).toBe(two.statements.length);
  });

  it("a codebook's codes with parent and highlight count, a study's highlights with their code, its themes with their code, counts and examples", async () => {
    const owner = await signUp('Coder');
    const ws = await newWorkspace(owner.token, 'Coding');
    const seed = async (name: string, n: number) => {
      const studyId = await newStudy(owner.token, ws, name);
      await gql(
        'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id } }',
        { i: { studyId, title: 'Sam', format: 'PLAIN', content: 'Interviewer: Why?\nP1: Exports are slow and the pricing page confuses everyone on the team.', participantLabel: 'P1', interviewerSpeakers: ['Interviewer'] } },
        owner.token,
      );
      const [segment] = await db.query<{ id: string }>(
        `SELECT s.id FROM transcript_segment s JOIN interview i ON i.id = s.interview_id WHERE i.study_id = $1 AND NOT s.is_interviewer`,
        [studyId],
      );
      // Code 0 is every other code's parent; code i has one accepted highlight by a person and i + 1 theme suggestions, the first accepted.
      const codes = await db.query<{ id: string }>(
        `INSERT INTO code (study_id, name, category) SELECT $1, 'Code ' || lpad(g::text, 2, '0'), 'OTHER' FROM generate_series(0, $2 - 1) g RETURNING id`,
        [studyId, n],
      );
      await db.query(`UPDATE code SET parent_id = $1 WHERE study_id = $2 AND id <> $1`, [codes[0].id, studyId]);
      for (const [i, code] of codes.entries()) {
        await db.query(
          `INSERT INTO highlight (study_id, code_id, source_type, segment_id, start_offset, end_offset, text, status, coder, confidence)
           SELECT $1::uuid, $2::uuid, 'TRANSCRIPT_SEGMENT', $3::uuid, g, g + 7, 'Exports', CASE WHEN g = 0 THEN 'ACCEPTED' ELSE 'SUGGESTED' END, 'offline-themes', 1.0 / (g + 1)
             FROM generate_series(0, $4) g
           UNION ALL SELECT $1::uuid, $2::uuid, 'TRANSCRIPT_SEGMENT', $3::uuid, 10, 14, 'slow', 'ACCEPTED', $5::text, NULL`,
          [studyId, code.id, segment.id, i, owner.id],
        );
        await db.query(`INSERT INTO theme (study_id, code_id, label, source_scope, theme_key, unit_count) VALUES ($1, $2, $3, 'TRANSCRIPTS', $3, $4)`, [
          studyId,
          code.id,
          `Theme ${String(i).padStart(2, '0')}`,
          i + 1,
        ]);
      }
      return studyId;
    };
    const small = await seed('Five codes', 5);
    const large = await seed('Thirty codes', 30);
    const query = `query($id: ID!) {
      study(id: $id) { codes { name parent { name } highlightCount } }
      highlights(studyId: $id, status: ACCEPTED) { text code { name } }
      themes(studyId: $id) { label code { name } pendingSuggestions acceptedSuggestions examples(first: 2) { start } }
    }`;
    const five = await measured(query, { id: small }, owner.token);
    const thirty = await measured(query, { id: large }, owner.token);

    const codes = thirty.data.study.codes as any[];
    expect(codes).toHaveLength(30);
    expect(codes[0]).toEqual({ name: 'Code 00', parent: null, highlightCount: 2 });
    expect(codes[12]).toEqual({ name: 'Code 12', parent: { name: 'Code 00' }, highlightCount: 14 });
    expect(thirty.data.highlights).toHaveLength(60);
    expect(thirty.data.highlights.filter((h: any) => h.code.name === 'Code 12')).toHaveLength(2);
    const theme = (thirty.data.themes as any[]).find((t) => t.label === 'Theme 12');
    expect(theme).toEqual({ label: 'Theme 12', code: { name: 'Code 12' }, pendingSuggestions: 12, acceptedSuggestions: 1, examples: [{ start: 0 }, { start: 1 }] });
    expect(thirty.statements.length, thirty.statements.join('\n')).toBe(five.statements.length);
  });
});
