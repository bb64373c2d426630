/** Distances and silhouette (quality of a segmentation), and k-means (text topics). */
import { allIndices } from './kmeans';
import type { Rng } from './rng';
import { addRow, dotDense, type SparseRows } from './sparse';

export { kmeans, type Clustering } from './kmeans';

/** Silhouette is computed on at most this many rows (pairwise distances are quadratic). */
export const SILHOUETTE_SAMPLE = 1000;

/** Pairwise Euclidean distances of a deterministic sample of rows. */
export interface DistanceSample {
  idx: Int32Array;
  dist: Float64Array;
}

/** Draws up to `maxSample` rows (seeded partial shuffle) and their pairwise distances. */
export function sampleDistances(
  rows: SparseRows,
  rng: Rng,
  maxSample = SILHOUETTE_SAMPLE,
): DistanceSample {
  const pool = allIndices(rows.n);
  const m = Math.min(rows.n, maxSample);
  for (let i = 0; i < m; i++) {
    const j = i + rng.int(rows.n - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const idx = pool.slice(0, m).sort();
  const dist = new Float64Array(m * m);
  const buf = new Float64Array(rows.dim);
  for (let a = 0; a < m; a++) {
    addRow(rows, idx[a], buf, 0);
    for (let b = a + 1; b < m; b++) {
      const d2 = rows.sqNorm[idx[a]] + rows.sqNorm[idx[b]] - 2 * dotDense(rows, idx[b], buf, 0);
      dist[a * m + b] = dist[b * m + a] = d2 > 0 ? Math.sqrt(d2) : 0;
    }
    addRow(rows, idx[a], buf, 0, -1);
  }
  return { idx, dist };
}

/**
 * Mean silhouette of the sampled rows under `labels` (one label per row of the
 * matrix): -1 to 1, 0 when fewer than two clusters appear in the sample.
 */
export function silhouette(sample: DistanceSample, labels: Int32Array, k: number): number {
  const m = sample.idx.length;
  const lab = Int32Array.from(sample.idx, (i) => labels[i]);
  const size = new Int32Array(k);
  for (const l of lab) size[l]++;
  if (size.filter((s) => s > 0).length < 2) return 0;
  const sums = new Float64Array(k);
  let total = 0;
  for (let a = 0; a < m; a++) {
    sums.fill(0);
    for (let b = 0; b < m; b++) sums[lab[b]] += sample.dist[a * m + b];
    const own = lab[a];
    // A point alone in its cluster scores 0 by convention.
    if (size[own] < 2) continue;
    const inner = sums[own] / (size[own] - 1);
    let outer = Infinity;
    for (let c = 0; c < k; c++)
      if (c !== own && size[c] > 0) outer = Math.min(outer, sums[c] / size[c]);
    const denom = Math.max(inner, outer);
    total += denom > 0 ? (outer - inner) / denom : 0;
  }
  return total / m;
}
