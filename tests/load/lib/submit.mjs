// Benchmark "submit": submitResponse under 64 connections through the app's one GraphQL pipeline
// (Express, Apollo, graphql-armor, plugins, the global guard, the validation pipe; group commit below
// the resolver) vs the bare baseline (node:http + pg, one INSERT per request) on the same database,
// then row accounting (nothing acknowledged is lost, nothing is stored twice) and a retry storm.
import { loadAverage, sleep, startApp } from './app.mjs';
import { QUESTIONS } from './corpus.mjs';
import { acknowledged, createStudy, publishedSurvey, researcher } from './gql.mjs';
import { startBaseline, submitBody, submitLoad } from './load.mjs';
import { cpuMs, postgresCpuMs } from './proc.mjs';
import { fmt, ratio } from './stats.mjs';

const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SUBMIT_SECONDS ?? 15);
const WARM_SECONDS = 3;

/** Transactions committed in the app's database so far (pg_stat_database). */
async function commits(app) {
  const { rows } = await app.pool.query(
    'SELECT xact_commit::float8 AS n FROM pg_stat_database WHERE datname = current_database()',
  );
  return rows[0].n;
}

/** Warm-up, then the measured run; CPU ms per request of the server process and of PostgreSQL. */
async function loadPhase(app, target, slug, prefix, log, label) {
  const acked = new Set();
  await submitLoad({
    url: target.url,
    slug,
    prefix: `${prefix}-warm`,
    seconds: WARM_SECONDS,
    connections: CONNECTIONS,
    acked,
  });
  await sleep(1200); // the warm-up's counters reach pg_stat_database first
  const before = {
    node: cpuMs(target.pid),
    pg: postgresCpuMs(app),
    client: process.cpuUsage(),
    xacts: await commits(app),
  };
  const m = await submitLoad({
    url: target.url,
    slug,
    prefix,
    seconds: SECONDS,
    connections: CONNECTIONS,
    acked,
  });
  const nodeMs = (cpuMs(target.pid) - before.node) / m.total;
  // PostgreSQL publishes its counters lazily (about once a second): a close figure, for spotting a query per request.
  await sleep(1200);
  const xactsPerRequest = ((await commits(app)) - before.xacts) / m.total;
  const pgMs = (postgresCpuMs(app) - before.pg) / m.total;
  const client = process.cpuUsage(before.client);
  const clientMs = (client.user + client.system) / 1000 / m.total;
  log(
    `  ${label.padEnd(9)} ${fmt(m.rps, 0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  ` +
      `(${m.total} requests, ${m.non2xx} non-2xx, ${m.errors} errors, ${m.timeouts} timeouts; load avg ${loadAverage()})`,
  );
  log(
    `  ${''.padEnd(9)} CPU per request: server ${fmt(nodeMs)} ms + PostgreSQL ${fmt(pgMs)} ms (load generator ${fmt(clientMs)} ms); ` +
      `${fmt(xactsPerRequest, 3)} database transactions per request`,
  );
  return { ...m, acked, cpuMs: nodeMs + pgMs, nodeMs, pgMs, xactsPerRequest };
}

/** Each of `ids` sent `copies` times at once; returns the responseIds answered per id. */
async function retryStorm(app, slug, ids, copies) {
  const answers = new Map(ids.map((id) => [id, new Set()]));
  let failed = 0;
  for (let i = 0; i < ids.length; i += 40) {
    const batch = ids.slice(i, i + 40).flatMap((id) => Array.from({ length: copies }, () => id));
    await Promise.all(
      batch.map(async (id, k) => {
        try {
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: submitBody(slug, id, k),
            signal: AbortSignal.timeout(60_000),
          });
          const text = await res.text();
          if (acknowledged(res.status, text))
            answers.get(id).add(JSON.parse(text).data.submitResponse.responseId);
          else failed++;
        } catch {
          failed++;
        }
      }),
    );
  }
  return { answers, failed };
}

