import type { Item } from './items';
import type { Rng } from './rng';

/**
 * Latent class analysis: a finite mixture of independent categorical
 * indicators fitted by EM (Dirichlet-smoothed, several k-modes++ starts),
 * the survey-segmentation standard. Items are weighted in the likelihood
 * (suggested themes count half). Pure and deterministic for a given Rng.
 */

/** The items in flat form: idx[i * J + j] is row i's parameter index for item j, or -1 when missing. */
export interface LcaData {
  m: number;
  J: number;
  /** Number of categories of each item. */
  nCat: Int32Array;
  /** First parameter index of each item. */
  off: Int32Array;
  /** Total categories over all items. */
  P: number;
  idx: Int32Array;
  w: Float64Array;
}

/** A fitted model: class priors and per-class category probabilities (log), `logTheta[p * k + c]`. */
export interface LcaModel {
  k: number;
  logPi: Float64Array;
  logTheta: Float64Array;
  loglik: number;
}

/** A fit on some rows: the model, the posterior of each of those rows (`post[r * k + c]`) and its entropy. */
export interface LcaFit {
  model: LcaModel;
  post: Float64Array;
  /** Classification entropy, -Σ r log r over rows. */
  entropy: number;
}

/** Dirichlet smoothing of category probabilities (pseudo-count per category). */
const ALPHA = 0.5;

export function lcaData(items: Item[], m: number): LcaData {
  const J = items.length;
  const nCat = Int32Array.from(items, (it) => it.categories.length);
  const off = new Int32Array(J);
  let P = 0;
  for (let j = 0; j < J; j++) {
    off[j] = P;
    P += nCat[j];
  }
  const idx = new Int32Array(m * J);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < J; j++) {
      const v = items[j].values[i];
      idx[i * J + j] = v >= 0 ? off[j] + v : -1;
    }
  return { m, J, nCat, off, P, idx, w: Float64Array.from(items, (it) => it.weight) };
}

/** Free parameters of a k-class model. */
export function parameterCount(data: LcaData, k: number): number {
  let perClass = 0;
  for (let j = 0; j < data.J; j++) perClass += data.nCat[j] - 1;
  return k - 1 + k * perClass;
}

/**
 * EM from `init` on `rows` (indices into the data; repeats allowed) until the
 * log-likelihood gains less than `tol` relatively, or `maxIter` iterations.
 */
export function em(
  data: LcaData,
  rows: Int32Array,
  init: LcaModel,
  maxIter = 200,
  tol = 1e-6,
): LcaFit {
  const { J, P, idx, w, nCat, off } = data;
  const k = init.k;
  let logPi = Float64Array.from(init.logPi);
  let logTheta = Float64Array.from(init.logTheta);
  const post = new Float64Array(rows.length * k);
  const ll = new Float64Array(k);
  let prev = -Infinity;
  let loglik = -Infinity;
  let entropy = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    const counts = new Float64Array(P * k);
    const nk = new Float64Array(k);
    loglik = 0;
    entropy = 0;
    for (let r = 0; r < rows.length; r++) {
      const base = rows[r] * J;
      for (let c = 0; c < k; c++) ll[c] = logPi[c];
      for (let j = 0; j < J; j++) {
        const p = idx[base + j];
        if (p < 0) continue;
        const wj = w[j];
        const at = p * k;
        for (let c = 0; c < k; c++) ll[c] += wj * logTheta[at + c];
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) if (ll[c] > max) max = ll[c];
      let sum = 0;
      for (let c = 0; c < k; c++) sum += ll[c] = Math.exp(ll[c] - max);
      loglik += max + Math.log(sum);
      const o = r * k;
      for (let c = 0; c < k; c++) {
        const q = ll[c] / sum;
        post[o + c] = q;
        nk[c] += q;
        if (q > 0) entropy -= q * Math.log(q);
      }
      for (let j = 0; j < J; j++) {
        const p = idx[base + j];
        if (p < 0) continue;
        const at = p * k;
        for (let c = 0; c < k; c++) counts[at + c] += post[o + c];
      }
    }
    // M-step.
    const nextPi = new Float64Array(k);
    for (let c = 0; c < k; c++) nextPi[c] = Math.log((nk[c] + 1) / (rows.length + k));
    const nextTheta = new Float64Array(P * k);
    for (let j = 0; j < J; j++) {
      for (let c = 0; c < k; c++) {
        let tot = 0;
        for (let v = 0; v < nCat[j]; v++) tot += counts[(off[j] + v) * k + c];
        const denom = tot + ALPHA * nCat[j];
        for (let v = 0; v < nCat[j]; v++) {
          const at = (off[j] + v) * k + c;
          nextTheta[at] = Math.log((counts[at] + ALPHA) / denom);
        }
      }
    }
    logPi = nextPi;
    logTheta = nextTheta;
    if (iter > 0 && loglik - prev < tol * Math.abs(loglik)) break;
    prev = loglik;
  }
  return { model: { k, logPi, logTheta, loglik }, post, entropy };
}

