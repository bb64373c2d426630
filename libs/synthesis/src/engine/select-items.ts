import type { Item } from './items';

/** An item answered by fewer than this share of the segmented participants carries too little to segment on. */
export const MIN_ANSWERED_SHARE = 0.05;
/** At most this many indicators in the model. */
export const MAX_SELECTED = 25;
/** At most this many options / themes of one question. */
export const MAX_PER_GROUP = 3;
/** Two survey items this associated (Cramér's V) say the same thing twice: only the first is kept. */
export const REDUNDANT_V = 0.7;
/** Items associated under this fraction of the best item's association are left out. */
export const MIN_RELATIVE_SCORE = 0.25;
/** Rows on which associations are measured (every n-th participant in id order). */
const ASSOCIATION_ROWS = 2000;
/** Associations averaged into an item's score (its strongest ones with other questions). */
const TOP_ASSOCIATIONS = 5;

/**
 * The indicators latent class analysis segments on. Segments show where
 * answers go together, so an item is worth its place when it is associated with
 * items of *other* questions (mean of its strongest Cramér's V); an item that
 * varies on its own only adds noise and makes segments unstable. Items answered
 * by under 5 % are dropped, a question gives at most three options or themes,
 * near-duplicates among survey items (V ≥ 0.7) are kept once, items under a quarter of the
 * best one's association are left out, and at most 25 items are kept.
 * Deterministic: the sample is every n-th row of the id-sorted participants.
 */
export function selectItems(items: Item[], m: number): Item[] {
  const answered = items.map((it) => it.values.reduce((n, v) => n + (v >= 0 ? 1 : 0), 0));
  const minAnswered = Math.max(2, Math.ceil(MIN_ANSWERED_SHARE * m));
  const pool = items.filter((_, j) => answered[j] >= minAnswered);
  if (pool.length <= 1) return pool;
  const stride = Math.max(1, Math.ceil(m / ASSOCIATION_ROWS));
  const rows: number[] = [];
  for (let i = 0; i < m; i += stride) rows.push(i);
  const J = pool.length;
  const cols = pool.map((it) => Int16Array.from(rows, (r) => it.values[r]));
  const v = new Float64Array(J * J);
  for (let a = 0; a < J; a++)
    for (let b = a + 1; b < J; b++) {
      const x = cramersV(cols[a], pool[a].categories.length, cols[b], pool[b].categories.length);
      v[a * J + b] = x;
      v[b * J + a] = x;
    }
  const score = pool.map((it, a) => {
    const others: number[] = [];
    for (let b = 0; b < J; b++) if (pool[b].group !== it.group) others.push(v[a * J + b]);
    others.sort((x, y) => y - x);
    const top = others.slice(0, TOP_ASSOCIATIONS);
    return top.length ? (top.reduce((s, x) => s + x, 0) / top.length) * Math.sqrt(it.weight) : 0;
  });
  const order = [...pool.keys()].sort(
    (a, b) => score[b] - score[a] || (pool[a].key < pool[b].key ? -1 : 1),
  );
  // An item far weaker than the best (under a quarter of its association) only adds noise.
  const floor = MIN_RELATIVE_SCORE * Math.max(0, ...score);
  const perGroup = new Map<string, number>();
  const kept: number[] = [];
  for (const a of order) {
    if (kept.length >= MAX_SELECTED || (floor > 0 && score[a] < floor)) break;
    const g = pool[a].group;
    if ((perGroup.get(g) ?? 0) >= MAX_PER_GROUP) continue;
    // Near-duplicate questions ("experience level" and "time to proficiency"), or a question's
    // topics and its themes, double-count one need. Interview subjects are left alone: in a study
    // of interviews, subjects that go together are the segment signal.
    if (!spoken(g) && kept.some((b) => !spoken(pool[b].group) && v[a * J + b] >= REDUNDANT_V))
      continue;
    kept.push(a);
    perGroup.set(g, (perGroup.get(g) ?? 0) + 1);
  }
  // Keep the questionnaire's order (stable output, and the same items in any row order).
  return kept.sort((a, b) => a - b).map((a) => pool[a]);
}

/** Items of interview turns: turn topics and codes of transcripts. */
const spoken = (group: string): boolean =>
  group.startsWith('text:TURN') || group.startsWith('code:');

/** Cramér's V of two categorical columns over the rows where both are answered (0 under 10 rows). */
function cramersV(x: Int16Array, cx: number, y: Int16Array, cy: number): number {
  const table = new Float64Array(cx * cy);
  const rx = new Float64Array(cx);
  const ry = new Float64Array(cy);
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    const a = x[i];
    const b = y[i];
    if (a < 0 || b < 0) continue;
    table[a * cy + b]++;
    rx[a]++;
    ry[b]++;
    n++;
  }
  if (n < 10) return 0;
  let chi = 0;
  let usedX = 0;
  let usedY = 0;
  for (const c of rx) if (c > 0) usedX++;
  for (const c of ry) if (c > 0) usedY++;
  const d = Math.min(usedX, usedY) - 1;
  if (d <= 0) return 0;
  for (let a = 0; a < cx; a++) {
    if (rx[a] === 0) continue;
    for (let b = 0; b < cy; b++) {
      if (ry[b] === 0) continue;
      const e = (rx[a] * ry[b]) / n;
      const o = table[a * cy + b];
      chi += ((o - e) * (o - e)) / e;
    }
  }
  return Math.sqrt(chi / (n * d));
}
