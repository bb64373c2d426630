// Benchmark "soak" (not part of "all" unless BENCH_SOAK=1): BENCH_SOAK_SECONDS (600) of
// bounded mixed traffic against one app: 16 submitResponse loops (unique ids, a quarter
// saved partially first), 2 loops reading surveyResults / responses(first: 50), and an
// offline synthesis every 2 minutes. The app's RSS (and V8 heap, written by a tiny
// --import probe) is sampled every 10 s; the verdict is the least-squares RSS slope over
// the last two-thirds of the run. Errors (must be 0) and exactly-once storage break the run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAverage, sleep, startApp } from './app.mjs';
import { QUESTIONS, insertResponses, randomAnswers } from './corpus.mjs';
import { createStudy, publishedSurvey, researcher } from './gql.mjs';
import { statusKb } from './proc.mjs';
import { fmt, ratio, table } from './stats.mjs';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 600);
const THINK_MS = Number(process.env.BENCH_SOAK_THINK_MS ?? 100); // pause between one loop's requests
const SUBMITTERS = 16;
const READERS = 2;
const PRELOAD = 2000;
const SAMPLE_MS = 10_000;
const SYNTH_FIRST_S = 60; // first synthesis at 1:00, then every 2 minutes
const SYNTH_EVERY_S = 120;
const SLOPE_LIMIT = 2; // MiB/min
const MIB = 1024;

