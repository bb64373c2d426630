// Starts the built API (dist/api/apps/api/src/main.js) as a child process with a fresh
// DATA_DIR and its own embedded PostgreSQL, and gives benchmarks what they need to
// talk to it: the GraphQL URL, a pg Pool on the same database, process ids for RSS.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  chmodSync,
  openSync,
  readFileSync,
  rmSync,
  closeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const MAIN = join(root, 'dist/api/apps/api/src/main.js');
const started = new Set();

/** A free TCP port on 127.0.0.1 (closed again before it is returned). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the app (`nodeArgs` e.g. ['--cpu-prof'] for profiling); resolves once GET /healthz answers {"status":"ok"} (at most `bootMs`). */
export async function startApp({ env = {}, label = 'app', bootMs = 180_000, nodeArgs = [] } = {}) {
  if (!existsSync(MAIN))
    throw new Error(
      `${MAIN} is missing: run \`npm run build\` (or node tools/build-api.mjs) first.`,
    );
  const dataDir = mkdtempSync(join(tmpdir(), `pl-bench-${label}-`));
  chmodSync(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const logFile = join(dataDir, 'app.log');
  const fd = openSync(logFile, 'a');
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") applies to every app a benchmark starts.
  const extraArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extraArgs, ...nodeArgs, MAIN], {
    cwd: root,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
      DATABASE_URL: '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      PUBLIC_REQUESTS_PER_MINUTE: '100000000',
      ...env,
    },
  });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const app = {
    label,
    url: `http://127.0.0.1:${port}`,
    port,
    pgPort,
    dataDir,
    logFile,
    pid: child.pid,
    child,
    pool: null,
    exited: () => exited,
    stop: () => stopApp(app),
    logTail: (n = 30) =>
      existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-n).join('\n') : '',
  };
  started.add(app);
  const deadline = Date.now() + bootMs;
  for (;;) {
    if (exited) {
      const tail = app.logTail();
      await stopApp(app);
      throw new Error(`${label} exited while starting (${JSON.stringify(exited)}):\n${tail}`);
    }
    if (Date.now() > deadline) {
      const tail = app.logTail();
      await stopApp(app);
      throw new Error(`${label} did not answer /healthz within ${bootMs / 1000} s:\n${tail}`);
    }
    try {
      const res = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok && (await res.json()).status === 'ok') break;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  app.pgConfig = {
    host: '127.0.0.1',
    port: pgPort,
    user: 'postgres',
    password,
    database: 'persona_lab',
  };
  app.pool = new pg.Pool({ ...app.pgConfig, max: 4 });
  // An idle client told "terminating connection" while PostgreSQL shuts down must not crash the run.
  app.pool.on('error', () => undefined);
  return app;
}

/** The embedded postmaster's pid (from postmaster.pid), or null. */
export function postmasterPid(app) {
  const file = join(app.dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** SIGTERM (graceful: the app stops its PostgreSQL), SIGKILL after 25 s; then removes DATA_DIR. */
export async function stopApp(app) {
  if (!started.has(app)) return;
  started.delete(app);
  await app.pool?.end().catch(() => undefined);
  const pmPid = postmasterPid(app);
  if (!app.exited()) {
    app.child.kill('SIGTERM');
    for (let i = 0; i < 250 && !app.exited(); i++) await sleep(100);
    if (!app.exited()) app.child.kill('SIGKILL');
  }
  // If the app was killed, its PostgreSQL may outlive it: stop that postmaster by its pid.
  if (pmPid && alive(pmPid)) {
    try {
      process.kill(pmPid, 'SIGINT');
    } catch {
      /* gone */
    }
    for (let i = 0; i < 100 && alive(pmPid); i++) await sleep(100);
  }
  if (!process.env.BENCH_KEEP_DATA) rmSync(app.dataDir, { recursive: true, force: true });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops every app this process started (used on errors and Ctrl-C). */
export async function stopAll() {
  for (const app of [...started]) await stopApp(app).catch(() => undefined);
}

/** 1-, 5- and 15-minute load averages as a string. */
export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
}
