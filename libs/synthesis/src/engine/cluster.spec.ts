import { describe, expect, it } from 'vitest';
import {
  chooseK,
  clusterRows,
  kmeans,
  mergeSmallClusters,
  sampleDistances,
  silhouette,
  stability,
} from './cluster';
import { buildFeatures } from './features';
import { adjustedRandIndex, generateStudy } from './generate-study';
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
    const good = clusterRows(rows, 3, createRng(1));
    expect(silhouette(sample, good.labels, good.k)).toBeGreaterThan(0.7);
    const shuffled = Int32Array.from(truth, (_, i) => i % 3);
    expect(silhouette(sample, shuffled, 3)).toBeLessThan(0.1);
    expect(silhouette(sample, new Int32Array(rows.n), 1)).toBe(0);
  });

  it('samples at most the given number of rows for silhouette', () => {
    expect(sampleDistances(rows, createRng(1), 50).idx).toHaveLength(50);
  });
});

describe('chooseK', () => {
  it.each([
    [3, 11],
    [4, 12],
    [5, 13],
  ])('finds the %i latent segments of a generated study', (k, seed) => {
    const { input, latent } = generateStudy({ participants: 300, segments: k, seed });
    const features = buildFeatures(input.participants);
    const chosen = chooseK(features.rows, seed);
    expect(chosen.clustering.k).toBe(k);
    expect(chosen.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const ari = adjustedRandIndex(
      Array.from(chosen.clustering.labels),
      features.participantIds.map((id) => latent.get(id)!),
    );
    expect(ari).toBeGreaterThan(0.8);
  });

  it('never tries more clusters than rows allow', () => {
    const { rows } = blobs(
      [
        [0, 1],
        [1, 0],
      ],
      [2, 2],
    );
    expect(chooseK(rows, 1).scores.map((s) => s.k)).toEqual([2, 3]);
  });
});

describe('mergeSmallClusters', () => {
  it('folds a segment under 5 % into its nearest neighbour and renumbers by size', () => {
    const { rows } = blobs(
      [
        [0, 0, 1],
        [1, 0, 0],
        [0.9, 0.3, 0],
      ],
      [60, 37, 3],
    );
    const raw = kmeans(rows, 3, createRng(2));
    expect(new Set(raw.labels).size).toBe(3);
    const merged = mergeSmallClusters(rows, raw, 0.05);
    expect(merged.k).toBe(2);
    const sizes = [0, 1].map((c) => merged.labels.filter((l) => l === c).length);
    expect(sizes).toEqual([60, 40]);
    // The three tiny-blob rows joined the blob they sit next to.
    expect(new Set(Array.from(merged.labels.slice(60)))).toEqual(new Set([1]));
  });

  it('keeps segments at or above the threshold', () => {
    const { rows } = blobs(
      [
        [0, 1],
        [1, 0],
      ],
      [95, 5],
    );
    expect(mergeSmallClusters(rows, kmeans(rows, 2, createRng(1)), 0.05).k).toBe(2);
  });
});

describe('stability', () => {
  it('is near 1 for clear structure and lower for forced splits of noise', () => {
    const { rows } = blobs(
      [
        [0, 0, 1],
        [1, 0, 0],
        [0, 1, 0],
      ],
      [40, 40, 40],
    );
    expect(stability(rows, clusterRows(rows, 3, createRng(1)), 1)).toBeGreaterThan(0.95);
    const noise = blobs([[0.5, 0.5, 0.5]], [120], 4).rows;
    expect(stability(noise, clusterRows(noise, 4, createRng(1)), 1)).toBeLessThan(0.8);
  });

  it('is 1 for a single segment', () => {
    const { rows } = blobs([[1, 0]], [10]);
    expect(stability(rows, clusterRows(rows, 1, createRng(1)), 1)).toBe(1);
  });
});
