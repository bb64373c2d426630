import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '@persona-lab/db';
import { AppProcess, freePort, prepareSurvey, tempDataDir } from './app-process';

const SUBMIT = 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }';

let pgDir: string;
let pgPort: number;
let pg: EmbeddedPostgresHandle;
let app: AppProcess;
let ctx: Awaited<ReturnType<typeof prepareSurvey>>;

beforeAll(async () => {
  pgDir = tempDataDir();
  pgPort = await freePort();
  pg = await startEmbeddedPostgres({ dir: pgDir, port: pgPort });
  await ensureDatabase(pg.adminUrl, 'persona_lab');
  app = new AppProcess(await freePort(), { DATABASE_URL: pg.urlFor('persona_lab'), DATA_DIR: tempDataDir() });
  await app.start();
  ctx = await prepareSurvey(app, [{ id: 'q', type: 'SHORT_TEXT', title: 'Anything?', required: true }]);
});
afterAll(async () => {
  await app?.stop();
  await pg?.stop();
});

describe('database outage', () => {
  it('answers SERVICE_UNAVAILABLE while PostgreSQL is down, recovers without a restart, loses nothing acknowledged', async () => {
    const acknowledged = new Set<string>();
    const failures: { status: number; code?: string; message?: string }[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const id = randomUUID();
        try {
          const res = await app.gql(SUBMIT, { i: { slug: ctx.slug, clientResponseId: id, complete: true, answers: [{ questionId: 'q', value: 'hello' }] } });
          if (res.data?.submitResponse) acknowledged.add(id);
          else failures.push({ status: res.status, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message });
        } catch (error) {
          failures.push({ status: 0, message: String(error) });
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const clients = Array.from({ length: 8 }, client);
    await new Promise((r) => setTimeout(r, 1500));
    await pg.stop();
    const outageStart = acknowledged.size;
    await new Promise((r) => setTimeout(r, 5000));
    pg = await startEmbeddedPostgres({ dir: pgDir, port: pgPort });
    // Recovery without restarting the app: submissions succeed again.
    const before = acknowledged.size;
    const deadline = Date.now() + 30_000;
    while (acknowledged.size < before + 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    running = false;
    await Promise.all(clients);

    expect(outageStart).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThanOrEqual(before + 20);
    expect(failures.length).toBeGreaterThan(0);
    // Every failure during the outage is a clear, coded error — no crash, no stack trace.
    for (const f of failures) {
      expect(f.status).not.toBe(0);
      expect(f.code).toBe('SERVICE_UNAVAILABLE');
      expect(f.message).not.toMatch(/ECONNREFUSED|\n\s+at\s|node_modules/);
    }
    const db = new Client({ connectionString: pg.urlFor('persona_lab') });
    await db.connect();
    const { rows } = await db.query('SELECT client_response_id FROM response WHERE survey_id = $1', [ctx.surveyId]);
    await db.end();
    const stored = new Set(rows.map((r) => r.client_response_id));
    for (const id of acknowledged) expect(stored.has(id)).toBe(true);
    expect(app.child?.exitCode).toBeNull();
  });
});
