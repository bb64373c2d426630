import type { Rng } from './rng';
import { addRow, sqDistToDense, type SparseRows } from './sparse';

/** A clustering of some rows: labels, dense centroids (k × dim, row-major) and their squared norms. */
export interface Clustering {
  k: number;
  /** labels[j] is the cluster of rows `indices[j]` (or of row j when no indices were given). */
  labels: Int32Array;
  centroids: Float64Array;
  centroidSqNorm: Float64Array;
  /** Sum of squared distances of the rows to their centroids. */
  inertia: number;
}

/** Options of `kmeans`. */
export interface KMeansOptions {
  /** Rows to cluster; may repeat (bootstrap). Default: all rows. */
  indices?: Int32Array;
  /** Independent k-means++ starts; the one with the lowest inertia wins (default 3). */
  nInit?: number;
  /** Lloyd iterations per start (default 60). */
  maxIter?: number;
}

/** Row indices 0 ..< n. */
export function allIndices(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/**
 * Seeded k-means (k-means++ seeding with a few greedy trials, then Lloyd) on
 * sparse rows. Own implementation: ml-kmeans works on dense arrays and took
 * ~2 s per run at 10k × 400, too slow for choosing k plus 20 bootstraps.
 */
export function kmeans(
  rows: SparseRows,
  k: number,
  rng: Rng,
  options: KMeansOptions = {},
): Clustering {
  const indices = options.indices ?? allIndices(rows.n);
  let best: Clustering | undefined;
  for (let r = 0; r < (options.nInit ?? 3); r++) {
    const c = lloyd(rows, indices, seedCentroids(rows, indices, k, rng), k, options.maxIter ?? 60);
    if (!best || c.inertia < best.inertia) best = c;
  }
  return best!;
}

function seedCentroids(rows: SparseRows, indices: Int32Array, k: number, rng: Rng): Float64Array {
  const m = indices.length;
  const dim = rows.dim;
  const centroids = new Float64Array(k * dim);
  const minD = new Float64Array(m).fill(Infinity);
  const trial = new Float64Array(m);
  const buf = new Float64Array(dim);
  const distToRow = (row: number, out: Float64Array): void => {
    buf.fill(0);
    addRow(rows, row, buf, 0);
    for (let j = 0; j < m; j++) out[j] = sqDistToDense(rows, indices[j], buf, 0, rows.sqNorm[row]);
  };
  const first = indices[rng.int(m)];
  addRow(rows, first, centroids, 0);
  distToRow(first, minD);
  // Greedy k-means++: sample a few candidates ∝ D² and keep the one that lowers the potential most.
  const trials = 2 + Math.floor(Math.log(k));
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let j = 0; j < m; j++) total += minD[j];
    let bestRow = indices[rng.int(m)];
    let bestPot = Infinity;
    let bestD: Float64Array | undefined;
    for (let t = 0; t < trials; t++) {
      const row = total > 0 ? indices[sampleIndex(minD, total, rng.next())] : indices[rng.int(m)];
      distToRow(row, trial);
      let pot = 0;
      for (let j = 0; j < m; j++) pot += Math.min(minD[j], trial[j]);
      if (pot < bestPot) {
        bestPot = pot;
        bestRow = row;
        bestD = Float64Array.from(trial);
      }
    }
    addRow(rows, bestRow, centroids, c * dim);
    for (let j = 0; j < m; j++) if (bestD![j] < minD[j]) minD[j] = bestD![j];
  }
  return centroids;
}

function sampleIndex(weights: Float64Array, total: number, u: number): number {
  let target = u * total;
  for (let j = 0; j < weights.length; j++) {
    target -= weights[j];
    if (target < 0) return j;
  }
  return weights.length - 1;
}

/** Lloyd iterations from given centroids; empty clusters are re-seeded with the farthest row. */
export function lloyd(
  rows: SparseRows,
  indices: Int32Array,
  start: Float64Array,
  k: number,
  maxIter: number,
): Clustering {
  const m = indices.length;
  const dim = rows.dim;
  const centroids = Float64Array.from(start);
  const sqn = new Float64Array(k);
  const labels = new Int32Array(m).fill(-1);
  const dist = new Float64Array(m);
  const counts = new Int32Array(k);
  let inertia = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    computeSqNorms(centroids, sqn, k, dim);
    let changed = 0;
    inertia = 0;
    for (let j = 0; j < m; j++) {
      const { label, d } = nearest(rows, indices[j], centroids, sqn, k, dim);
      if (label !== labels[j]) changed++;
      labels[j] = label;
      dist[j] = d;
      inertia += d;
    }
    if (changed === 0) break;
    centroids.fill(0);
    counts.fill(0);
    for (let j = 0; j < m; j++) {
      counts[labels[j]]++;
      addRow(rows, indices[j], centroids, labels[j] * dim);
    }
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) {
        for (let d = 0; d < dim; d++) centroids[c * dim + d] /= counts[c];
        continue;
      }
      let far = 0;
      for (let j = 1; j < m; j++) if (dist[j] > dist[far]) far = j;
      dist[far] = -1;
      addRow(rows, indices[far], centroids, c * dim);
    }
  }
  computeSqNorms(centroids, sqn, k, dim);
  return { k, labels, centroids, centroidSqNorm: sqn, inertia };
}

/** The nearest centroid of row i (lowest index on ties) and the squared distance to it. */
export function nearest(
  rows: SparseRows,
  i: number,
  centroids: Float64Array,
  sqn: Float64Array,
  k: number,
  dim: number,
  skip = -1,
): { label: number; d: number } {
  let label = -1;
  let best = Infinity;
  for (let c = 0; c < k; c++) {
    if (c === skip || sqn[c] < 0) continue;
    const d = sqDistToDense(rows, i, centroids, c * dim, sqn[c]);
    if (d < best) {
      best = d;
      label = c;
    }
  }
  return { label, d: best };
}

function computeSqNorms(centroids: Float64Array, sqn: Float64Array, k: number, dim: number): void {
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let d = c * dim; d < (c + 1) * dim; d++) s += centroids[d] * centroids[d];
    sqn[c] = s;
  }
}

/** Dense centroids (and squared norms) of labelled rows; empty clusters get norm -1 so `nearest` skips them. */
export function centroidsOf(
  rows: SparseRows,
  indices: Int32Array,
  labels: Int32Array,
  k: number,
): Clustering {
  const dim = rows.dim;
  const centroids = new Float64Array(k * dim);
  const counts = new Int32Array(k);
  for (let j = 0; j < indices.length; j++) {
    counts[labels[j]]++;
    addRow(rows, indices[j], centroids, labels[j] * dim);
  }
  const sqn = new Float64Array(k);
  let inertia = 0;
  for (let c = 0; c < k; c++) {
    if (counts[c] === 0) {
      sqn[c] = -1;
      continue;
    }
    for (let d = c * dim; d < (c + 1) * dim; d++) centroids[d] /= counts[c];
  }
  computeSqNorms(centroids, sqn, k, dim);
  for (let c = 0; c < k; c++) if (counts[c] === 0) sqn[c] = -1;
  for (let j = 0; j < indices.length; j++) {
    inertia += sqDistToDense(rows, indices[j], centroids, labels[j] * dim, sqn[labels[j]]);
  }
  return { k, labels, centroids, centroidSqNorm: sqn, inertia };
}
