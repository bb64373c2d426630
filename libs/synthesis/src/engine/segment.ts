import { sampleDistances, silhouette } from './cluster';
import type { Item } from './items';
import {
  criteria,
  dropClass,
  em,
  fitLca,
  lcaData,
  mapLabels,
  reorderClasses,
  type LcaData,
  type LcaFit,
  type LcaModel,
} from './lca';
import { createRng, deriveSeed, type Rng } from './rng';
import { toSparseRows } from './sparse';

/** Largest k tried when the data decides. */
export const MAX_K = 8;
/** Rows on which k is chosen (BIC needs no more; the final fit uses every row). */
export const SELECTION_SAMPLE = 3000;
/**
 * Rows resampled for bootstrap stability: a true bootstrap (n rows from n) up to this size. A
 * smaller sample understates stability (fits on half the rows are noisier than the model judged):
 * on the R survey 1,000 rows gave 0.64–0.81 over seeds, all 1,807 rows 0.78–0.85.
 */
export const STABILITY_SAMPLE = 2000;
/** Bootstrap resamples behind the stability figure. */
export const STABILITY_RESAMPLES = 20;

/** A split the criteria did not prefer over one segment is offered only when resamples reproduce it this well. */
export const MIN_WEAK_SPLIT_STABILITY = 0.6;

/** The smallest segment kept: max(3, 3 % of the segmented participants); smaller ones merge. */
export function minSegmentSize(m: number): number {
  return Math.max(3, Math.ceil(0.03 * m));
}

/** The outcome of segmenting. */
export interface Segmentation {
  k: number;
  /** Segment of each segmented participant, numbered by size (largest first). */
  labels: Int32Array;
  /** Posterior probability of each participant's own segment. */
  certainty: Float64Array;
  /** ICL-BIC and BIC of each k tried (empty when personaCount fixed k). */
  scores: { k: number; bic: number; icl: number; segments: number }[];
  /** Relative entropy: 1 − E / (m ln k); 1 when k = 1. */
  entropy: number;
  silhouette: number;
  stability: number;
  /** The data preferred one segment, but this split was stable on resampling, so it is offered as weak. */
  weak: boolean;
  segmentStability: number[];
  /** P(category | segment) and P(category) of every item, for summaries. */
  profile: { item: number; category: number; segment: Float64Array; study: number }[];
  /** The final latent class model, classes in segment order (kept to place later participants). */
  model: LcaModel;
}