/** A model made from a hard assignment of `rows` to k classes (one M-step). */
function modelFromLabels(data: LcaData, rows: Int32Array, labels: Int32Array, k: number): LcaModel {
  const { J, P, idx, nCat, off } = data;
  const counts = new Float64Array(P * k);
  const nk = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) {
    const c = labels[r];
    nk[c]++;
    for (let j = 0; j < J; j++) {
      const p = idx[rows[r] * J + j];
      if (p >= 0) counts[p * k + c]++;
    }
  }
  const logPi = Float64Array.from(nk, (x) => Math.log((x + 1) / (rows.length + k)));
  const logTheta = new Float64Array(P * k);
  for (let j = 0; j < J; j++)
    for (let c = 0; c < k; c++) {
      let tot = 0;
      for (let v = 0; v < nCat[j]; v++) tot += counts[(off[j] + v) * k + c];
      for (let v = 0; v < nCat[j]; v++) {
        const at = (off[j] + v) * k + c;
        logTheta[at] = Math.log((counts[at] + 1) / (tot + nCat[j]));
      }
    }
  return { k, logPi, logTheta, loglik: -Infinity };
}

/** k-modes++ seeding: k seed rows far apart in weighted mismatches, every row to its nearest seed. */
function seedModel(data: LcaData, rows: Int32Array, k: number, rng: Rng): LcaModel {
  const { J, idx, w } = data;
  const n = rows.length;
  const mismatch = (a: number, b: number): number => {
    let d = 0;
    for (let j = 0; j < J; j++) {
      const x = idx[a * J + j];
      const y = idx[b * J + j];
      if (x >= 0 && y >= 0 && x !== y) d += w[j];
    }
    return d;
  };
  const seeds = [rows[rng.int(n)]];
  const minD = new Float64Array(n).fill(Infinity);
  const labels = new Int32Array(n);
  for (let s = 0; ; s++) {
    let total = 0;
    for (let r = 0; r < n; r++) {
      const d = mismatch(rows[r], seeds[s]);
      if (d < minD[r]) {
        minD[r] = d;
        labels[r] = s;
      }
      total += minD[r] * minD[r];
    }
    if (seeds.length >= k) break;
    let u = rng.next() * total;
    let pick = n - 1;
    for (let r = 0; r < n; r++)
      if ((u -= minD[r] * minD[r]) < 0) {
        pick = r;
        break;
      }
    seeds.push(rows[total > 0 ? pick : rng.int(n)]);
  }
  return modelFromLabels(data, rows, labels, k);
}

/** The best of `starts` EM runs (short runs, the best then run to convergence). */
export function fitLca(
  data: LcaData,
  rows: Int32Array,
  k: number,
  rng: Rng,
  options: { starts?: number; warmIter?: number; maxIter?: number; init?: LcaModel } = {},
): LcaFit {
  const starts = options.starts ?? 5;
  let best: LcaFit | undefined;
  const warm = options.warmIter ?? 20;
  // A known solution (the full-data fit, when refitting a resample) is one more start: the
  // maximum-likelihood fit is what is wanted, and more starts only get closer to it.
  if (options.init && options.init.k === k) best = em(data, rows, options.init, warm);
  for (let s = 0; s < starts; s++) {
    const fit = em(data, rows, seedModel(data, rows, k, rng), warm);
    if (!best || fit.model.loglik > best.model.loglik) best = fit;
  }
  return em(data, rows, best!.model, options.maxIter ?? 200);
}

/** Most probable class of each row of a fit. */
export function mapLabels(fit: LcaFit): Int32Array {
  const k = fit.model.k;
  const n = fit.post.length / k;
  const labels = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (fit.post[r * k + c] > fit.post[r * k + best]) best = c;
    labels[r] = best;
  }
  return labels;
}

/** BIC and ICL-BIC (BIC plus twice the classification entropy) of a fit on `n` rows. */
export function criteria(data: LcaData, fit: LcaFit, n: number): { bic: number; icl: number } {
  const bic = -2 * fit.model.loglik + parameterCount(data, fit.model.k) * Math.log(n);
  return { bic, icl: bic + 2 * fit.entropy };
}

/** A model without class `drop` (priors renormalised): the start of EM after merging a small class. */
export function dropClass(model: LcaModel, drop: number, P: number): LcaModel {
  const k = model.k - 1;
  const keep = [...Array(model.k).keys()].filter((c) => c !== drop);
  const logPi = Float64Array.from(keep, (c) => model.logPi[c]);
  let z = 0;
  for (const x of logPi) z += Math.exp(x);
  for (let c = 0; c < k; c++) logPi[c] -= Math.log(z);
  const logTheta = new Float64Array(P * k);
  for (let p = 0; p < P; p++)
    keep.forEach((c, to) => (logTheta[p * k + to] = model.logTheta[p * model.k + c]));
  return { k, logPi, logTheta, loglik: -Infinity };
}

/** A model with its classes reordered: class `order[i]` becomes class i. */
export function reorderClasses(model: LcaModel, order: number[], P: number): LcaModel {
  const k = order.length;
  const logTheta = new Float64Array(P * k);
  for (let p = 0; p < P; p++)
    order.forEach((c, to) => (logTheta[p * k + to] = model.logTheta[p * model.k + c]));
  return {
    k,
    logPi: Float64Array.from(order, (c) => model.logPi[c]),
    logTheta,
    loglik: model.loglik,
  };
}
