import { encodeItem, type Item, type ItemEncoding } from './items';
import type { LcaModel } from './lca';
import { prepareParticipants } from './prepare';
import { observedFactKeys } from './traits';
import type { ParticipantInput } from './types';

/**
 * Placing participants who came after a run (new responses, interviews, feedback) in the run's
 * segments: the run's final latent class model restricted to the items a later participant can be
 * encoded on (every item but interview-turn and embedding topics; open-answer topics keep their
 * TF-IDF space and centres), with the same
 * encoding (`encodeItem`, the one `buildItems` uses). Dropping an item of a latent class model is
 * exact: it is the same as that item being missing, so the posterior is the run's posterior given
 * the items at hand.
 */

/** What a run keeps to place later participants (stored as JSON with the run). */
export interface SegmentModel {
  version: 1;
  k: number;
  /** The items a later participant can be encoded on, in order. */
  items: { key: string; label: string; weight: number; categories: number; encoding: ItemEncoding }[];
  /** log P(segment). */
  logPi: number[];
  /** log P(category | segment): `logTheta[(offset of the item + category) * k + segment]`, items in order. */
  logTheta: number[];
  /**
   * Per segment, the typicality (mean weighted log-probability per item, on these items) below
   * which only TYPICALITY_QUANTILE of its own members fall: a later participant less typical of
   * their best segment than that is "like nobody", whatever the posterior says.
   */
  typicalityFloor: number[];
  /** Per segment, up to ANCHORS member ids, most certain first: how a segment is matched to the persona it became. */
  anchors: string[][];
}

/**
 * Thresholds of placement, in one place:
 * - MIN_ITEMS_IN_COMMON / MIN_SHARE_IN_COMMON: with fewer encoded items than 3 (or than a quarter
 *   of the model's), the posterior mostly restates the segment priors, so it says nothing about
 *   the person (a feedback conversation with one code, a response to another survey).
 * - MIN_FIT: a best posterior under 0.6 means the person sits between segments (with two segments
 *   0.5 is a coin toss); the run's own members average 0.85–0.95 on the R survey.
 * - TYPICALITY_QUANTILE: posteriors are relative, so random answers still get a confident "best"
 *   segment; an answer pattern rarer under that segment than all but 5 % of its members is noise
 *   or a new kind of person, and is left unassigned rather than counted as growth.
 */
export const MIN_ITEMS_IN_COMMON = 3;
export const MIN_SHARE_IN_COMMON = 0.25;
export const MIN_FIT = 0.6;
export const TYPICALITY_QUANTILE = 0.05;
export const ANCHORS = 20;

/** Why a participant is or is not placed. */
export type AssignmentReason = 'ASSIGNED' | 'TOO_FEW_ITEMS' | 'AMBIGUOUS' | 'ATYPICAL';

export interface SegmentAssignment {
  /** The segment (index in the run's segment order), or null when unassigned. */
  segmentIndex: number | null;
  /** Posterior probability of the best segment (0 when too few items), 0–1, rounded to 3 places. */
  fit: number;
  /** The best segment even when unassigned (null when too few items). */
  nearest: number | null;
  reason: AssignmentReason;
  /** Items of the model the participant could be encoded on. */
  itemsInCommon: number;
  /** Chosen-option and needs-code fact keys the participant holds (trait keys `choice:…`, `code:…`). */
  factKeys: string[];
}

function offsets(model: Pick<SegmentModel, 'items'>): number[] {
  let at = 0;
  return model.items.map((it) => {
    const o = at;
    at += it.categories;
    return o;
  });
}

/** Weighted log-likelihood of encoded values under each segment (log prior included) and the typicality of each. */
function scores(
  model: Pick<SegmentModel, 'k' | 'items' | 'logPi' | 'logTheta'>,
  off: number[],
  values: ArrayLike<number>,
): { ll: number[]; typicality: number[]; observed: number } {
  const { k } = model;
  const ll = [...model.logPi];
  const sum = new Array<number>(k).fill(0);
  let w = 0;
  let observed = 0;
  model.items.forEach((it, j) => {
    const v = values[j];
    if (v < 0 || v >= it.categories) return;
    observed++;
    w += it.weight;
    const at = (off[j] + v) * k;
    for (let c = 0; c < k; c++) {
      const x = it.weight * model.logTheta[at + c];
      ll[c] += x;
      sum[c] += x;
    }
  });
  return { ll, typicality: sum.map((s) => (w > 0 ? s / w : -Infinity)), observed };
}

