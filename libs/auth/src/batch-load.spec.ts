import { describe, expect, it } from 'vitest';
import { batchLoad } from './batch-load';

describe('batchLoad', () => {
  it('sends the keys of one tick in one batch, once each, and rejects only the key given an Error', async () => {
    const calls: (readonly string[])[] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return keys.map((k) => (k === 'bad' ? new Error('no bad') : k.toUpperCase()));
    };
    const ctx = {};
    const results = await Promise.allSettled(
      ['a', 'b', 'a', 'bad'].map((k) => batchLoad(ctx, 'upper', batch, k)),
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'A',
      'B',
      'A',
      'Error: no bad',
    ]);
    expect(calls).toEqual([['a', 'b', 'bad']]);
  });

  it('reads again in a later tick of the same request: nothing is remembered past its batch', async () => {
    let n = 0;
    const batch = async (keys: readonly string[]) => keys.map(() => ++n);
    const ctx = {};
    expect(await batchLoad(ctx, 'count', batch, 'a')).toBe(1);
    expect(await batchLoad(ctx, 'count', batch, 'a')).toBe(2);
    // Another loader name or another request is another loader.
    expect(await batchLoad({}, 'count', batch, 'a')).toBe(3);
  });
});
