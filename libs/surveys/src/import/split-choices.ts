/**
 * Splitting "check all that apply" cells into their choices. Exports join the
 * chosen labels with ", " or ";", but labels may contain the delimiter too
 * ("Online course (e.g., Coursera, edX)", "Yes, but rarely"), so a naive split
 * would cut them into pieces. Two repairs keep labels whole:
 * delimiters inside brackets do not split, and pieces that always appear next
 * to each other are glued back together.
 */
import { ITEMS_PER_STEP, runToEnd, type Steps } from './steps';

/** The choices found in each cell and how many cells use each one. */
export interface ChoiceSplit {
  /** Per input cell, its distinct choices in the order written. */
  cells: string[][];
  /** Cells using each choice, keyed in order of first appearance. */
  counts: Map<string, number>;
  /** What the cells were split on. */
  delimiter: string;
}

/** The options a split supports and how much of the data they cover. */
export interface CommonChoices {
  /** Choices used in at least `minRows` cells, in order of first appearance. */
  options: string[];
  minRows: number;
  /** Share of all choice uses that fall on `options` (0..1). */
  coverage: number;
  /** Distinct choices used in fewer than `minRows` cells. */
  rare: number;
}

/** White space as `String.prototype.trim` sees it. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Where the pieces of `text` are, splitting on `delimiter` outside brackets: start and end of
 * each trimmed, non-empty piece, flat (`[start0, end0, start1, end1, …]`). Flat numbers rather
 * than an object and three strings per piece: a column of 50k cells of 40 choices is 2M pieces.
 */
function pieceSpans(text: string, delimiter: string): number[] {
  const spans: number[] = [];
  const first = delimiter.charCodeAt(0);
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a < b) spans.push(a, b);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40 || ch === 91) depth++; // ( [
    else if ((ch === 41 || ch === 93) && depth > 0) depth--; // ) ]
    else if (depth === 0 && ch === first && text.startsWith(delimiter, i)) {
      push(i);
      start = i + delimiter.length;
      i = start - 1;
    }
  }
  push(text.length);
  return spans;
}

// Pieces become small integers so pair counts are keyed by a number, not a long string.
const PAIR_BASE = 2 ** 24;
// Pieces seen together at least this share of the time are one label cut in two.
const TOGETHER_SHARE = 0.95;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Splits each cell into its choices.
 *
 * Neighbouring pieces a, b are glued back into one label ("a, b") when they
 * (almost) always appear together, when b always follows a and starts in
 * lower case ("…, no graduate degree"), or when both are seen only once
 * (most likely one write-in answer). Real options are picked independently,
 * so none of these hold for two of them.
 *
 * @param values - answered cells, trimmed
 * @param delimiter - what joins the choices, e.g. ", " or ";"
 */
export function splitChoices(values: readonly string[], delimiter: string): ChoiceSplit {
  return runToEnd(splitChoicesSteps(values, delimiter));
}

/** {@link splitChoices} as cooperative steps (a yield every {@link ITEMS_PER_STEP} cells of each pass). */
export function* splitChoicesSteps(values: readonly string[], delimiter: string): Steps<ChoiceSplit> {
  const ids = new Map<string, number>();
  /** Per piece id: cells using it, and whether it starts in lower case. */
  const seen: number[] = [];
  const lower: boolean[] = [];
  const pairs = new Map<number, number>();
  const spans: number[][] = new Array(values.length);
  const pieces: number[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const text = values[i];
    const list = (spans[i] = pieceSpans(text, delimiter));
    const out = (pieces[i] = new Array<number>(list.length / 2));
    for (let k = 0; k < list.length; k += 2) {
      const piece = text.slice(list[k], list[k + 1]);
      let id = ids.get(piece);
      if (id === undefined) {
        id = seen.push(0) - 1;
        ids.set(piece, id);
        lower.push(STARTS_LOWER.test(piece));
      }
      seen[id]++;
      out[k / 2] = id;
    }
    for (let j = 1; j < out.length; j++) {
      const key = out[j - 1] * PAIR_BASE + out[j];
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const glued = (a: number, b: number) => {
    const together = pairs.get(a * PAIR_BASE + b) ?? 0;
    const [na, nb] = [seen[a], seen[b]];
    if (na === 1 && nb === 1) return true;
    if (together < 2) return false;
    return together >= TOGETHER_SHARE * Math.max(na, nb) || (lower[b] && together === nb);
  };

  const counts = new Map<string, number>();
  const cells: string[][] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const text = values[i];
    const list = spans[i];
    const ofCell = pieces[i];
    const labels: string[] = [];
    let first = 0;
    for (let j = 1; j <= ofCell.length; j++) {
      if (j < ofCell.length && glued(ofCell[j - 1], ofCell[j])) continue;
      labels.push(text.slice(list[2 * first], list[2 * (j - 1) + 1]));
      first = j;
    }
    const distinct = labels.length > 1 ? [...new Set(labels)] : labels;
    for (const label of distinct) counts.set(label, (counts.get(label) ?? 0) + 1);
    cells[i] = distinct;
  }
  return { cells, counts, delimiter };
}

/**
 * The choices common enough to be options: those used in at least two cells,
 * raising that bar until at most `limit` options remain (counting one extra
 * slot for "Other" when some choices fall below it).
 *
 * @param split - the result of `splitChoices`
 * @param limit - most options allowed, "Other" included
 */
export function commonChoices(split: ChoiceSplit, limit = 40): CommonChoices {
  const entries = [...split.counts];
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  // The smallest bar from 2 that leaves at most `limit` slots, read off the counts sorted high
  // to low instead of refiltering every choice for each bar tried (that was quadratic when 40
  // choices are in every row and each row adds a rare one). When the bar 2 leaves too many, the
  // "Other" slot is needed and the bar must pass the count of the limit-th most used choice.
  const sorted = entries.map(([, n]) => n).sort((a, b) => b - a);
  const keptAt2 = sorted.filter((n) => n >= 2).length;
  const slotsAt2 = keptAt2 + (keptAt2 < sorted.length ? 1 : 0);
  const minRows = slotsAt2 <= limit ? 2 : sorted[limit - 1] + 1;
  const kept = entries.filter(([, n]) => n >= minRows);
  const rare = entries.length - kept.length;
  const covered = kept.reduce((sum, [, n]) => sum + n, 0);
  return {
    options: kept.map(([label]) => label),
    minRows,
    coverage: total === 0 ? 0 : covered / total,
    rare,
  };
}
