import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

const tick = async () => {
  for (let i = 0; i < 4; i++) await new Promise((r) => setImmediate(r));
};

/** A writer whose batches finish only when the test releases them. */
function controlledWriter(fail?: (item: string) => boolean) {
  const batches: string[][] = [];
  const releases: (() => void)[] = [];
  const writeBatch = (items: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(items);
      releases.push(() => (items.some((i) => fail?.(i)) ? reject(new Error(`bad ${items.join(',')}`)) : resolve(items.map((i) => `ok:${i}`))));
    });
  return { batches, releases, writeBatch };
}

describe('GroupCommit', () => {
  it('writes the requests of one turn as one batch and answers each caller with its own result', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit({ writeBatch: w.writeBatch, key: (s: string) => s });
    const results = Promise.all(['a', 'b', 'c'].map((s) => gc.write(s)));
    await tick();
    expect(w.batches).toEqual([['a', 'b', 'c']]);
    w.releases[0]();
    expect(await results).toEqual(['ok:a', 'ok:b', 'ok:c']);
  });

  it('fills the next batch while one is in flight (at most maxInFlight at once)', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit({ writeBatch: w.writeBatch, key: (s: string) => s, maxInFlight: 1 });
    const first = gc.write('a');
    await tick();
    const later = ['b', 'c', 'd'].map((s) => gc.write(s));
    await tick();
    expect(w.batches).toEqual([['a']]);
    w.releases[0]();
    await first;
    await tick();
    expect(w.batches).toEqual([['a'], ['b', 'c', 'd']]);
    w.releases[1]();
    expect(await Promise.all(later)).toEqual(['ok:b', 'ok:c', 'ok:d']);
  });

  it('never puts one key in two concurrent batches: a duplicate waits for the next batch', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit({ writeBatch: w.writeBatch, key: (s: string) => s.split('#')[0], maxInFlight: 4 });
    const all = ['x#1', 'y#1', 'x#2', 'x#3'].map((s) => gc.write(s));
    await tick();
    expect(w.batches).toEqual([['x#1', 'y#1']]);
    w.releases[0]();
    await tick();
    await tick();
    expect(w.batches[1]).toEqual(['x#2']);
    w.releases[1]();
    await tick();
    await tick();
    expect(w.batches[2]).toEqual(['x#3']);
    w.releases[2]();
    expect(await Promise.all(all)).toEqual(['ok:x#1', 'ok:y#1', 'ok:x#2', 'ok:x#3']);
  });

  it('caps a batch at maxBatch', async () => {
    const w = controlledWriter();
    const gc = new GroupCommit({ writeBatch: w.writeBatch, key: (s: string) => s, maxBatch: 2, maxInFlight: 3 });
    const all = ['a', 'b', 'c', 'd', 'e'].map((s) => gc.write(s));
    await tick();
    expect(w.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    w.releases.forEach((r) => r());
    expect(await Promise.all(all)).toHaveLength(5);
  });

  it('when a batch fails, retries each item alone so only the bad one fails', async () => {
    const w = controlledWriter((i) => i === 'bad');
    const gc = new GroupCommit({ writeBatch: w.writeBatch, key: (s: string) => s });
    const settled = Promise.allSettled(['a', 'bad', 'c'].map((s) => gc.write(s)));
    await tick();
    w.releases[0]();
    await tick();
    expect(w.batches.slice(1)).toEqual([['a'], ['bad'], ['c']]);
    w.releases.slice(1).forEach((r) => r());
    const out = await settled;
    expect(out.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((out[1] as PromiseRejectedResult).reason.message).toBe('bad bad');
    await tick();
    expect(gc.size).toBe(0);
  });

  it('rejects every caller when a writer returns the wrong number of results', async () => {
    const gc = new GroupCommit({ writeBatch: async (items: string[]) => items.slice(1), key: (s: string) => s });
    const out = await Promise.allSettled([gc.write('a'), gc.write('b')]);
    expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });
});
