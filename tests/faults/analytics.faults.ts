import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppProcess, freePort, prepareSurvey, queryEmbedded, tempDataDir } from './app-process';

// An analytics import streams for minutes on a big file. A process killed mid-upload must not
// leave its import RUNNING for ever (the page would show a spinner that never ends) nor keep
// half of its users: the next process that starts marks it FAILED with a sentence, and the
// study takes a new import as if nothing happened.

let dataDir: string;
let pgPort: number;
let app: AppProcess;
let ctx: Awaited<ReturnType<typeof prepareSurvey>>;

const MAPPING = { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event', timeColumn: 'time' };
const rowsOf = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `user-${(from + i) % 500},dashboard_opened,${new Date(Date.UTC(2026, 10, 1) + (from + i) * 60_000).toISOString()}\n`).join('');

const importUrl = (fileName: string) =>
  `${app.url}/api/studies/${ctx.studyId}/analytics-imports?${new URLSearchParams({ fileName, mapping: JSON.stringify(MAPPING) })}`;

const importsOfStudy = () =>
  queryEmbedded<{ id: string; status: string; error: string | null; rows: number; fileName: string }>(
    dataDir,
    pgPort,
    `SELECT id, status, error, rows_read::int AS rows, file_name AS "fileName" FROM analytics_import WHERE study_id = $1 ORDER BY created_at`,
    [ctx.studyId],
  );

beforeAll(async () => {
  dataDir = tempDataDir();
  pgPort = await freePort();
  app = new AppProcess(await freePort(), { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
  await app.start();
  ctx = await prepareSurvey(app, [{ id: 'q', type: 'SHORT_TEXT', title: 'Anything else?' }]);
});
afterAll(async () => app?.stop());

describe('analytics import killed mid-upload', () => {
  it('is marked FAILED with a sentence by the next process, keeps nothing, and a new import succeeds', async () => {
    // An upload that never ends: a batch of rows every 50 ms until the server goes away.
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const encoder = new TextEncoder();
        controller.enqueue(encoder.encode('user,event,time\n'));
        timer = setInterval(() => {
          try {
            controller.enqueue(encoder.encode(rowsOf(sent, 200)));
            sent += 200;
          } catch {
            clearInterval(timer);
          }
        }, 50);
      },
      cancel: () => clearInterval(timer),
    });
    const upload = fetch(importUrl('endless.csv'), {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.token}`, 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit).catch((error: unknown) => error);

    // The kill lands while the import is reading rows (its progress is written every 500 ms).
    let running: Awaited<ReturnType<typeof importsOfStudy>>[number] | undefined;
    for (let i = 0; i < 200 && !(running && running.rows > 0); i++) {
      await new Promise((r) => setTimeout(r, 50));
      running = (await importsOfStudy()).find((r) => r.fileName === 'endless.csv');
    }
    expect(running?.status).toBe('RUNNING');
    expect(running!.rows).toBeGreaterThan(0);
    await app.kill9();
    clearInterval(timer);
    await upload;
    // Nothing wrote the outcome: the row is still RUNNING while no process runs it.
    expect((await importsOfStudy()).find((r) => r.id === running!.id)?.status).toBe('RUNNING');

    await app.start();
    const after = (await importsOfStudy()).find((r) => r.id === running!.id)!;
    expect(after.status).toBe('FAILED');
    expect(after.error).toMatch(/^The server stopped during this import; nothing of it was kept\. Upload the file again\.$/);
    const kept = await queryEmbedded<{ users: number; features: number; summaries: number }>(
      dataDir,
      pgPort,
      `SELECT (SELECT count(*)::int FROM analytics_user WHERE import_id = $1) AS users,
              (SELECT count(*)::int FROM analytics_user_feature WHERE import_id = $1) AS features,
              (SELECT count(*)::int FROM analytics_summary WHERE import_id = $1) AS summaries`,
      [running!.id],
    );
    expect(kept[0]).toEqual({ users: 0, features: 0, summaries: 0 });

    // The study takes the same data again, and the new import is not mistaken for an abandoned one.
    const res = await fetch(importUrl('again.csv'), {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.token}`, 'content-type': 'text/csv' },
      body: `user,event,time\n${rowsOf(0, 2000)}`,
    });
    const answer = ((await res.json()) as { import: { status: string; users: number; events: number } }).import;
    expect(res.status).toBe(200);
    expect(answer).toMatchObject({ status: 'SUCCEEDED', users: 500, events: 2000 });
    const statuses = (await importsOfStudy()).map((r) => [r.fileName, r.status]);
    expect(statuses).toEqual([
      ['endless.csv', 'FAILED'],
      ['again.csv', 'SUCCEEDED'],
    ]);
  });
});
