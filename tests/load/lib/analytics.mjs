// Benchmark "analytics": an events CSV generated on the fly (never stored: BENCH_ANALYTICS_EVENTS
// rows, default 1,000,000; the bar is 10,000,000 in under 2 minutes) is streamed to
// POST /api/studies/:id/analytics-imports, which parses it, hashes every user id, COPYs it into a
// temporary table and aggregates it in SQL (sessions by window functions, weeks, frequency,
// recency, share of sessions). Baseline in the same run: a bare `COPY … (FORMAT csv)` of the same
// generated stream into a plain table, so the ratio is the cost of parsing, hashing and aggregating.
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { loadAverage, startApp } from './app.mjs';
import { memorySampler } from './proc.mjs';
import { createStudy, researcher } from './gql.mjs';

const require = createRequire(import.meta.url);
const { from: copyFrom } = require('pg-copy-streams');

const EVENTS = Number(process.env.BENCH_ANALYTICS_EVENTS ?? 1_000_000);
/** One user per 100 events on average. */
const USERS = Math.max(10, Math.round(EVENTS / 100));
const NAMES = [
  'dashboard_opened', 'report_exported', 'query_ran', 'chart_created', 'filter_applied',
  'search', 'comment_added', 'dashboard_shared', 'alert_created', 'login',
  'settings_viewed', 'invite_sent', 'file_uploaded', 'page_view', 'notebook_opened',
  'api_key_created', 'billing_viewed', 'help_opened', 'theme_changed', 'logout',
];
const START = Date.UTC(2026, 9, 1);
const SPAN_MS = 60 * 24 * 3600 * 1000;

/**
 * The same CSV every time for a given size (a linear congruential generator, no randomness). Its
 * arithmetic is exact 32-bit (Math.imul): in doubles `seed * 1103515245` lost its low bits and the
 * sequence repeated after ~16k draws, so the file held a few thousand distinct rows over and over.
 */
function eventsCsv(n) {
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 2147483648;
  let i = 0;
  let header = true;
  return new Readable({
    read() {
      let chunk = header ? 'user_id,event,timestamp\n' : '';
      header = false;
      for (let k = 0; k < 5000 && i < n; k++, i++) {
        const user = Math.floor(next() ** 2 * USERS); // some users far busier than others
        const name = NAMES[Math.floor(next() ** 1.5 * NAMES.length)];
        const at = START + Math.floor(next() * SPAN_MS);
        // Mixed formats, as real exports mix them: ISO, unix seconds, unix milliseconds.
        const ts = i % 3 === 0 ? new Date(at).toISOString() : i % 3 === 1 ? String(Math.floor(at / 1000)) : String(at);
        chunk += `user-${user}@example.com,${name},${ts}\n`;
      }
      this.push(chunk || null);
      if (i >= n && chunk) this.push(null);
    },
  });
}

function upload(app, token, studyId, body) {
  const mapping = { kind: 'EVENTS', userColumn: 'user_id', eventColumn: 'event', timeColumn: 'timestamp' };
  const qs = new URLSearchParams({ fileName: 'bench-events.csv', mapping: JSON.stringify(mapping) });
  return new Promise((resolve, reject) => {
    const req = request(
      `${app.url}/api/studies/${studyId}/analytics-imports?${qs}`,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, body: text }));
      },
    );
    req.on('error', reject);
    body.pipe(req);
  });
}

export async function run({ log, broken }) {
  const app = await startApp({ label: 'analytics' });
  try {
    const who = await researcher(app);
    const studyId = await createStudy(app, who, 'Analytics benchmark');
    log(`analytics: ${EVENTS.toLocaleString('en')} events of ${USERS.toLocaleString('en')} users, generated on the fly (load ${loadAverage()})`);

    // Baseline: the same bytes, bare COPY into a plain table.
    await app.pool.query('CREATE TABLE bench_events (user_id text, event text, ts text)');
    const client = await app.pool.connect();
    let baseMs;
    try {
      const t0 = performance.now();
      await pipeline(eventsCsv(EVENTS), client.query(copyFrom('COPY bench_events FROM STDIN (FORMAT csv, HEADER true)')));
      baseMs = performance.now() - t0;
    } finally {
      client.release();
    }
    await app.pool.query('DROP TABLE bench_events');

    const memory = memorySampler(app, 500);
    const t0 = performance.now();
    // The import row's progress says when every row is in (COPY done); the rest is SQL aggregation.
    let copiedMs = NaN;
    const poll = setInterval(async () => {
      const { rows } = await app.pool
        .query('SELECT rows_read::float8 AS n FROM analytics_import WHERE study_id = $1', [studyId])
        .catch(() => ({ rows: [] }));
      if (Number.isNaN(copiedMs) && rows[0]?.n >= EVENTS) copiedMs = performance.now() - t0;
    }, 250);
    const res = await upload(app, who.token, studyId, eventsCsv(EVENTS)).finally(() => clearInterval(poll));
    const ms = performance.now() - t0;
    const mem = memory.stop();
    let body;
    try {
      body = JSON.parse(res.body).import;
    } catch {
      body = undefined;
    }
    if (res.status !== 200 || body?.status !== 'SUCCEEDED') {
      broken.push(`analytics: the import answered HTTP ${res.status}: ${res.body.slice(0, 300)}`);
      log(app.logTail(20));
      return [['analytics', 'ERROR', '—', '—', '—', 'BROKEN']];
    }
    if (body.events !== EVENTS) broken.push(`analytics: ${body.events} events aggregated, expected ${EVENTS}`);
    const {
      rows: [{ staged }],
    } = await app.pool.query(
      "SELECT count(*)::int AS staged FROM pg_class WHERE relname LIKE 'analytics\\_stage%' OR relname = 'analytics_units'",
    );
    if (staged !== 0) broken.push('analytics: raw staging tables were left behind');
    log(
      `analytics: upload + parse + hash + COPY + SQL aggregation of ${EVENTS.toLocaleString('en')} events: ${(ms / 1000).toFixed(1)} s ` +
        `(${Math.round(EVENTS / (ms / 1000)).toLocaleString('en')} events/s; streamed and COPYed by ${(copiedMs / 1000).toFixed(1)} s, SQL aggregation after; ${body.users} users, ${body.features.length} features; ` +
        `app peak RSS ${Math.round(mem.appMiB)} MiB, PostgreSQL PSS ${Math.round(mem.pgPssMiB)} MiB) — ` +
        `bare COPY of the same stream: ${(baseMs / 1000).toFixed(1)} s — ratio ${(ms / baseMs).toFixed(2)}× — bar: 10M events < 120 s (load ${loadAverage()})`,
    );
    // The bar is for 10M events; a smaller run scales it linearly (the work is linear in events).
    const barS = (120 * EVENTS) / 10_000_000;
    return [
      [
        `analytics import ${EVENTS.toLocaleString('en')} events`,
        `${(ms / 1000).toFixed(1)} s`,
        `${(baseMs / 1000).toFixed(1)} s (bare COPY)`,
        (ms / baseMs).toFixed(2),
        `< ${barS.toFixed(barS < 10 ? 1 : 0)} s`,
        ms / 1000 < barS ? 'yes' : 'no',
      ],
    ];
  } finally {
    await app.stop();
  }
}
