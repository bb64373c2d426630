// Benchmark: does the API keep answering while theme discovery runs? Starts the built API
// (`npm run build:api` first), seeds one study with BENCH_THEMES_N open-text answers (default
// 3000, ~12 topics in varied wording) straight into PostgreSQL, runs discoverThemes and probes
// GET /healthz every 20 ms until the run ends. It prints the slowest and p99 /healthz answer
// during the run next to the same figures for an idle app over the same time (the baseline); then
// the same for a re-run over the same text (which adds nothing).
//
// `--inline` (or BENCH_THEMES_INLINE=1) hides dist's theme-engine.worker.js for the run, so the
// engine runs on the main thread (the encoder stays on its own thread, the engine yields between
// steps): the comparison shows what the engine thread buys.
//
//   node tools/build-api.mjs && node tests/load/themes-healthz.mjs [--inline]
import { randomUUID } from 'node:crypto';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { root, sleep, startApp } from './lib/app.mjs';
import { gql, researcher } from './lib/gql.mjs';

const N = Number(process.env.BENCH_THEMES_N ?? 3000);
const INLINE = process.argv.includes('--inline') || process.env.BENCH_THEMES_INLINE === '1';
const WORKER = join(root, 'dist/api/libs/coding/src/themes/theme-engine.worker.js');

const TOPICS = [
  ['the dashboard', 'is slow to load', 'takes ages to open', 'loads slowly every morning'],
  ['the pricing', 'is confusing', 'never matches the invoice', 'is hard to understand'],
  ['exporting to CSV', 'crashes the app', 'fails on big reports', 'loses my work'],
  ['the mobile app', 'logs me out', 'signs me out all the time', 'forgets my session'],
  ['support', 'takes days to answer', 'is slow to reply', 'never closes my tickets'],
  ['search', 'misses obvious results', 'returns nothing useful', 'is too strict'],
  ['notifications', 'are too noisy', 'arrive hours late', 'flood my inbox'],
  ['the onboarding', 'is too long', 'skips the basics', 'confused my team'],
  ['sharing reports', 'is awkward', 'needs too many clicks', 'breaks the links'],
  ['the calendar sync', 'duplicates events', 'drops meetings', 'is unreliable'],
  ['two-factor login', 'is a hassle', 'locks me out', 'needs my phone every time'],
  ['the API limits', 'are too low', 'block our scripts', 'throttle our imports'],
];
const OPENERS = ['', 'Honestly, ', 'For me ', 'Mostly ', 'Every week ', 'Lately '];
const CLOSERS = ['.', ', which is frustrating.', ' and it costs me time.', ', again and again.', '!'];
const SINCE = ['', ' since March', ' since the last update', ' on Mondays', ' for our whole team', ' when I travel', ' on big accounts'];

function answer(i) {
  const [subject, ...predicates] = TOPICS[i % TOPICS.length];
  const k = Math.floor(i / TOPICS.length);
  const opener = OPENERS[k % OPENERS.length];
  const text = `${opener}${subject} ${predicates[k % predicates.length]}${SINCE[(k >> 1) % SINCE.length]}${CLOSERS[(k >> 2) % CLOSERS.length]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};

/** Probes /healthz every 20 ms until `done()`; returns every latency in ms. */
async function probe(app, done) {
  const latencies = [];
  while (!done()) {
    const t0 = performance.now();
    await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(60_000) });
    latencies.push(performance.now() - t0);
    await sleep(20);
  }
  return latencies;
}

const hidden = `${WORKER}.hidden`;
if (INLINE && existsSync(WORKER)) renameSync(WORKER, hidden);
const app = await startApp({ label: 'themes' });
try {
  const who = await researcher(app);
  const studyId = (await gql(app, 'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: who.workspaceId, name: 'Themes bench' } }, { token: who.token })).data.createStudy.id;
  const survey = (
    await gql(
      app,
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }',
      { i: { studyId, title: 'Feedback', questions: [{ id: 'pain', type: 'LONG_TEXT', title: 'What frustrates you?', personaField: 'PAIN_POINT' }] } },
      { token: who.token },
    )
  ).data.createSurvey;
  await gql(app, 'mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: survey.id }, { token: who.token });
  const texts = Array.from({ length: N }, (_, i) => answer(i));
  await app.pool.query(
    `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers)
     SELECT $1, c, 1, true, jsonb_build_object('pain', t) FROM unnest($2::text[], $3::text[]) AS x(c, t)`,
    [survey.id, texts.map(() => randomUUID()), texts],
  );
  console.log(`themes-healthz: ${N} answers (${new Set(texts).size} distinct), engine ${INLINE ? 'INLINE on the main thread' : 'on its worker thread'}`);

  let idleDone = false;
  const idleProbe = probe(app, () => idleDone);
  await sleep(3000);
  idleDone = true;
  const idle = await idleProbe;

  for (const pass of ['first run', 're-run (same text)']) {
    const started = performance.now();
    const run = (await gql(app, 'mutation($i: DiscoverThemesInput!) { discoverThemes(input: $i) { id } }', { i: { studyId } }, { token: who.token })).data.discoverThemes;
    let final = null;
    const during = probe(app, () => final !== null);
    while (!final) {
      await sleep(250);
      const r = (await gql(app, 'query($id: ID!) { themeRun(id: $id) { status progress error message themeCount suggestionCount themes { label unitCount } } }', { id: run.id }, { token: who.token })).data.themeRun;
      if (['SUCCEEDED', 'FAILED'].includes(r.status)) final = r;
    }
    const seconds = (performance.now() - started) / 1000;
    const busy = await during;
    console.log(`${pass}: ${final.status} in ${seconds.toFixed(1)} s; ${final.themeCount} themes, ${final.suggestionCount} suggestions${final.error ? `; error: ${final.error}` : ''}${final.message ? `; message: ${final.message}` : ''}`);
    console.log(`themes: ${final.themes.slice(0, 12).map((t) => `${t.label} (${t.unitCount})`).join('; ')}`);
    const row = (name, xs) => `${name.padEnd(22)} probes ${String(xs.length).padStart(5)}  p50 ${quantile(xs, 0.5).toFixed(1).padStart(7)} ms  p99 ${quantile(xs, 0.99).toFixed(1).padStart(7)} ms  slowest ${Math.max(...xs).toFixed(1).padStart(7)} ms`;
    console.log(row('/healthz idle', idle));
    console.log(row('/healthz during run', busy));
    console.log(`slowest during run / slowest idle: ${(Math.max(...busy) / Math.max(...idle)).toFixed(1)}×; DESIGN bar: slowest under 500 ms → ${Math.max(...busy) < 500 ? 'yes' : 'NO'}`);
    if (final.status !== 'SUCCEEDED') process.exitCode = 1;
  }
} finally {
  await app.stop();
  if (INLINE && existsSync(hidden)) renameSync(hidden, WORKER);
}