function sampleRows(m: number, size: number, rng: Rng): Int32Array {
  const pool = Int32Array.from({ length: m }, (_, i) => i);
  const s = Math.min(m, size);
  for (let i = 0; i < s; i++) {
    const j = i + rng.int(m - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, s).sort();
}

/**
 * Latent classes of the segmented participants: k by ICL-BIC over 1..8 on a
 * sample (or `personaCount`), the final model fitted on every row from the
 * sample's best, classes under the minimum size merged (EM re-run without
 * them), classes numbered by size; bootstrap stability and silhouette.
 */
export function segment(
  items: Item[],
  m: number,
  seed: number,
  personaCount: number | null | undefined,
  onProgress: (p: number) => void = () => undefined,
): Segmentation {
  const data = lcaData(items, m);
  const all = Int32Array.from({ length: m }, (_, i) => i);
  const minSize = minSegmentSize(m);
  const maxK = Math.max(1, Math.min(MAX_K, Math.floor(m / minSize)));
  const selection = sampleRows(m, SELECTION_SAMPLE, createRng(deriveSeed(seed, 'selection')));
  const scores: Segmentation['scores'] = [];
  let chosen: LcaFit;
  let runnerUp: LcaFit | undefined;
  if (personaCount != null) {
    const k = Math.max(1, Math.min(Math.round(personaCount), Math.floor(m / minSize) || 1));
    chosen = fitLca(data, selection, k, createRng(deriveSeed(seed, `k${k}`)));
  } else {
    let best: { fit: LcaFit; icl: number } | undefined;
    let bestSplit: { fit: LcaFit; icl: number } | undefined;
    for (let k = 1; k <= maxK; k++) {
      const fit = fitLca(data, selection, k, createRng(deriveSeed(seed, `k${k}`)));
      const { bic, icl } = criteria(data, fit, selection.length);
      const segments = new Set(mapLabels(fit)).size;
      scores.push({ k, bic, icl, segments });
      if (!best || icl < best.icl) best = { fit, icl };
      if (k > 1 && (!bestSplit || icl < bestSplit.icl)) bestSplit = { fit, icl };
      onProgress((0.6 * k) / maxK);
    }
    chosen = best!.fit;
    runnerUp = chosen.model.k === 1 ? bestSplit?.fit : undefined;
  }
  let result = finish(chosen);
  // One segment is no persona set: when a split exists that resamples reproduce, it is offered
  // (flagged weak by the caller); a split that falls apart on resampling is noise, and k stays 1.
  if (result.k === 1 && runnerUp) {
    const split = finish(runnerUp);
    if (split.k > 1 && split.stability >= MIN_WEAK_SPLIT_STABILITY)
      result = { ...split, weak: true };
  }
  onProgress(0.95);
  return { ...result, scores };

  function finish(start: LcaFit): Omit<Segmentation, 'scores'> {
    let fit = selection.length === m ? start : em(data, all, start.model, 300);
    // Merge classes under the minimum size into the others, smallest first.
    for (;;) {
      const labels = mapLabels(fit);
      const size = new Int32Array(fit.model.k);
      for (const l of labels) size[l]++;
      let victim = -1;
      for (let c = 0; c < fit.model.k; c++)
        if (size[c] < minSize && (victim < 0 || size[c] < size[victim])) victim = c;
      if (victim < 0 || fit.model.k <= 1) break;
      fit = em(data, all, dropClass(fit.model, victim, data.P), 300);
    }
    fit = renumber(data, all, fit);
    const labels = mapLabels(fit);
    const k = fit.model.k;
    const certainty = Float64Array.from(labels, (l, i) => fit.post[i * k + l]);
    onProgress(0.7);
    const stab = stability(data, labels, fit.model, seed);
    return {
      k,
      labels,
      certainty,
      weak: false,
      entropy: k > 1 ? 1 - fit.entropy / (m * Math.log(k)) : 1,
      silhouette: silhouetteOf(items, m, labels, k, seed),
      stability: stab.mean,
      segmentStability: stab.perSegment,
      profile: profileOf(data, fit),
      model: fit.model,
    };
  }
}

/** Classes by size, largest first (ties: the class holding the lower row first). */
function renumber(data: LcaData, rows: Int32Array, fit: LcaFit): LcaFit {
  const labels = mapLabels(fit);
  const k = fit.model.k;
  const size = new Int32Array(k);
  const first = new Int32Array(k).fill(rows.length);
  labels.forEach((l, r) => {
    size[l]++;
    if (first[l] > r) first[l] = r;
  });
  const order = [...Array(k).keys()]
    .filter((c) => size[c] > 0)
    .sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  // One more E-step under the new numbering (empty classes dropped) gives posteriors in that order.
  return em(data, rows, reorderClasses(fit.model, order, data.P), 1);
}

function profileOf(data: LcaData, fit: LcaFit): Segmentation['profile'] {
  const k = fit.model.k;
  const pi = Float64Array.from(fit.model.logPi, Math.exp);
  const out: Segmentation['profile'] = [];
  for (let j = 0; j < data.J; j++)
    for (let v = 0; v < data.nCat[j]; v++) {
      const at = (data.off[j] + v) * k;
      const segment = Float64Array.from({ length: k }, (_, c) =>
        Math.exp(fit.model.logTheta[at + c]),
      );
      out.push({
        item: j,
        category: v,
        segment,
        study: segment.reduce((s, x, c) => s + x * pi[c], 0),
      });
    }
  return out;
}

/**
 * Bootstrap (Hennig's clusterboot): refit k classes on resamples, each from random starts plus
 * the full-data solution (the resample's maximum-likelihood fit is what the method would give;
 * cheap random starts alone measure the optimiser's local optima, not the segments); each
 * segment's best Jaccard with a bootstrap class, averaged.
 */
function stability(
  data: LcaData,
  labels: Int32Array,
  model: LcaModel,
  seed: number,
): { mean: number; perSegment: number[] } {
  const k = model.k;
  if (k <= 1) return { mean: 1, perSegment: [1] };
  const rng = createRng(deriveSeed(seed, 'bootstrap'));
  const base = sampleRows(data.m, STABILITY_SAMPLE, rng);
  const n = base.length;
  const sum = new Float64Array(k);
  const seen = new Uint8Array(data.m);
  for (let r = 0; r < STABILITY_RESAMPLES; r++) {
    const rows = Int32Array.from({ length: n }, () => base[rng.int(n)]);
    const boot = fitLca(data, rows, k, rng, { starts: 2, warmIter: 10, maxIter: 80, init: model });
    const bl = mapLabels(boot);
    const overlap = new Int32Array(k * k);
    seen.fill(0);
    rows.forEach((row, j) => {
      if (seen[row]) return;
      seen[row] = 1;
      overlap[labels[row] * k + bl[j]]++;
    });
    const orig = new Int32Array(k);
    const bootSize = new Int32Array(k);
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) {
        orig[a] += overlap[a * k + b];
        bootSize[b] += overlap[a * k + b];
      }
    for (let a = 0; a < k; a++) {
      let best = 0;
      for (let b = 0; b < k; b++) {
        const inter = overlap[a * k + b];
        const union = orig[a] + bootSize[b] - inter;
        if (union > 0) best = Math.max(best, inter / union);
      }
      sum[a] += best;
    }
  }
  const perSegment = [...sum].map((s) => s / STABILITY_RESAMPLES);
  return { mean: perSegment.reduce((a, b) => a + b, 0) / k, perSegment };
}

/** Silhouette on the one-hot indicators (weighted), on a sample of at most 1,000 rows. */
function silhouetteOf(
  items: Item[],
  m: number,
  labels: Int32Array,
  k: number,
  seed: number,
): number {
  if (k <= 1) return 0;
  let dim = 0;
  const offs = items.map((it) => {
    const o = dim;
    dim += it.categories.length;
    return o;
  });
  const rows = Array.from({ length: m }, (_, i) => {
    const row = new Map<number, number>();
    items.forEach((it, j) => {
      const v = it.values[i];
      if (v >= 0) row.set(offs[j] + v, Math.sqrt(it.weight / 2));
    });
    return row;
  });
  const sparse = toSparseRows(rows, dim);
  return silhouette(sampleDistances(sparse, createRng(deriveSeed(seed, 'silhouette'))), labels, k);
}
