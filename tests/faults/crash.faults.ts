import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppProcess, freePort, prepareSurvey, queryEmbedded, tempDataDir } from './app-process';

const QUESTIONS = [
  { id: 'role', type: 'SINGLE_CHOICE', title: 'Role', required: true, personaField: 'DEMOGRAPHIC', options: [{ id: 'a', label: 'Analyst' }, { id: 'b', label: 'Builder' }, { id: 'c', label: 'Student' }] },
  { id: 'freq', type: 'SINGLE_CHOICE', title: 'How often', required: true, personaField: 'BEHAVIOR', options: [{ id: 'd', label: 'Daily' }, { id: 'w', label: 'Weekly' }] },
  { id: 'sat', type: 'RATING', title: 'Satisfaction', min: 1, max: 5, personaField: 'PSYCHOGRAPHIC' },
  { id: 'pain', type: 'LONG_TEXT', title: 'Frustrations', personaField: 'PAIN_POINT' },
];

const SUBMIT = 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }';

let dataDir: string;
let pgPort: number;
let app: AppProcess;
let ctx: Awaited<ReturnType<typeof prepareSurvey>>;

beforeAll(async () => {
  dataDir = tempDataDir();
  pgPort = await freePort();
  app = new AppProcess(await freePort(), { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), JOB_EXPIRE_SECONDS: '5' });
  await app.start();
  ctx = await prepareSurvey(app, QUESTIONS);
});
afterAll(async () => app?.stop());

/** Sends until the app acknowledges (2xx with data), retrying through crashes; null if it never does. */
async function submitUntilAcknowledged(input: object, deadline: number): Promise<{ responseId: string; complete: boolean } | null> {
  while (Date.now() < deadline) {
    try {
      const res = await app.gql(SUBMIT, { i: input });
      if (res.data?.submitResponse) return res.data.submitResponse;
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== 'SERVICE_UNAVAILABLE' && code !== 'INTERNAL_SERVER_ERROR') throw new Error(`refused: ${JSON.stringify(res.errors)}`);
    } catch (error) {
      if (String(error).includes('refused:')) throw error;
      // Connection refused or reset while the app is down: retry like a real client.
    }
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
  return null;
}

describe('crash safety', () => {
  it('keeps every acknowledged response exactly once through two kill -9 restarts', async () => {
    const acknowledged = new Map<string, string>();
    const partialOnly = new Set<string>();
    const deadline = Date.now() + 120_000;
    let running = true;
    const client = async (n: number) => {
      for (let i = 0; running && i < 40; i++) {
        const id = randomUUID();
        const answers = [{ questionId: 'role', value: ['a', 'b', 'c'][(n + i) % 3] }, { questionId: 'freq', value: i % 2 ? 'd' : 'w' }];
        const partial = await submitUntilAcknowledged({ slug: ctx.slug, clientResponseId: id, complete: false, answers: answers.slice(0, 1) }, deadline);
        if (!partial) continue;
        if (i % 5 === 4) {
          partialOnly.add(id); // abandoned after the first screen
          continue;
        }
        const done = await submitUntilAcknowledged({ slug: ctx.slug, clientResponseId: id, complete: true, answers: [...answers, { questionId: 'sat', value: 1 + (i % 5) }] }, deadline);
        if (done) {
          expect(done.complete).toBe(true);
          expect(done.responseId).toBe(partial.responseId);
          acknowledged.set(id, done.responseId);
        }
      }
    };
    const clients = Array.from({ length: 32 }, (_, n) => client(n));
    const chaos = (async () => {
      for (let round = 0; round < 2; round++) {
        await new Promise((r) => setTimeout(r, 2500));
        await app.kill9();
        await new Promise((r) => setTimeout(r, 500));
        await app.start();
      }
    })();
    await chaos;
    await Promise.all(clients);
    running = false;

    expect(acknowledged.size).toBeGreaterThan(100);
    const rows = await queryEmbedded<{ client_response_id: string; id: string; complete: boolean }>(
      dataDir, pgPort, 'SELECT client_response_id, id, complete FROM response WHERE survey_id = $1', [ctx.surveyId],
    );
    const byClient = new Map(rows.map((r) => [r.client_response_id, r]));
    expect(byClient.size).toBe(rows.length); // no duplicates
    for (const [id, responseId] of acknowledged) {
      expect(byClient.get(id)).toEqual({ client_response_id: id, id: responseId, complete: true });
    }
    for (const id of partialOnly) {
      const row = byClient.get(id);
      if (row) expect(row.complete).toBe(false);
    }
  });

  it('finishes or fails clearly a synthesis run killed mid-way; never stuck, never half-written', async () => {
    // Enough respondents that synthesis takes a few seconds, inserted directly.
    await queryEmbedded(dataDir, pgPort,
      `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers)
       SELECT $1, 'bulk-' || g, 1, true, jsonb_build_object(
         'role', (ARRAY['a','b','c'])[1 + g % 3], 'freq', (ARRAY['d','w'])[1 + (g / 3) % 2], 'sat', 1 + g % 5,
         'pain', (ARRAY['Slow dashboards every morning.', 'Installing packages fails.', 'Error messages are cryptic.'])[1 + g % 3])
         FROM generate_series(1, 6000) g`, [ctx.surveyId]);
    const started = await app.gql('mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }', { i: { studyId: ctx.studyId, provider: 'offline' } }, ctx.token);
    const runId = started.data!.startSynthesis.id;
    const status = async () => (await queryEmbedded(dataDir, pgPort, 'SELECT status, error FROM synthesis_run WHERE id = $1', [runId]))[0];
    for (let i = 0; i < 200 && (await status()).status === 'QUEUED'; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await status()).status).toBe('RUNNING'); // the kill lands mid-run, not before or after
    await app.kill9();
    const personasAfterKill = await queryEmbedded(dataDir, pgPort, 'SELECT count(*)::int AS n FROM persona WHERE study_id = $1', [ctx.studyId]);
    await app.start();
    let final = await status();
    for (let i = 0; i < 240 && ['QUEUED', 'RUNNING'].includes(final.status); i++) {
      await new Promise((r) => setTimeout(r, 500));
      final = await status();
    }
    expect(['SUCCEEDED', 'FAILED']).toContain(final.status);
    // A failure says what happened and what to do, in a sentence a user can act on.
    if (final.status === 'FAILED') expect(final.error).toMatch(/^[A-Z][^\n]{20,}\.$/);
    const personas = await queryEmbedded<{ n: number }>(dataDir, pgPort, 'SELECT count(*)::int AS n FROM persona WHERE study_id = $1', [ctx.studyId]);
    if (final.status === 'SUCCEEDED') expect(personas[0].n).toBeGreaterThan(0);
    else expect(personas[0].n).toBe(personasAfterKill[0].n);
    const stuck = await queryEmbedded<{ n: number }>(dataDir, pgPort, `SELECT count(*)::int AS n FROM synthesis_run WHERE status IN ('QUEUED', 'RUNNING')`);
    expect(stuck[0].n).toBe(0);
  });
});
