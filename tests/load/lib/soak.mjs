// Benchmark "soak" (left out of "all" unless BENCH_SOAK=1): BENCH_SOAK_SECONDS (600) of
// bounded mixed traffic against one app (loops in lib/soak-traffic.mjs): 16 submitResponse
// loops (unique ids, every fourth saved partially first), 2 loops reading surveyResults /
// responses(first: 50), and an offline synthesis every 2 minutes. The app's RSS (and V8
// heap, written by a small --import probe inside the app) is sampled every 10 s. Verdict:
// least-squares RSS slope over the last two-thirds of the run, "no growth trend" below
// 2 MiB/min (reported, not asserted). Any error, and any acknowledged submission not
// stored exactly once, breaks the run.
//
// Two studies, each with an open survey and 2,000 responses inserted with SQL: synthesis
// runs on the first, whose respondents stay at 2,000, because its peak memory grows with
// them (~25 MiB per 1k) and a growing corpus would read as an RSS trend; submissions and
// reads go to the second. BENCH_SOAK_ONE_STUDY=1 puts everything on one study instead.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAverage, startApp } from './app.mjs';
import { QUESTIONS, insertResponses } from './corpus.mjs';
import { createStudy, publishedSurvey, researcher } from './gql.mjs';
import { statusKb } from './proc.mjs';
import { readLoop, submitLoop, synthesisLoop, traffic } from './soak-traffic.mjs';
import { fmt, ratio, table } from './stats.mjs';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const THINK_MS = Number(process.env.BENCH_SOAK_THINK_MS ?? 100); // pause after each answer, per loop
const ONE_STUDY = process.env.BENCH_SOAK_ONE_STUDY === '1';
const SUBMITTERS = 16;
const READERS = 2;
const PRELOAD = 2000;
const SAMPLE_MS = 10_000;
const [SYNTH_FIRST_S, SYNTH_EVERY_S] = [60, 120]; // first synthesis at 1:00, then every 2 min
const SLOPE_LIMIT = 2; // MiB/min
const MiB = 2 ** 20;

// Runs inside the app (node --import): writes process.memoryUsage() to a file now and every 5 s.
const PROBE = `import { writeFileSync } from 'node:fs';
const write = () => { try { writeFileSync(process.env.SOAK_HEAP_FILE, JSON.stringify(process.memoryUsage())); } catch {} };
write();
setInterval(write, 5000).unref();`;

/** Least-squares slope of [x, y] points. */
function slope(points) {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx ? points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx : NaN;
}

async function setUp(app) {
  const who = await researcher(app);
  const make = async (name) => {
    const studyId = await createStudy(app, who, name);
    const survey = await publishedSurvey(app, who, studyId, name, QUESTIONS);
    await insertResponses(app.pool, survey.id, PRELOAD, 'pre-');
    return { studyId, survey };
  };
  const synth = await make('Soak synthesis');
  return { who, synth, load: ONE_STUDY ? synth : await make('Soak submissions') };
}

/** Every acknowledged id stored exactly once, under its responseId, complete as acknowledged. */
async function verifyRows(app, surveyId, acked) {
  const { rows } = await app.pool.query(
    `SELECT client_response_id AS cid, id, complete FROM response WHERE survey_id = $1 AND client_response_id LIKE 'soak-%'`,
    [surveyId],
  );
  const stored = new Map();
  let dup = 0;
  for (const r of rows) stored.has(r.cid) ? dup++ : stored.set(r.cid, r);
  let lost = 0;
  let wrong = 0;
  for (const [cid, a] of acked) {
    const s = stored.get(cid);
    if (!s) lost++;
    else if (s.id !== a.responseId || s.complete !== a.complete) wrong++;
  }
  const unacked = [...stored.keys()].filter((cid) => !acked.has(cid)).length;
  return {
    stored: rows.length,
    lost,
    dup,
    wrong,
    unacked,
    ok: !lost && !dup && !wrong && !unacked,
  };
}

