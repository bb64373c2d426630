import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../src/job-queue';
import { createTestDatabase, type TestDatabase } from './test-database';

// A singleton key means one waiting job per key. pg-boss 10 honours the key only under a queue
// policy other than `standard`; on a standard queue every send queued a job.

let db: TestDatabase;
let queue: JobQueue;

beforeAll(async () => {
  db = await createTestDatabase();
  queue = new JobQueue({ url: db.url, runsWorkers: false, expireSeconds: 60 });
  await queue.start();
});
afterAll(async () => {
  await queue?.stop();
  await db?.drop();
});

const waiting = async (name: string, key: string) =>
  (
    await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = 'created'",
      [name, key],
    )
  )[0].n;

describe('JobQueue singleton keys', () => {
  it('queues one waiting job per key; other keys and keyless queues are unaffected', async () => {
    const later = new Date(Date.now() + 60_000);
    const first = await queue.send('singleton-probe', { n: 1 }, { singletonKey: 'a', startAfter: later });
    const again = await queue.send('singleton-probe', { n: 2 }, { singletonKey: 'a', startAfter: later });
    const other = await queue.send('singleton-probe', { n: 3 }, { singletonKey: 'b', startAfter: later });
    expect(first).toEqual(expect.any(String));
    expect(again).toBeNull();
    expect(other).toEqual(expect.any(String));
    expect(await waiting('singleton-probe', 'a')).toBe(1);
    expect(await waiting('singleton-probe', 'b')).toBe(1);
    // A queue without keys (mail) still queues every send.
    await queue.send('keyless-probe', { n: 1 }, { startAfter: later });
    await queue.send('keyless-probe', { n: 2 }, { startAfter: later });
    const keyless = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'keyless-probe'");
    expect(keyless[0].n).toBe(2);
  });

  it('switches a queue created under the standard policy (an existing deployment)', async () => {
    await queue.prepare('legacy-probe');
    const policy = async () => (await db.query<{ policy: string }>("SELECT policy FROM pgboss.queue WHERE name = 'legacy-probe'"))[0].policy;
    expect(await policy()).toBe('standard');
    const later = new Date(Date.now() + 60_000);
    await queue.send('legacy-probe', {}, { singletonKey: 'k', startAfter: later });
    await queue.send('legacy-probe', {}, { singletonKey: 'k', startAfter: later });
    expect(await policy()).toBe('short');
    expect(await waiting('legacy-probe', 'k')).toBe(1);
  });
});
