import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const MAIN = resolve(__dirname, '../../dist/api/apps/api/src/main.js');

export const freePort = () =>
  new Promise<number>((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'persona-lab-faults-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** The real app, started from the build as a child process, that a test may kill -9 and start again. */
export class AppProcess {
  child?: ChildProcess;
  readonly url: string;
  output = '';

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: '0', PUBLIC_REQUESTS_PER_MINUTE: '10000000', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`app exited early:\n${this.output.slice(-2000)}`);
      try {
        const res = await fetch(`${this.url}/healthz`);
        if (res.ok && ((await res.json()) as { status: string }).status === 'ok') return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`app did not become healthy:\n${this.output.slice(-2000)}`);
  }

  /** SIGKILL: no shutdown hooks run, exactly like a crash or an OOM kill. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }

  async gql<T = any>(query: string, variables: object = {}, token?: string): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  }
}

/** SQL straight to the embedded database the app uses, to check what was really stored. */
export async function queryEmbedded<T = any>(dataDir: string, port: number, sql: string, params: unknown[] = []): Promise<T[]> {
  const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'persona_lab' });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Signs up, creates a workspace and a study, and opens a survey; returns what the suites need. */
export async function prepareSurvey(app: AppProcess, questions: object[]) {
  const email = `faults-${Date.now()}@example.com`;
  const token = (await app.gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', { i: { email, password: 'faults-password-1', name: 'F' } })).data!.signUp.token;
  const ws = (await app.gql('mutation { createWorkspace(name: "Faults") { id } }', {}, token)).data!.createWorkspace.id;
  const study = (await app.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ws, name: 'Faults' } }, token)).data!.createStudy.id;
  const survey = (await app.gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId: study, title: 'Faults', questions } }, token)).data!.createSurvey;
  await app.gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: survey.id }, token);
  return { token, studyId: study as string, surveyId: survey.id as string, slug: survey.slug as string };
}