/**
 * The model a run keeps: the final LCA model restricted to the encodable items, each segment's
 * typicality floor from its own members, and anchor members. `labels[j]` is the segment of
 * segmented participant j (the row order of `items[*].values`); `anchors` the member ids per segment.
 */
export function buildSegmentModel(
  items: Item[],
  lca: LcaModel,
  labels: Int32Array,
  anchors: string[][],
): SegmentModel {
  const k = lca.k;
  let at = 0;
  const keep: { item: Item; off: number }[] = [];
  for (const item of items) {
    if (item.encoding && (item.encoding.type !== 'text' || item.encoding.encoder))
      keep.push({ item, off: at });
    at += item.categories.length;
  }
  const logTheta: number[] = [];
  for (const { item, off } of keep)
    for (let v = 0; v < item.categories.length; v++)
      for (let c = 0; c < k; c++) logTheta.push(lca.logTheta[(off + v) * k + c]);
  const model: SegmentModel = {
    version: 1,
    k,
    items: keep.map(({ item }) => ({
      key: item.key,
      label: item.label,
      weight: item.weight,
      categories: item.categories.length,
      encoding: item.encoding!,
    })),
    logPi: [...lca.logPi],
    logTheta,
    typicalityFloor: [],
    anchors: anchors.map((a) => a.slice(0, ANCHORS)),
  };
  const off = offsets(model);
  const bySegment: number[][] = Array.from({ length: k }, () => []);
  const row = new Int16Array(keep.length);
  labels.forEach((label, j) => {
    keep.forEach(({ item }, i) => (row[i] = item.values[j]));
    const s = scores(model, off, row);
    if (s.observed > 0) bySegment[label].push(s.typicality[label]);
  });
  model.typicalityFloor = bySegment.map((xs) => {
    if (xs.length === 0) return -Infinity;
    xs.sort((a, b) => a - b);
    return xs[Math.floor(TYPICALITY_QUANTILE * (xs.length - 1))];
  });
  return model;
}

/**
 * Places one participant in the run's segments: the segment of highest posterior, with that
 * posterior as fit, unless too few items are in common, the posterior is under MIN_FIT, or the
 * participant is less typical of that segment than its members' TYPICALITY_QUANTILE. Pure; the
 * order of the participant's answers, texts and codes does not matter, nor does anybody else.
 */
export function assignToSegments(
  model: SegmentModel,
  participant: ParticipantInput,
): SegmentAssignment {
  const { prepared } = prepareParticipants([participant]);
  const p = prepared[0];
  const factKeys = observedFactKeys(p);
  const values = model.items.map((it) => encodeItem(it.encoding, p));
  const off = offsets(model);
  const { ll, typicality, observed } = scores(model, off, values);
  const needed = Math.min(
    model.items.length,
    Math.max(MIN_ITEMS_IN_COMMON, Math.ceil(MIN_SHARE_IN_COMMON * model.items.length)),
  );
  if (observed === 0 || observed < needed)
    return {
      segmentIndex: null,
      fit: 0,
      nearest: null,
      reason: 'TOO_FEW_ITEMS',
      itemsInCommon: observed,
      factKeys,
    };
  const max = Math.max(...ll);
  const exp = ll.map((x) => Math.exp(x - max));
  const total = exp.reduce((a, b) => a + b, 0);
  let best = 0;
  for (let c = 1; c < model.k; c++) if (exp[c] > exp[best]) best = c;
  const fit = Math.round((exp[best] / total) * 1000) / 1000;
  const reason: AssignmentReason =
    fit < MIN_FIT
      ? 'AMBIGUOUS'
      : typicality[best] < model.typicalityFloor[best]
        ? 'ATYPICAL'
        : 'ASSIGNED';
  return {
    segmentIndex: reason === 'ASSIGNED' ? best : null,
    fit,
    nearest: best,
    reason,
    itemsInCommon: observed,
    factKeys,
  };
}
