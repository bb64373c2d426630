/**
 * Splitting "check all that apply" cells into their choices. Exports join the
 * chosen labels with ", " or ";", but labels may contain the delimiter too
 * ("Online course (e.g., Coursera, edX)", "Yes, but rarely"), so a naive split
 * would cut them into pieces. Two repairs keep labels whole:
 * delimiters inside brackets do not split, and pieces that always appear next
 * to each other are glued back together.
 */

/** The choices found in each cell and how many cells use each one. */
export interface ChoiceSplit {
  /** Per input cell, its distinct choices in the order written. */
  cells: string[][];
  /** Cells using each choice, keyed in order of first appearance. */
  counts: Map<string, number>;
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

interface Span {
  start: number;
  end: number;
}

/** Where the pieces of `text` are, splitting on `delimiter` outside brackets. */
function pieceSpans(text: string, delimiter: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) spans.push({ start: start + lead, end: start + lead + piece.length });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && text.startsWith(delimiter, i)) {
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
  const ids = new Map<string, number>();
  const seen: number[] = [];
  const pairs = new Map<number, number>();
  const spans = values.map((text) => pieceSpans(text, delimiter));
  const pieces = spans.map((list, i) =>
    list.map((span) => {
      const text = values[i].slice(span.start, span.end);
      let id = ids.get(text);
      if (id === undefined) ids.set(text, (id = seen.push(0) - 1));
      seen[id]++;
      return { id, lower: /^\p{Ll}/u.test(text) };
    }),
  );
  for (const list of pieces) {
    for (let j = 1; j < list.length; j++) {
      const key = list[j - 1].id * PAIR_BASE + list[j].id;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  const glued = (a: { id: number }, b: { id: number; lower: boolean }) => {
    const together = pairs.get(a.id * PAIR_BASE + b.id) ?? 0;
    const [na, nb] = [seen[a.id], seen[b.id]];
    if (na === 1 && nb === 1) return true;
    if (together < 2) return false;
    return together >= TOGETHER_SHARE * Math.max(na, nb) || (b.lower && together === nb);
  };

  const counts = new Map<string, number>();
  const cells = spans.map((list, i) => {
    const text = values[i];
    const labels: string[] = [];
    let first = 0;
    for (let j = 1; j <= list.length; j++) {
      if (j < list.length && glued(pieces[i][j - 1], pieces[i][j])) continue;
      labels.push(text.slice(list[first].start, list[j - 1].end));
      first = j;
    }
    const distinct = [...new Set(labels)];
    for (const label of distinct) counts.set(label, (counts.get(label) ?? 0) + 1);
    return distinct;
  });
  return { cells, counts };
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
