import { describe, expect, it } from 'vitest';
import { byKeys, requestLoader } from './request-loader';

describe('requestLoader', () => {
  it('batches the loads of one request into one call, and keeps requests apart', async () => {
    const calls: (readonly string[])[] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return keys.map((k) => k.toUpperCase());
    };
    const first = {};
    const [a, b] = await Promise.all([
      requestLoader(first, 'upper', batch).load('a'),
      requestLoader(first, 'upper', batch).load('b'),
    ]);
    expect([a, b]).toEqual(['A', 'B']);
    expect(calls).toEqual([['a', 'b']]);
    // A second request gets its own loader: nothing is cached across requests.
    expect(await requestLoader({}, 'upper', batch).load('a')).toBe('A');
    expect(calls).toHaveLength(2);
    // Within a request, a repeated key is served from that request's cache.
    expect(await requestLoader(first, 'upper', batch).load('a')).toBe('A');
    expect(calls).toHaveLength(2);
  });

  it('orders rows by the keys asked for, with a fallback for missing keys', () => {
    const rows = [
      { id: 'y', n: 2 },
      { id: 'x', n: 1 },
    ];
    expect(
      byKeys(
        ['x', 'z', 'y'],
        rows,
        (r) => r.id,
        (r) => r.n,
        0,
      ),
    ).toEqual([1, 0, 2]);
  });
});
