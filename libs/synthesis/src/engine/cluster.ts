import { allIndices, centroidsOf, kmeans, nearest, type Clustering } from './kmeans';
import { createRng, deriveSeed, type Rng } from './rng';
import { addRow, dotDense, type SparseRows } from './sparse';

export { kmeans, type Clustering } from './kmeans';

/** Segments under this share of participants merge into their neighbours. */
export const MIN_SEGMENT_SHARE = 0.05;
/** Silhouette is computed on at most this many rows (pairwise distances are quadratic). */
export const SILHOUETTE_SAMPLE = 1000;
/** Bootstrap resamples behind the stability figure. */
export const STABILITY_RESAMPLES = 20;

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

/**
 * Merges every cluster under `minShare` of the rows into the others (each
 * member to its nearest remaining centroid), smallest first, then renumbers
 * clusters by size, largest first.
 */
export function mergeSmallClusters(
  rows: SparseRows,
  clustering: Clustering,
  minShare = MIN_SEGMENT_SHARE,
  indices: Int32Array = allIndices(rows.n),
): Clustering {
  const { k } = clustering;
  const labels = Int32Array.from(clustering.labels);
  let current = centroidsOf(rows, indices, labels, k);
  for (;;) {
    const size = new Int32Array(k);
    for (const l of labels) size[l]++;
    const alive = [...size.keys()].filter((c) => size[c] > 0);
    const small = alive
      .filter((c) => size[c] < minShare * indices.length)
      .sort((a, b) => size[a] - size[b] || a - b);
    if (alive.length <= 1 || small.length === 0) break;
    const victim = small[0];
    current.centroidSqNorm[victim] = -1;
    for (let j = 0; j < labels.length; j++) {
      if (labels[j] === victim) {
        labels[j] = nearest(
          rows,
          indices[j],
          current.centroids,
          current.centroidSqNorm,
          k,
          rows.dim,
        ).label;
      }
    }
    current = centroidsOf(rows, indices, labels, k);
  }
  return renumberBySize(rows, indices, labels, k);
}

function renumberBySize(
  rows: SparseRows,
  indices: Int32Array,
  labels: Int32Array,
  k: number,
): Clustering {
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(labels.length);
  labels.forEach((l, j) => {
    size[l]++;
    if (first[l] > j) first[l] = j;
  });
  const order = [...size.keys()]
    .filter((c) => size[c] > 0)
    .sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const map = new Int32Array(k);
  order.forEach((c, i) => (map[c] = i));
  return centroidsOf(
    rows,
    indices,
    Int32Array.from(labels, (l) => map[l]),
    order.length,
  );
}

/** k-means then merging of tiny clusters: the unit that choosing k and bootstrapping repeat. */
export function clusterRows(
  rows: SparseRows,
  k: number,
  rng: Rng,
  options: { indices?: Int32Array; nInit?: number; minShare?: number } = {},
): Clustering {
  const indices = options.indices ?? allIndices(rows.n);
  if (k <= 1 || indices.length <= 1)
    return centroidsOf(rows, indices, new Int32Array(indices.length), 1);
  const raw = kmeans(rows, Math.min(k, indices.length), rng, { indices, nInit: options.nInit });
  return mergeSmallClusters(rows, raw, options.minShare, indices);
}

/** The silhouette reached for each k tried, after merging. */
export interface KScore {
  k: number;
  segments: number;
  silhouette: number;
}

/** Clusters for k = minK..maxK and keeps the best silhouette (the smaller k on ties). */
/** How much silhouette a larger k must add to be preferred over a smaller one. */
export const K_TOLERANCE = 0.02;

export function chooseK(
  rows: SparseRows,
  seed: number,
  options: { minK?: number; maxK?: number; sample?: DistanceSample } = {},
): { clustering: Clustering; silhouette: number; scores: KScore[] } {
  const maxK = Math.min(options.maxK ?? 8, rows.n - 1);
  const sample = options.sample ?? sampleDistances(rows, createRng(deriveSeed(seed, 'silhouette')));
  const candidates: { clustering: Clustering; silhouette: number }[] = [];
  const scores: KScore[] = [];
  for (let k = options.minK ?? 2; k <= maxK; k++) {
    const clustering = clusterRows(rows, k, createRng(deriveSeed(seed, `k${k}`)));
    const s = silhouette(sample, clustering.labels, clustering.k);
    scores.push({ k, segments: clustering.k, silhouette: s });
    candidates.push({ clustering, silhouette: s });
  }
  // Parsimony: the fewest segments whose silhouette is within a small margin of the best,
  // since extra segments on noisy data buy almost no separation and read as near-duplicate personas.
  const top = Math.max(...candidates.map((c) => c.silhouette));
  const best = candidates.find((c) => c.silhouette >= top - K_TOLERANCE) ?? { clustering: clusterRows(rows, 1, createRng(seed)), silhouette: 0 };
  return { ...best, scores };
}

/**
 * Bootstrap stability: re-clusters `resamples` resamples (with replacement)
 * and, for each segment, averages the Jaccard overlap with its best-matching
 * bootstrap cluster over the resampled rows; returns the mean over segments.
 */
export function stability(
  rows: SparseRows,
  clustering: Clustering,
  seed: number,
  resamples = STABILITY_RESAMPLES,
): number {
  const { k, labels } = clustering;
  if (k <= 1) return 1;
  const rng = createRng(deriveSeed(seed, 'bootstrap'));
  const n = rows.n;
  const sum = new Float64Array(k);
  const seen = new Uint8Array(n);
  for (let r = 0; r < resamples; r++) {
    const indices = Int32Array.from({ length: n }, () => rng.int(n));
    const boot = clusterRows(rows, k, rng, { indices, nInit: 1 });
    const overlap = new Int32Array(k * boot.k);
    seen.fill(0);
    indices.forEach((row, j) => {
      if (seen[row]) return;
      seen[row] = 1;
      overlap[labels[row] * boot.k + boot.labels[j]]++;
    });
    const orig = new Int32Array(k);
    const bootSize = new Int32Array(boot.k);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < boot.k; b++) {
        orig[a] += overlap[a * boot.k + b];
        bootSize[b] += overlap[a * boot.k + b];
      }
    }
    for (let a = 0; a < k; a++) {
      let bestJ = 0;
      for (let b = 0; b < boot.k; b++) {
        const inter = overlap[a * boot.k + b];
        const union = orig[a] + bootSize[b] - inter;
        if (union > 0) bestJ = Math.max(bestJ, inter / union);
      }
      sum[a] += bestJ;
    }
  }
  return sum.reduce((acc, s) => acc + s / resamples, 0) / k;
}
