// autocannon load of submitResponse-shaped requests, each with a unique clientResponseId,
// recording which ids were acknowledged (2xx, data, no GraphQL errors).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { root } from './app.mjs';
import { randomAnswers } from './corpus.mjs';
import { SUBMIT, acknowledged } from './gql.mjs';

// A few hundred answer sets, serialised once, so the load generator spends little CPU per request.
const ANSWERS = Array.from({ length: 400 }, (_, i) => JSON.stringify(randomAnswers(i % 4)));

export function submitBody(slug, clientResponseId, n = 0) {
  return `{"query":${JSON.stringify(SUBMIT)},"variables":{"input":{"slug":${JSON.stringify(slug)},"clientResponseId":${JSON.stringify(clientResponseId)},"complete":true,"answers":${ANSWERS[n % ANSWERS.length]}}}}`;
}

/**
 * Runs autocannon against `url`/graphql for `seconds` with `connections` connections.
 * `acked` (a Set) receives every acknowledged clientResponseId; `sent` counts bodies built.
 */
export async function submitLoad({ url, slug, prefix, seconds, connections, acked }) {
  let n = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        setupRequest(req, ctx) {
          const id = `${prefix}-${(n++).toString(36).padStart(6, '0')}`;
          ctx.id = id;
          return { ...req, body: submitBody(slug, id, n) };
        },
        onResponse(status, body, ctx) {
          if (acknowledged(status, body)) acked.add(ctx.id);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    sent: n,
  };
}

/** Starts the bare baseline server in a child process on the app's database. */
export async function startBaseline(app) {
  await app.pool.query(`CREATE TABLE IF NOT EXISTS bench_baseline (
    id uuid PRIMARY KEY, client_id text NOT NULL UNIQUE, answers jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  return startServerOnDb(app, join(root, 'tests/load/lib/baseline-server.mjs'), 'baseline server');
}

/**
 * Starts `file` in a child process with the app's database in PG* variables and `BASELINE_PORT=0`;
 * the child prints "listening <port>" once it serves. `options.env` adds variables, `options.cwd`
 * sets its folder.
 */
export async function startServerOnDb(app, file, name, options = {}) {
  const { host, port, user, password, database } = app.pgConfig;
  const child = spawn(process.execPath, [file], {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...options.env,
      BASELINE_PORT: '0',
      PGHOST: host,
      PGPORT: String(port),
      PGUSER: user,
      PGPASSWORD: password,
      PGDATABASE: database,
    },
  });
  const listening = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start in 15 s`)), 15_000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(Number(m[1]));
      }
    });
    child.once('exit', (code) => fail(new Error(`${name} exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${listening}`,
    pid: child.pid,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', ok);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