export async function run({ log, broken }) {
  const heapFile = join(tmpdir(), `pl-soak-heap-${process.pid}.json`);
  const app = await startApp({
    label: 'soak',
    env: { SOAK_HEAP_FILE: heapFile },
    nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`],
  });
  try {
    const { who, synth, load } = await setUp(app);
    log(
      `soak: ${SECONDS} s; ${SUBMITTERS} submit + ${READERS} read loops (${THINK_MS} ms think time), offline synthesis at ` +
        `${SYNTH_FIRST_S} s then every ${SYNTH_EVERY_S} s; ${PRELOAD} responses pre-inserted ` +
        `(${ONE_STUDY ? 'one study for everything' : 'synthesis study kept at that size; submissions go to a second study'}); load avg ${loadAverage()}`,
    );
    const t = traffic(app);
    const { stats } = t;
    const acked = new Map();
    const t0 = performance.now();
    const end = t0 + SECONDS * 1000;
    const elapsedS = () => (performance.now() - t0) / 1000;

    const samples = [];
    const sample = () => {
      let heap = null;
      try {
        heap = JSON.parse(readFileSync(heapFile, 'utf8'));
      } catch {
        /* not written yet */
      }
      samples.push({
        t: elapsedS(),
        rss: statusKb(app.pid) / 1024,
        heap: heap ? heap.heapUsed / MiB : NaN,
        requests: stats.requests,
        errors: stats.errors,
        responses: PRELOAD + stats.complete,
        synth: stats.synthesisRunning,
      });
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_MS);
    const progress = setInterval(() => {
      const s = samples[samples.length - 1];
      log(
        `  ${fmt(elapsedS(), 0).padStart(4)} s: ${stats.requests} requests, ${stats.errors} errors, ` +
          `RSS ${fmt(s.rss, 0)} MiB, heap ${fmt(s.heap, 0)} MiB; load avg ${loadAverage()}`,
      );
    }, 60_000);
    const common = { t, end, thinkMs: THINK_MS };
    const [synthRuns] = await Promise.all([
      synthesisLoop({
        ...common,
        token: who.token,
        studyId: synth.studyId,
        t0,
        firstS: SYNTH_FIRST_S,
        everyS: SYNTH_EVERY_S,
        log,
        note: () =>
          `${ONE_STUDY ? PRELOAD + stats.complete : PRELOAD} respondents; ${stats.requests} requests so far`,
      }),
      ...Array.from({ length: SUBMITTERS }, (_, loop) =>
        submitLoop({ ...common, slug: load.survey.slug, loop, acked }),
      ),
      ...Array.from({ length: READERS }, (_, loop) =>
        readLoop({ ...common, token: who.token, surveyId: load.survey.id, loop }),
      ),
    ]);
    clearInterval(progress);
    clearInterval(sampler);
    if (elapsedS() - samples[samples.length - 1].t > 5) sample();
    const took = elapsedS();
    const rows = await verifyRows(app, load.survey.id, acked);

    // One sample per minute (the one at each full minute), and the last.
    const perMinute = samples.filter((_, i) => i % 6 === 0 || i === samples.length - 1);
    const minuteRows = perMinute.map((s, i) => {
      const p = perMinute[i - 1];
      return [
        fmt(s.t / 60, 1),
        fmt(s.rss, 1),
        fmt(s.heap, 1),
        p ? fmt(s.rss - p.rss, 1) : '—',
        String(s.responses),
        p ? fmt((s.requests - p.requests) / (s.t - p.t), 0) : '—',
        String(s.errors),
        s.synth ? 'running' : '',
      ];
    });
    const header = [
      'min',
      'RSS MiB',
      'heap MiB',
      'ΔRSS',
      'responses',
      'req/s',
      'errors',
      'synthesis',
    ];
    log(
      `\n  app process, one sample per minute (of ${samples.length}, every ${SAMPLE_MS / 1000} s):`,
    );
    log(table(header, minuteRows).replace(/^/gm, '  '));

    const tail = samples.filter((s) => s.t >= took / 3);
    const rssSlope = slope(tail.map((s) => [s.t / 60, s.rss]));
    const heapSlope = slope(
      tail.filter((s) => Number.isFinite(s.heap)).map((s) => [s.t / 60, s.heap]),
    );
    const min2 = samples[12]; // t = 2:00
    const last = samples[samples.length - 1];
    const growth = ratio(last.rss, min2?.rss);
    const noGrowth = rssSlope < SLOPE_LIMIT;
    log(
      `\n  ${stats.requests} requests in ${fmt(took, 0)} s: ${stats.complete} complete submissions (${stats.partial} saved partially first), ` +
        `${stats.reads} reads, ${synthRuns.length} synthesis runs, ${stats.conflicts} expected CONFLICT refusals; errors ${stats.errors}`,
    );
    for (const e of stats.firstErrors) log(`    error: ${e}`);
    log(
      `  rows: acknowledged ${acked.size}, stored ${rows.stored}, lost ${rows.lost}, duplicated ${rows.dup}, ` +
        `wrong responseId/state ${rows.wrong}, stored but not acknowledged ${rows.unacked}`,
    );
    log(
      `  RSS slope over the last two-thirds (${tail.length} samples from ${fmt(took / 180, 1)} min): ${fmt(rssSlope, 2)} MiB/min ` +
        `(V8 heapUsed ${fmt(heapSlope, 2)} MiB/min); RSS last / minute 2: ${fmt(last.rss, 1)} / ${fmt(min2?.rss, 1)} MiB = ${fmt(growth, 3)}`,
    );
    const verdict = noGrowth
      ? 'no growth trend'
      : Number.isFinite(rssSlope)
        ? 'GROWTH TREND'
        : 'n/a';
    log(
      `  verdict: ${verdict} (threshold: RSS slope < ${SLOPE_LIMIT} MiB/min over the last two-thirds)`,
    );

    if (stats.errors) broken.push(`soak: ${stats.errors} errors (first: ${stats.firstErrors[0]})`);
    if (!rows.ok)
      broken.push(
        `soak: submissions not stored exactly once (lost ${rows.lost}, dup ${rows.dup}, wrong ${rows.wrong}, unacked ${rows.unacked})`,
      );
    const synthOk = synthRuns.filter((r) => r.status === 'SUCCEEDED').length;
    return [
      [
        `soak RSS slope (last 2/3 of ${fmt(took / 60, 0)} min)`,
        `${fmt(rssSlope, 2)} MiB/min`,
        `${SLOPE_LIMIT} MiB/min threshold`,
        fmt(ratio(rssSlope, SLOPE_LIMIT)),
        `< ${SLOPE_LIMIT} MiB/min`,
        noGrowth ? 'yes' : 'NO',
      ],
      [
        'soak RSS last min / min 2',
        `${fmt(last.rss, 0)} MiB`,
        `${fmt(min2?.rss, 0)} MiB`,
        fmt(growth, 3),
        '(info) ≈ 1',
        '—',
      ],
      [
        'soak errors',
        `${stats.errors} of ${stats.requests} req`,
        `${stats.conflicts} expected CONFLICT`,
        '—',
        '0',
        stats.errors ? 'BROKEN' : 'yes',
      ],
      [
        'soak rows exactly once',
        `${rows.lost} lost, ${rows.dup} dup, ${rows.wrong + rows.unacked} other`,
        `${acked.size} acked`,
        fmt(ratio(rows.stored, acked.size), 4),
        '0 lost, 0 dup',
        rows.ok ? 'yes' : 'BROKEN',
      ],
      [
        'soak synthesis runs',
        `${synthOk} of ${synthRuns.length} SUCCEEDED`,
        `every ${SYNTH_EVERY_S} s`,
        '—',
        'all SUCCEEDED',
        synthOk === synthRuns.length ? 'yes' : 'BROKEN',
      ],
    ];
  } finally {
    await app.stop();
    rmSync(heapFile, { force: true });
  }
}
