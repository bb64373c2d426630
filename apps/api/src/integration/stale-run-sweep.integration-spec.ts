import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SynthesisService } from '@persona-lab/synthesis';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// The stale-run sweeper is one pg-boss schedule (once a minute): two replicas on one database
// sweep once per period between them, not once each (before: a 30 s timer in every replica).

let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  a = await createTestApp();
  b = await createTestApp({}, a.db);
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

describe('stale-run sweeper across replicas', () => {
  it('sweeps once per minute for two replicas, and fails a run whose worker stopped reporting', async () => {
    const { studyId } = await createStudyFixture(a, 'Sweep');
    const [stale] = await a.db.query<{ id: string }>(
      `INSERT INTO synthesis_run (study_id, provider, status, attempt, heartbeat_at, started_at)
       VALUES ($1, 'offline', 'RUNNING', 1, now() - interval '2 hours', now() - interval '2 hours') RETURNING id`,
      [studyId],
    );
    const sweeps: number[] = [];
    for (const t of [a, b]) {
      const service = t.app.get(SynthesisService, { strict: false });
      const original = service.failStaleRuns.bind(service);
      vi.spyOn(service, 'failStaleRuns').mockImplementation(() => {
        sweeps.push(Date.now());
        return original();
      });
    }
    const windowMs = 130_000;
    await new Promise((r) => setTimeout(r, windowMs));
    // 130 s cross two or three minute boundaries: two or three sweeps in all (two 30 s timers: about eight).
    expect(sweeps.length).toBeGreaterThanOrEqual(2);
    expect(sweeps.length).toBeLessThanOrEqual(3);
    const [row] = await a.db.query<{ status: string; error: string }>(
      'SELECT status, error FROM synthesis_run WHERE id = $1',
      [stale.id],
    );
    expect(row.status).toBe('FAILED');
    expect(row.error).toMatch(/stopped/);
  }, 200_000);
});
