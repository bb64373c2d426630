import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../src/job-queue';
import { createTestDatabase, type TestDatabase } from './test-database';

// pg-boss 10 cannot extend a job's expiry and, when it expires, leaves the handler running while it
// retries the job. The handler's signal aborts a second before that, so the work can stop.

let db: TestDatabase;
let queue: JobQueue;

beforeAll(async () => {
  db = await createTestDatabase();
  queue = new JobQueue({ url: db.url, runsWorkers: true, expireSeconds: 60 });
  await queue.start();
});
afterAll(async () => {
  await queue?.stop();
  await db?.drop();
});

describe('JobQueue handler signal', () => {
  it('aborts at the job’s own expiry, before pg-boss gives up on the handler', async () => {
    const seen: { aborted: boolean; reason: unknown; after: number }[] = [];
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    await queue.work<{ n: number }>('expiry-probe', async (_data, { signal }) => {
      const started = Date.now();
      await new Promise<void>((r) => signal.addEventListener('abort', () => r(), { once: true }));
      seen.push({ aborted: signal.aborted, reason: signal.reason, after: Date.now() - started });
      release();
    });
    await queue.send('expiry-probe', { n: 1 }, { expireSeconds: 3 });
    await done;
    expect(seen[0].aborted).toBe(true);
    expect(seen[0].reason).toBe('expired');
    // One second before the 3 s expiry, not at the queue's default of 60 s.
    expect(seen[0].after).toBeGreaterThanOrEqual(1_500);
    expect(seen[0].after).toBeLessThan(3_000);
  }, 30_000);
});
