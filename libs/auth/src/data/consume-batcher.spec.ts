import { describe, expect, it } from 'vitest';
import { ConsumeBatcher, type Consumed } from './consume-batcher';

class OverLimit implements Consumed {
  constructor(readonly consumedPoints: number) {}
}

/** An in-memory store like the shared table: counts per key, rejects past `limit`, records each call. */
function store(limit: number) {
  const counts = new Map<string, number>();
  const calls: [string, number][] = [];
  const add = async (key: string, n: number): Promise<Consumed> => {
    calls.push([key, n]);
    await new Promise((r) => setTimeout(r, 5)); // a round trip
    const total = (counts.get(key) ?? 0) + n;
    counts.set(key, total);
    if (total > limit) throw new OverLimit(total);
    return { consumedPoints: total };
  };
  return { add, calls };
}

const isOver = (e: unknown): e is Consumed => e instanceof OverLimit;

describe('ConsumeBatcher', () => {
  it('counts concurrent requests in few store calls and gives each its own place in the window', async () => {
    const s = store(20);
    const batcher = new ConsumeBatcher(s.add, isOver);
    const places = (
      await Promise.all(Array.from({ length: 50 }, () => batcher.consume('ip-1')))
    ).map((p) => p.place);
    expect([...places].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // Exactly the first 20 fit the limit, as with one call per request.
    expect(places.filter((p) => p <= 20)).toHaveLength(20);
    // The first request goes alone; the other 49 waited for it and went together.
    expect(s.calls).toEqual([
      ['ip-1', 1],
      ['ip-1', 49],
    ]);
  });

  it('counts keys apart, answers a lone request at once, and passes on store failures', async () => {
    const s = store(5);
    const batcher = new ConsumeBatcher(s.add, isOver);
    expect((await batcher.consume('a')).place).toBe(1);
    const [a2, b1] = await Promise.all([batcher.consume('a'), batcher.consume('b')]);
    expect([a2.place, b1.place]).toEqual([2, 1]);
    const failing = new ConsumeBatcher(async () => {
      throw new Error('database down');
    }, isOver);
    await expect(failing.consume('a')).rejects.toThrow('database down');
  });

  it('refuses the whole batch when the store refuses without counting (a key blocked in memory)', async () => {
    const blocked = new ConsumeBatcher(async () => {
      throw new OverLimit(0);
    }, isOver);
    const places = await Promise.all([blocked.consume('a'), blocked.consume('a')]);
    expect(places.map((p) => p.place)).toEqual([Infinity, Infinity]);
  });
});