export async function run({ log }) {
  const app = await startApp({ label: 'submit' });
  try {
    const who = await researcher(app);
    const studyId = await createStudy(app, who, 'Submit benchmark');
    const survey = await publishedSurvey(app, who, studyId, 'Submit benchmark', QUESTIONS);
    log(
      `submit: ${CONNECTIONS} connections, ${WARM_SECONDS} s warm-up + ${SECONDS} s measured each; load avg ${loadAverage()}`,
    );

    const baseline = await startBaseline(app);
    let base;
    try {
      base = await loadPhase(app, baseline, survey.slug, 'base', log, 'baseline');
    } finally {
      await baseline.stop();
    }
    const appRun = await loadPhase(app, app, survey.slug, 'app', log, 'graphql');

    // Count rows once in-flight requests (cut off when the load stopped) have settled.
    await sleep(1500);
    const { rows: stored } = await app.pool.query(
      'SELECT client_response_id FROM response WHERE survey_id = $1',
      [survey.id],
    );
    const storedIds = new Set(stored.map((r) => r.client_response_id));
    const { rows: dups } = await app.pool.query(
      'SELECT client_response_id, count(*) FROM response WHERE survey_id = $1 GROUP BY 1 HAVING count(*) > 1',
      [survey.id],
    );
    const lost = [...appRun.acked].filter((id) => !storedIds.has(id));
    const unacked = [...storedIds].filter((id) => !appRun.acked.has(id)).length;
    const {
      rows: [b],
    } = await app.pool.query(
      'SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS d FROM bench_baseline',
    );
    const baseLost = [...base.acked].length - b.n;
    log(
      `  app rows: acknowledged ${appRun.acked.size}, stored ${stored.length}, lost ${lost.length}, duplicated ids ${dups.length}, ` +
        `stored but not acknowledged ${unacked} (requests in flight when autocannon stopped; at most ${2 * CONNECTIONS} expected)`,
    );
    log(
      `  baseline rows: acknowledged ${base.acked.size}, stored ${b.n} (distinct ${b.d}); stored − acknowledged ${-baseLost}`,
    );

    // Retry storm: 200 ids, each sent 5 times concurrently.
    const ids = Array.from(
      { length: 200 },
      (_, i) => `storm-${String(i).padStart(4, '0')}-${Date.now().toString(36)}`,
    );
    const storm = await retryStorm(app, survey.slug, ids, 5);
    const {
      rows: [s],
    } = await app.pool.query(
      'SELECT count(*)::int AS n, count(DISTINCT client_response_id)::int AS d FROM response WHERE survey_id = $1 AND client_response_id = ANY($2)',
      [survey.id, ids],
    );
    const split = [...storm.answers.values()].filter((set) => set.size > 1).length;
    log(
      `  retry storm: 200 ids × 5 concurrent → ${s.n} rows (${s.d} distinct ids), ${storm.failed} of 1000 requests not acknowledged, ` +
        `${split} ids answered with more than one responseId`,
    );

    const integrityOk = lost.length === 0 && dups.length === 0 && unacked <= 2 * CONNECTIONS;
    const thr = ratio(appRun.rps, base.rps);
    return [
      [
        'submit throughput (GraphQL)',
        `${fmt(appRun.rps, 0)} req/s`,
        `${fmt(base.rps, 0)} req/s`,
        fmt(thr),
        '≥ 1.00',
        thr >= 1 ? 'yes' : 'NO',
      ],
      [
        'submit p99 latency',
        `${appRun.p99} ms`,
        `${base.p99} ms`,
        fmt(ratio(appRun.p99, base.p99)),
        '(info)',
        '—',
      ],
      [
        'submit CPU per request',
        `${fmt(appRun.cpuMs)} ms`,
        `${fmt(base.cpuMs)} ms`,
        fmt(ratio(appRun.cpuMs, base.cpuMs)),
        '(info) ≤ 1.00',
        '—',
      ],
      [
        'submit DB transactions per request',
        fmt(appRun.xactsPerRequest, 3),
        fmt(base.xactsPerRequest, 3),
        fmt(ratio(appRun.xactsPerRequest, base.xactsPerRequest)),
        '(info)',
        '—',
      ],
      [
        'submit p50 latency',
        `${appRun.p50} ms`,
        `${base.p50} ms`,
        fmt(ratio(appRun.p50, base.p50)),
        '(info)',
        '—',
      ],
      [
        'submit rows (lost/dup)',
        `${lost.length} lost, ${dups.length} dup`,
        `${appRun.acked.size} acked`,
        fmt(ratio(stored.length, appRun.acked.size), 4),
        '0 lost, 0 dup',
        integrityOk ? 'yes' : 'NO',
      ],
      [
        'retry storm 200×5',
        `${s.n} rows`,
        '200 ids',
        fmt(ratio(s.n, 200)),
        'exactly 200',
        s.n === 200 && s.d === 200 && split === 0 ? 'yes' : 'NO',
      ],
    ];
  } finally {
    await app.stop();
  }
}
