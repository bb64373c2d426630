// The synthesis corpus shared by the "synthesis" and "tokens" benchmarks: one app (with
// the fake OpenAI server configured, so both providers work), and one study per size with
// N survey respondents (inserted with SQL) and 50 PLAIN interview transcripts (imported
// through GraphQL). Built once per run, however many of the two benchmarks are selected.
import { performance } from 'node:perf_hooks';
import { startFakeOpenAI } from './fake-openai.mjs';
import { loadAverage, sleep, startApp } from './app.mjs';
import { QUESTIONS, insertResponses, transcript } from './corpus.mjs';
import { createStudy, gql, publishedSurvey, researcher } from './gql.mjs';
import { cpuMs, memorySampler, postgresCpuMs } from './proc.mjs';

export const SIZES = (process.env.BENCH_SYNTH_SIZES ?? '1000,5000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const TRANSCRIPTS = Number(process.env.BENCH_TRANSCRIPTS ?? 50);
const RUN_TIMEOUT_MS = Number(process.env.BENCH_SYNTH_TIMEOUT_S ?? 180) * 1000;

const IMPORT =
  'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { index } } }';

export async function getCorpus(ctx) {
  if (ctx.shared.corpus) return ctx.shared.corpus;
  const { log } = ctx;
  const fake = await startFakeOpenAI();
  ctx.cleanups.push(() => fake.close());
  const app = await startApp({
    label: 'synthesis',
    env: { OPENAI_API_KEY: 'x', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-model' },
  });
  ctx.cleanups.push(() => app.stop());
  const who = await researcher(app);
  const studies = [];
  for (const size of SIZES) {
    const t0 = performance.now();
    const studyId = await createStudy(app, who, `Synthesis ${size}`);
    const survey = await publishedSurvey(app, who, studyId, `Synthesis ${size}`, QUESTIONS);
    await insertResponses(app.pool, survey.id, size, `syn${size}-`);
    let turns = 0;
    for (let i = 0; i < TRANSCRIPTS; i += 5) {
      const batch = Array.from({ length: Math.min(5, TRANSCRIPTS - i) }, (_, k) =>
        transcript(i + k),
      );
      const done = await Promise.all(
        batch.map((t) =>
          gql(
            app,
            IMPORT,
            { i: { studyId, format: 'PLAIN', interviewerSpeakers: ['Interviewer'], ...t } },
            { token: who.token },
          ),
        ),
      );
      turns += done.reduce((s, d) => s + d.data.importTranscript.segments.length, 0);
    }
    studies.push({ size, studyId, surveyId: survey.id });
    log(
      `  corpus ${size}: ${size} respondents + ${TRANSCRIPTS} transcripts (${turns} turns) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  ctx.shared.corpus = { app, who, fake, studies };
  return ctx.shared.corpus;
}

const RUN = `query($id: ID!) { synthesisRun(id: $id) { status progress error tokensIn tokensOut startedAt finishedAt personas { id }
  quality { silhouette stability evidenceCoverage faithfulness } } }`;

/**
 * One synthesis run, timed from startSynthesis to a final status, with the app's peak RSS
 * and PostgreSQL's summed RSS/PSS sampled every 200 ms, CPU seconds of both (a figure that
 * holds on a busy machine), and the slowest /healthz answer while it ran (how long the API
 * stopped answering).
 */
export async function runSynthesis({ app, who }, studyId, provider) {
  const sampler = memorySampler(app, 200);
  let done = false;
  let maxHealthMs = 0;
  const prober = (async () => {
    while (!done) {
      const t0 = performance.now();
      try {
        await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(RUN_TIMEOUT_MS) });
      } catch {
        /* counted as slow */
      }
      maxHealthMs = Math.max(maxHealthMs, performance.now() - t0);
      await sleep(250);
    }
  })();
  const cpu0 = { app: cpuMs(app.pid), pg: postgresCpuMs(app) };
  const t0 = performance.now();
  let run;
  try {
    const started = await gql(
      app,
      'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status } }',
      { i: { studyId, provider } },
      { token: who.token },
    );
    const id = started.data.startSynthesis.id;
    const deadline = Date.now() + RUN_TIMEOUT_MS;
    for (;;) {
      run = (await gql(app, RUN, { id }, { token: who.token, timeoutMs: RUN_TIMEOUT_MS })).data
        .synthesisRun;
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) break;
      if (Date.now() > deadline) {
        await gql(
          app,
          'mutation($id: ID!) { cancelSynthesis(id: $id) { status } }',
          { id },
          { token: who.token, allowErrors: true },
        );
        run = { ...run, status: 'TIMEOUT', error: `not finished after ${RUN_TIMEOUT_MS / 1000} s` };
        break;
      }
      await sleep(200);
    }
  } finally {
    done = true;
    await prober;
  }
  const seconds = (performance.now() - t0) / 1000;
  // Server side: from the worker claiming the run to its end (no queue wait, no polling).
  const serverSeconds =
    run.startedAt && run.finishedAt
      ? (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000
      : NaN;
  const cpu = {
    appS: (cpuMs(app.pid) - cpu0.app) / 1000,
    pgS: (postgresCpuMs(app) - cpu0.pg) / 1000,
  };
  return {
    ...run,
    seconds,
    serverSeconds,
    cpu,
    mem: sampler.stop(),
    maxHealthMs,
    load: loadAverage(),
  };
}
