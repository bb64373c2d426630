import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari';
import { kmeans, sampleDistances, silhouette } from './cluster';
import { createRng } from './rng';
import { toSparseRows, type SparseRows } from './sparse';

/** Points around `centres` in `dim` dimensions, `sizes[c]` of each, with small seeded noise. */
function blobs(
  centres: number[][],
  sizes: number[],
  seed = 1,
): { rows: SparseRows; truth: number[] } {
  const rng = createRng(seed);
  const maps: Map<number, number>[] = [];
  const truth: number[] = [];
  centres.forEach((centre, c) => {
    for (let i = 0; i < sizes[c]; i++) {
      maps.push(new Map(centre.map((v, d) => [d, v + (rng.next() - 0.5) * 0.2])));
      truth.push(c);
    }
  });
  return { rows: toSparseRows(maps, centres[0].length), truth };
}

describe('k-means', () => {
  const { rows, truth } = blobs(
    [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ],
    [30, 40, 50],
  );

  it('recovers well-separated blobs', () => {
    const c = kmeans(rows, 3, createRng(7));
    expect(adjustedRandIndex(Array.from(c.labels), truth)).toBe(1);
  });

  it('is deterministic for a seed', () => {
    expect(kmeans(rows, 4, createRng(3))).toEqual(kmeans(rows, 4, createRng(3)));
  });

  it('scores clear structure with a high silhouette and noise with a low one', () => {
    const sample = sampleDistances(rows, createRng(1));
    const good = kmeans(rows, 3, createRng(1));
    expect(silhouette(sample, good.labels, good.k)).toBeGreaterThan(0.7);
    const shuffled = Int32Array.from(truth, (_, i) => i % 3);
    expect(silhouette(sample, shuffled, 3)).toBeLessThan(0.1);
    expect(silhouette(sample, new Int32Array(rows.n), 1)).toBe(0);
  });

  it('samples at most the given number of rows for silhouette', () => {
    expect(sampleDistances(rows, createRng(1), 50).idx).toHaveLength(50);
  });
});