const SUBMIT =
  'mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId complete } }';
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { responseCount completeCount
  questions { questionId answered mean median choices { choiceId count } nps { score } texts(first: 20) } } }`;
const PAGE = `query($id: ID!) { responses(surveyId: $id, first: 50) { nodes { id complete submittedAt answers { questionId value } } endCursor } }`;
const START = 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status } }';
const RUN = 'query($id: ID!) { synthesisRun(id: $id) { status error personas { id } } }';

// Runs inside the app (node --import): writes process.memoryUsage() to a file every 5 s.
const PROBE = `import { writeFileSync } from 'node:fs';
setInterval(() => { try { writeFileSync(process.env.SOAK_HEAP_FILE, JSON.stringify(process.memoryUsage())); } catch {} }, 5000).unref();`;

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx ? sxy / sxx : NaN;
}

export async function run({ log, broken }) {
  const heapFile = join('/tmp', `pl-soak-heap-${process.pid}.json`);
  const app = await startApp({
    label: 'soak',
    env: { SOAK_HEAP_FILE: heapFile },
    nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`],
  });
  try {
    const who = await researcher(app);
    const studyId = await createStudy(app, who, 'Soak benchmark');
    const survey = await publishedSurvey(app, who, studyId, 'Soak benchmark', QUESTIONS);
    await insertResponses(app.pool, survey.id, PRELOAD, 'soak-pre-');
    log(
      `soak: ${SECONDS} s, ${SUBMITTERS} submit loops + ${READERS} read loops (${THINK_MS} ms think time each), ` +
        `offline synthesis at ${SYNTH_FIRST_S} s then every ${SYNTH_EVERY_S} s; ${PRELOAD} responses pre-inserted; load avg ${loadAverage()}`,
    );

    const stats = { requests: 0, errors: 0, conflicts: 0, partial: 0, complete: 0, reads: 0 };
    const errorSamples = [];
    const fail = (what) => {
      stats.errors++;
      if (errorSamples.length < 10) errorSamples.push(what);
    };
    /** One POST /graphql; returns the body, or null after counting an error. */
    const call = async (query, variables, { token, conflictOk = false } = {}) => {
      stats.requests++;
      let res, text;
      try {
        res = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(60_000),
        });
        text = await res.text();
      } catch (e) {
        fail(`fetch: ${e?.name ?? ''} ${e?.message ?? e}`);
        return null;
      }
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        fail(`HTTP ${res.status}, not JSON: ${text.slice(0, 120)}`);
        return null;
      }
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      if (conflictOk && codes.length && codes.every((c) => c === 'CONFLICT')) {
        stats.conflicts++;
        return body;
      }
      if (!res.ok || codes.length) {
        fail(`HTTP ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
        return null;
      }
      return body;
    };

    const t0 = performance.now();
    const end = t0 + SECONDS * 1000;
    const elapsedS = () => (performance.now() - t0) / 1000;
    const acked = new Map(); // clientResponseId → { responseId, complete }

    // RSS sampler (every 10 s, from t = 0).
    const samples = [];
    const sample = () => {
      let heap = null;
      try {
        heap = JSON.parse(readFileSync(heapFile, 'utf8'));
      } catch {
        /* probe not written yet */
      }
      samples.push({
        t: elapsedS(),
        rssMiB: statusKb(app.pid) / MIB,
        heapMiB: heap ? heap.heapUsed / 2 ** 20 : NaN,
        requests: stats.requests,
        errors: stats.errors,
        stored: PRELOAD + stats.complete,
      });
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_MS);

    const submitter = async (loop) => {
      for (let n = 0; performance.now() < end; n++) {
        const id = `soak-${loop}-${n.toString(36).padStart(5, '0')}`;
        const answers = randomAnswers((loop + n) % 4);
        if (n % 4 === 1) {
          // Partial save (the first three answers), then the complete response with the same id.
          const p = await call(SUBMIT, {
            input: { slug: survey.slug, clientResponseId: id, complete: false, answers: answers.slice(0, 3) },
          });
          const got = p?.data?.submitResponse;
          if (p && (typeof got?.responseId !== 'string' || got.complete !== false))
            fail(`partial ${id} answered ${JSON.stringify(got)}`);
          if (got?.responseId) {
            acked.set(id, { responseId: got.responseId, complete: false });
            stats.partial++;
          }
          await sleep(THINK_MS);
        }
        const c = await call(SUBMIT, {
          input: { slug: survey.slug, clientResponseId: id, complete: true, answers },
        });
        const got = c?.data?.submitResponse;
        if (c && (typeof got?.responseId !== 'string' || got.complete !== true))
          fail(`complete ${id} answered ${JSON.stringify(got)}`);
        else if (got) {
          const before = acked.get(id);
          if (before && before.responseId !== got.responseId)
            fail(`${id}: partial saved as ${before.responseId}, completed as ${got.responseId}`);
          acked.set(id, { responseId: got.responseId, complete: true });
          stats.complete++;
        }
        await sleep(THINK_MS);
      }
    };

    const reader = async (loop) => {
      for (let n = loop; performance.now() < end; n++) {
        const body = await call(n % 2 ? PAGE : RESULTS, { id: survey.id }, { token: who.token });
        if (body && n % 2 && body.data.responses.nodes.length !== 50)
          fail(`responses(first: 50) answered ${body.data.responses.nodes.length} nodes`);
        if (body) stats.reads++;
        await sleep(THINK_MS);
      }
    };

    const synthRuns = [];
    const synthesis = async () => {
      for (let k = 0; SYNTH_FIRST_S + k * SYNTH_EVERY_S < SECONDS; k++) {
        const wait = t0 + (SYNTH_FIRST_S + k * SYNTH_EVERY_S) * 1000 - performance.now();
        if (wait > 0) await sleep(wait);
        const at = elapsedS();
        const started = await call(START, { i: { studyId, provider: 'offline' } }, {
          token: who.token,
          conflictOk: true,
        });
        const runId = started?.data?.startSynthesis?.id;
        if (!runId) {
          if (started) log(`  synthesis at ${fmt(at, 0)} s: refused with CONFLICT (one still running)`);
          continue;
        }
        // A second start while this one is queued or running must be refused with CONFLICT.
        const second = await call(START, { i: { studyId, provider: 'offline' } }, {
          token: who.token,
          conflictOk: true,
        });
        const refused = second && !second.data?.startSynthesis;
        const extra = second?.data?.startSynthesis?.id; // only if the first one had already ended
        for (const id of [runId, extra].filter(Boolean)) {
          let r = null;
          for (;;) {
            const polled = await call(RUN, { id }, { token: who.token });
            r = polled?.data?.synthesisRun ?? r;
            if (!r || ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(r.status)) break;
            if (performance.now() > end + 300_000) {
              r = { ...r, status: 'TIMEOUT' };
              break;
            }
            await sleep(1000);
          }
          const entry = { at, id, status: r?.status ?? 'UNKNOWN', seconds: elapsedS() - at };
          synthRuns.push(entry);
          if (entry.status !== 'SUCCEEDED') fail(`synthesis ${id}: ${entry.status} ${r?.error ?? ''}`);
          log(
            `  synthesis at ${fmt(at, 0)} s: ${entry.status} in ${fmt(entry.seconds, 1)} s, ${r?.personas?.length ?? 0} personas, ` +
              `${PRELOAD + stats.complete} responses stored; second start ${refused ? 'refused with CONFLICT' : extra ? 'accepted (first had ended)' : 'errored'}`,
          );
        }
      }
    };

    const progress = setInterval(() => {
      const s = samples[samples.length - 1];
      log(
        `  ${fmt(elapsedS(), 0).padStart(4)} s: ${stats.requests} requests, ${stats.errors} errors, RSS ${fmt(s.rssMiB, 0)} MiB, heap ${fmt(s.heapMiB, 0)} MiB; load avg ${loadAverage()}`,
      );
    }, 60_000);
    await Promise.all([
      ...Array.from({ length: SUBMITTERS }, (_, i) => submitter(i)),
      ...Array.from({ length: READERS }, (_, i) => reader(i)),
      synthesis(),
    ]);
    clearInterval(progress);
    clearInterval(sampler);
    sample();
    const took = elapsedS();

    // Every acknowledged submission stored exactly once, complete, under the acknowledged id.
    const { rows } = await app.pool.query(
      `SELECT client_response_id AS cid, id, complete FROM response WHERE survey_id = $1 AND client_response_id LIKE 'soak-%' AND client_response_id NOT LIKE 'soak-pre-%'`,
      [survey.id],
    );
    const stored = new Map();
    let dup = 0;
    for (const r of rows) (stored.has(r.cid) ? dup++ : stored.set(r.cid, r));
    let lost = 0;
    let wrong = 0;
    for (const [cid, a] of acked) {
      const s = stored.get(cid);
      if (!s) lost++;
      else if (s.id !== a.responseId || s.complete !== a.complete) wrong++;
    }
    const unacked = [...stored.keys()].filter((cid) => !acked.has(cid)).length;
    const onceOk = lost === 0 && dup === 0 && wrong === 0 && unacked === 0;

    // Per-minute table: the sample at each full minute, and the last one.
    const perMinute = samples.filter((s, i) => i === 0 || i === samples.length - 1 || Math.round(s.t) % 60 === 0);
    const minuteRows = perMinute.map((s, i) => {
      const prev = perMinute[i - 1];
      return [
        `${fmt(s.t / 60, 1)}`,
        fmt(s.rssMiB, 1),
        fmt(s.heapMiB, 1),
        prev ? fmt(s.rssMiB - prev.rssMiB, 1) : '—',
        String(s.stored),
        prev ? fmt((s.requests - prev.requests) / (s.t - prev.t), 0) : '—',
        String(s.errors),
      ];
    });
    log(`\n  per-minute samples (app process; 10 s sampling, ${samples.length} samples):`);
    log(table(['min', 'RSS MiB', 'heap MiB', 'ΔRSS', 'responses', 'req/s', 'errors'], minuteRows).replace(/^/gm, '  '));

    const tail = samples.filter((s) => s.t >= took / 3);
    const rssSlope = slope(tail.map((s) => ({ x: s.t / 60, y: s.rssMiB })));
    const heapSlope = slope(tail.filter((s) => Number.isFinite(s.heapMiB)).map((s) => ({ x: s.t / 60, y: s.heapMiB })));
    const min2 = samples.find((s) => Math.round(s.t) >= 120);
    const last = samples[samples.length - 1];
    const growth = ratio(last.rssMiB, min2?.rssMiB);
    const noGrowth = rssSlope < SLOPE_LIMIT;
    log(
      `\n  ${stats.requests} requests in ${fmt(took, 0)} s (${stats.complete} complete submissions, ${stats.partial} partial saves, ${stats.reads} reads, ` +
        `${synthRuns.length} synthesis runs, ${stats.conflicts} expected CONFLICT refusals); errors ${stats.errors}`,
    );
    for (const e of errorSamples) log(`    error: ${e}`);
    log(
      `  rows: acknowledged ${acked.size}, stored ${rows.length}, lost ${lost}, duplicated ${dup}, wrong id/state ${wrong}, stored but not acknowledged ${unacked}`,
    );
    log(
      `  RSS slope over the last two-thirds (${tail.length} samples from ${fmt(took / 180, 1)} min): ${fmt(rssSlope, 2)} MiB/min ` +
        `(heap ${fmt(heapSlope, 2)} MiB/min); RSS last/minute-2 ${fmt(last.rssMiB, 1)}/${fmt(min2?.rssMiB, 1)} MiB = ${fmt(growth, 3)}`,
    );
    log(
      `  verdict: ${noGrowth ? 'no growth trend' : Number.isFinite(rssSlope) ? 'GROWTH TREND' : 'n/a'} (threshold: slope < ${SLOPE_LIMIT} MiB/min)`,
    );

    if (stats.errors) broken.push(`soak: ${stats.errors} errors (first: ${errorSamples[0]})`);
    if (!onceOk)
      broken.push(`soak: rows not stored exactly once (lost ${lost}, dup ${dup}, wrong ${wrong}, unacked ${unacked})`);
    const synthOk = synthRuns.filter((r) => r.status === 'SUCCEEDED').length;
    return [
      [
        `soak RSS slope (last 2/3, ${fmt(took / 60, 0)} min)`,
        `${fmt(rssSlope, 2)} MiB/min`,
        `${SLOPE_LIMIT} MiB/min threshold`,
        fmt(ratio(rssSlope, SLOPE_LIMIT)),
        `< ${SLOPE_LIMIT} MiB/min`,
        noGrowth ? 'yes' : 'NO',
      ],
      [
        'soak RSS last min / min 2',
        `${fmt(last.rssMiB, 0)} MiB`,
        `${fmt(min2?.rssMiB, 0)} MiB`,
        fmt(growth, 3),
        '(info) ≈ 1',
        '—',
      ],
      [
        'soak errors',
        `${stats.errors} of ${stats.requests} req`,
        `${stats.conflicts} exp. CONFLICT`,
        '—',
        '0',
        stats.errors === 0 ? 'yes' : 'BROKEN',
      ],
      [
        'soak rows exactly once',
        `${lost} lost, ${dup} dup, ${wrong + unacked} other`,
        `${acked.size} acked`,
        fmt(ratio(rows.length, acked.size), 4),
        '0 lost, 0 dup',
        onceOk ? 'yes' : 'BROKEN',
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
    try {
      (await import('node:fs')).rmSync(heapFile, { force: true });
    } catch {
      /* gone */
    }
  }
}
