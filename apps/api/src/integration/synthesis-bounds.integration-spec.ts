import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SynthesisService, liveEngineWorkers } from '@persona-lab/synthesis';
import { buildEngineWorker } from '../../test/support/engine-worker';
import { createStudyFixture } from '../../test/support/fixtures';
import { seedStudyViaApi } from '../../test/support/seed-study';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// A synthesis run has a size and a time budget, and a cancel stops its engine thread. The engine
// runs in a real worker thread here (bundled from its sources), observed by the live thread count.

const START = 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }';
const CANCEL = 'mutation($id: ID!) { cancelSynthesis(id: $id) { id status } }';
const RUN = 'query($id: ID!) { synthesisRun(id: $id) { status stage progress error } }';

interface Run {
  status: string;
  stage: string | null;
  progress: number;
  error: string | null;
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

/** A study of `copies` × 60 survey respondents (60 through the API, the rest copied in SQL). */
async function bigStudy(t: TestApp, copies: number) {
  const ctx = await createStudyFixture(t, 'Bounds');
  const { survey } = await seedStudyViaApi(t, ctx.owner.token, ctx.studyId, {
    responses: 60,
    transcripts: 0,
    codebook: false,
  });
  await t.db.query(
    `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers)
     SELECT survey_id, 'copy-' || g || '-' || id, survey_version, true, answers
       FROM response, generate_series(2, $2) g WHERE survey_id = $1`,
    [survey.id, copies],
  );
  return ctx;
}

async function start(t: TestApp, token: string, studyId: string) {
  const res = await t.gql<{ startSynthesis: { id: string } }>(
    START,
    { i: { studyId, provider: 'offline' } },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const id = res.data.startSynthesis.id;
  const read = async () =>
    (await t.gql<{ synthesisRun: Run }>(RUN, { id }, token)).data!.synthesisRun;
  return { id, read };
}

beforeAll(async () => {
  process.env.SYNTHESIS_ENGINE_WORKER = await buildEngineWorker();
}, 60_000);

describe('synthesis size budget and cancel', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SYNTHESIS_MAX_PARTICIPANTS: '15000', SYNTHESIS_MAX_SECONDS: '600' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('fails a study over SYNTHESIS_MAX_PARTICIPANTS with a sentence before the engine starts', async () => {
    const ctx = await bigStudy(t, 300); // 18,000 respondents
    const run = await start(t, ctx.owner.token, ctx.studyId);
    let engines = 0;
    const final = await until(
      async () => {
        engines = Math.max(engines, liveEngineWorkers());
        return run.read();
      },
      (r) => r.status === 'FAILED' || r.status === 'SUCCEEDED',
    );
    expect(final.status).toBe('FAILED');
    expect(final.error).toBe(
      'This study has 18,000 participants, more than one synthesis run may take (15,000, SYNTHESIS_MAX_PARTICIPANTS). Synthesise a smaller study, or ask your administrator to raise the limit on a server with more memory.',
    );
    // It never reached the engine: no 'features' stage, no thread.
    expect(final.stage).toBe('loading');
    expect(engines).toBe(0);
  }, 180_000);

  it('cancel terminates the engine thread; a retried job does not start a second one beside it', async () => {
    const ctx = await bigStudy(t, 200); // 12,000 respondents
    const run = await start(t, ctx.owner.token, ctx.studyId);
    await until(
      async () => liveEngineWorkers(),
      (n) => n === 1,
    );
    expect(liveEngineWorkers()).toBe(1);
    // pg-boss retrying the job (it expired) while the first attempt is alive: no second attempt.
    const [before] = await t.db.query<{ attempt: number }>(
      'SELECT attempt FROM synthesis_run WHERE id = $1',
      [run.id],
    );
    await t.app.get(SynthesisService, { strict: false }).execute(run.id);
    const [after] = await t.db.query<{ attempt: number }>(
      'SELECT attempt FROM synthesis_run WHERE id = $1',
      [run.id],
    );
    expect(after.attempt).toBe(before.attempt);
    expect(liveEngineWorkers()).toBe(1);

    const cancelled = await t.gql(CANCEL, { id: run.id }, ctx.owner.token);
    expect(cancelled.errors).toBeUndefined();
    const final = await until(run.read, (r) => r.status !== 'RUNNING', 60_000);
    expect(final.status).toBe('CANCELLED');
    expect(liveEngineWorkers()).toBe(0);
    // Cancelling a finished run says so.
    expect(errorOf(await t.gql(CANCEL, { id: run.id }, ctx.owner.token)).code).toBe('CONFLICT');
  }, 180_000);
});

describe('synthesis time budget', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SYNTHESIS_MAX_SECONDS: '1' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('fails a run over SYNTHESIS_MAX_SECONDS with a sentence, and its thread is gone', async () => {
    const ctx = await bigStudy(t, 200);
    const run = await start(t, ctx.owner.token, ctx.studyId);
    let engines = 0;
    const final = await until(
      async () => {
        engines = Math.max(engines, liveEngineWorkers());
        return run.read();
      },
      (r) => r.status === 'FAILED' || r.status === 'SUCCEEDED',
    );
    expect(engines).toBe(1);
    expect(final.status).toBe('FAILED');
    expect(final.error).toBe(
      'The synthesis took longer than its limit of 1 seconds (SYNTHESIS_MAX_SECONDS) and was stopped; nothing was saved. Synthesise a smaller study, or ask your administrator to raise the limit.',
    );
    expect(liveEngineWorkers()).toBe(0);
  }, 180_000);
});
