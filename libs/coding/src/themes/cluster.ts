import { DIMENSIONS, dot, unit } from '@persona-lab/embeddings';

/** Gives the event loop a turn every ~25 ms of work, so a long loop never stalls the app. */
export class Yielder {
  private last = performance.now();
  async maybe(): Promise<void> {
    if (performance.now() - this.last < 25) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.last = performance.now();
  }
}

/** One merge of the dendrogram: slot `drop` joins slot `keep` at cosine distance `distance`. */
export interface Merge {
  keep: number;
  drop: number;
  distance: number;
}

/**
 * Average-linkage (UPGMA) agglomerative clustering on cosine distance, weighted (a sentence said
 * n times counts n times), by the nearest-neighbour chain: O(n²) time and one n×n matrix, so the
 * caller keeps n to a few thousand.
 */
export async function averageLinkage(
  vectors: Float32Array[],
  weights: number[],
  yielder: Yielder,
): Promise<Merge[]> {
  const n = vectors.length;
  const d = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) d[i * n + j] = d[j * n + i] = 1 - dot(vectors[i]!, vectors[j]!);
    await yielder.maybe();
  }
  const w = Float64Array.from(weights);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let firstActive = 0;
  for (let remaining = n; remaining > 1;) {
    if (!chain.length) {
      while (!active[firstActive]) firstActive++;
      chain.push(firstActive);
    }
    const a = chain[chain.length - 1]!;
    const prev = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Ties go to the previous link of the chain, which guarantees the chain ends in a mutual pair.
    let b = prev;
    let best = prev >= 0 ? d[a * n + prev]! : Infinity;
    for (let k = 0; k < n; k++) {
      if (k === a || !active[k]) continue;
      const x = d[a * n + k]!;
      if (x < best) {
        best = x;
        b = k;
      }
    }
    if (b !== prev) {
      chain.push(b);
      continue;
    }
    chain.length -= 2;
    const keep = Math.min(a, b);
    const drop = Math.max(a, b);
    const wk = w[keep]!;
    const wd = w[drop]!;
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === keep || k === drop) continue;
      const x = (wk * d[keep * n + k]! + wd * d[drop * n + k]!) / (wk + wd);
      d[keep * n + k] = d[k * n + keep] = x;
    }
    active[drop] = 0;
    w[keep] = wk + wd;
    merges.push({ keep, drop, distance: best });
    remaining--;
    await yielder.maybe();
  }
  return merges;
}

/** Flat clusters of the dendrogram cut at `distance` (UPGMA never inverts, so this is exact). */
export function cutTree(n: number, merges: Merge[], distance: number): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const m of merges) if (m.distance <= distance) parent[find(m.drop)] = find(m.keep);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/** The unit-length weighted mean of some vectors. */
export function centroidOf(
  vectors: Float32Array[],
  weights: number[],
  members: number[],
): Float32Array {
  const c = new Float32Array(vectors[0]?.length ?? DIMENSIONS);
  for (const i of members) {
    const v = vectors[i]!;
    const wi = weights[i]!;
    for (let k = 0; k < c.length; k++) c[k] = c[k]! + wi * v[k]!;
  }
  return unit(c);
}

/**
 * Each vector's nearest centre if the cosine reaches `minSimilarity` (or `minSimilarityOf(i)`
 * when given), else -1 (noise), and its cosine to that centre.
 */
export async function assignToCentres(
  vectors: Float32Array[],
  centres: Float32Array[],
  minSimilarity: number,
  yielder: Yielder,
  minSimilarityOf?: (i: number) => number,
): Promise<{ assignment: Int32Array; similarity: Float32Array }> {
  const assignment = new Int32Array(vectors.length).fill(-1);
  const similarity = new Float32Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    let best = -Infinity;
    let arg = -1;
    for (let c = 0; c < centres.length; c++) {
      const s = dot(vectors[i]!, centres[c]!);
      if (s > best) {
        best = s;
        arg = c;
      }
    }
    similarity[i] = best;
    if (best >= (minSimilarityOf ? minSimilarityOf(i) : minSimilarity)) assignment[i] = arg;
    if (i % 256 === 0) await yielder.maybe();
  }
  return { assignment, similarity };
}

/** 32-bit FNV-1a of a string: a content-derived order that ignores input order. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A small deterministic PRNG (mulberry32), seeded from content. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Weighted spherical k-means (cosine) with k-means++ seeding from `random`: the clusters of
 * `vectors` as index lists (empty ones dropped).
 */
export async function sphericalKMeans(
  vectors: Float32Array[],
  weights: number[],
  k: number,
  random: () => number,
  yielder: Yielder,
): Promise<number[][]> {
  const n = vectors.length;
  const centres: Float32Array[] = [];
  const nearest = new Float64Array(n).fill(Infinity);
  const pickWeighted = (score: (i: number) => number) => {
    let total = 0;
    for (let i = 0; i < n; i++) total += score(i);
    let r = random() * total;
    for (let i = 0; i < n; i++) if ((r -= score(i)) <= 0) return i;
    return n - 1;
  };
  centres.push(vectors[pickWeighted((i) => weights[i]!)]!);
  while (centres.length < Math.min(k, n)) {
    const last = centres[centres.length - 1]!;
    for (let i = 0; i < n; i++)
      nearest[i] = Math.min(nearest[i]!, Math.max(0, 1 - dot(vectors[i]!, last)));
    centres.push(vectors[pickWeighted((i) => weights[i]! * nearest[i]! ** 2)]!);
    await yielder.maybe();
  }
  let assignment: Int32Array = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < 40; iter++) {
    const next = (await assignToCentres(vectors, centres, -Infinity, yielder)).assignment;
    const changed = next.some((c, i) => c !== assignment[i]);
    assignment = next;
    if (!changed) break;
    const groups: number[][] = centres.map(() => []);
    assignment.forEach((c, i) => groups[c]!.push(i));
    groups.forEach((g, c) => {
      if (g.length) centres[c] = centroidOf(vectors, weights, g);
    });
  }
  const groups: number[][] = centres.map(() => []);
  assignment.forEach((c, i) => groups[c]!.push(i));
  return groups.filter((g) => g.length);
}
