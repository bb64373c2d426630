import { redact } from '@persona-lab/privacy';
import { answerNumber, participantTexts } from './sources';
import { toSparseRows, type SparseRows } from './sparse';
import { contentTerms } from './tokenize';
import type { ParticipantInput } from './types';

/** Which part of the input a feature column comes from. */
export type FeatureGroup = 'choice' | 'number' | 'category' | 'code' | 'term';

/** One column of the feature matrix. */
export interface FeatureColumn {
  /** Stable identity, e.g. `choice:<questionId>:<label>`, `number:<questionId>`, `code:<codeId>`, `term:<lemma>`. */
  key: string;
  group: FeatureGroup;
  /** What a person reads, e.g. `How often do you use R?: Daily`. */
  label: string;
}

/** One L2-normalised row per participant, in input order. */
export interface FeatureMatrix {
  participantIds: string[];
  columns: FeatureColumn[];
  rows: SparseRows;
}

/** Options of `buildFeatures`. */
export interface FeatureOptions {
  /** Vocabulary cap: the terms with the highest document frequency (default 300). */
  maxTerms?: number;
  /** Weight of the TF-IDF block relative to one question (default 0.3). */
  textWeight?: number;
}

/** Default weight of open text: it helps separate segments but is noisier than answers and codes. */
export const TEXT_WEIGHT = 0.3;
/** Default vocabulary cap, which keeps rows sparse and the run linear in participants. */
export const MAX_TERMS = 300;

/**
 * Builds the feature matrix: one-hot choice answers and min-max scaled numbers
 * (questions whose personaField is not NONE), accepted code categories and
 * codes (counts, each block normalised), and TF-IDF of redacted open text at
 * lower weight; every row is then L2-normalised.
 */
export function buildFeatures(
  participants: ParticipantInput[],
  options: FeatureOptions = {},
): FeatureMatrix {
  const maxTerms = options.maxTerms ?? MAX_TERMS;
  const textWeight = options.textWeight ?? TEXT_WEIGHT;
  const columns: FeatureColumn[] = [];
  const colIndex = new Map<string, number>();
  const col = (key: string, group: FeatureGroup, label: string): number => {
    let c = colIndex.get(key);
    if (c === undefined) {
      c = columns.length;
      colIndex.set(key, c);
      columns.push({ key, group, label });
    }
    return c;
  };
  const rows = participants.map(() => new Map<number, number>());
  const add = (row: Map<number, number>, c: number, v: number): void => {
    row.set(c, (row.get(c) ?? 0) + v);
  };

  // Number ranges first: scaling needs the study-wide min and max.
  const ranges = numberRanges(participants);
  participants.forEach((p, i) => {
    const answered = new Set<string>();
    for (const a of p.answers) {
      if (a.personaField === 'NONE') continue;
      if (a.kind === 'choice' && a.choiceLabels?.length) {
        // Each question weighs the same however many options were ticked.
        const w = 1 / Math.sqrt(a.choiceLabels.length);
        for (const label of a.choiceLabels) {
          add(
            rows[i],
            col(`choice:${a.questionId}:${label}`, 'choice', `${a.questionTitle}: ${label}`),
            w,
          );
        }
      } else if (a.kind === 'number') {
        const r = ranges.get(a.questionId);
        const x = answerNumber(a);
        if (!r || x === undefined || answered.has(a.questionId)) continue;
        answered.add(a.questionId);
        add(
          rows[i],
          col(`number:${a.questionId}`, 'number', a.questionTitle),
          (x - r.min) / (r.max - r.min),
        );
      }
    }
    // Missing numbers get the study mean, so "not asked" does not look like "lowest".
    for (const [qid, r] of ranges) {
      if (!answered.has(qid)) add(rows[i], col(`number:${qid}`, 'number', r.title), r.meanScaled);
    }
    const cats = new Map<number, number>();
    const codes = new Map<number, number>();
    for (const c of p.codes) {
      add(cats, col(`category:${c.category}`, 'category', `${c.category} codes`), 1);
      add(codes, col(`code:${c.codeId}`, 'code', c.codeName), 1);
    }
    addNormalised(rows[i], cats, 1);
    addNormalised(rows[i], codes, 1);
  });

  addTfIdf(participants, rows, col, maxTerms, textWeight);
  for (const row of rows) scaleToUnit(row);
  return {
    participantIds: participants.map((p) => p.id),
    columns,
    rows: toSparseRows(rows, columns.length),
  };
}

interface NumberRange {
  title: string;
  min: number;
  max: number;
  meanScaled: number;
}

function numberRanges(participants: ParticipantInput[]): Map<string, NumberRange> {
  const stats = new Map<string, { title: string; values: number[] }>();
  for (const p of participants) {
    for (const a of p.answers) {
      if (a.personaField === 'NONE' || a.kind !== 'number') continue;
      const x = answerNumber(a);
      if (x === undefined) continue;
      let s = stats.get(a.questionId);
      if (!s) stats.set(a.questionId, (s = { title: a.questionTitle, values: [] }));
      s.values.push(x);
    }
  }
  const ranges = new Map<string, NumberRange>();
  for (const [qid, s] of [...stats].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A loop, not Math.min(...values): spreading 100k arguments overflows the stack.
    let min = Infinity;
    let max = -Infinity;
    for (const x of s.values) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
    // A constant answer separates nobody: no column.
    if (max === min) continue;
    const meanScaled =
      s.values.reduce((acc, x) => acc + (x - min) / (max - min), 0) / s.values.length;
    ranges.set(qid, { title: s.title, min, max, meanScaled });
  }
  return ranges;
}

function addTfIdf(
  participants: ParticipantInput[],
  rows: Map<number, number>[],
  col: (key: string, group: FeatureGroup, label: string) => number,
  maxTerms: number,
  weight: number,
): void {
  const counts = participants.map((p) => {
    const tf = new Map<string, number>();
    for (const s of participantTexts(p)) {
      for (const term of contentTerms(redact(s.text, ' '))) tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  // Terms used by one participant cannot make two participants alike.
  const vocab = [...df]
    .filter(([, d]) => d >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxTerms);
  const n = participants.length;
  const idf = new Map(vocab.map(([term, d]) => [term, Math.log((1 + n) / (1 + d)) + 1]));
  const termCol = new Map(vocab.map(([term]) => [term, col(`term:${term}`, 'term', term)]));
  counts.forEach((tf, i) => {
    const block = new Map<number, number>();
    for (const [term, c] of tf) {
      const w = idf.get(term);
      if (w !== undefined) block.set(termCol.get(term)!, (1 + Math.log(c)) * w);
    }
    addNormalised(rows[i], block, weight);
  });
}

function addNormalised(row: Map<number, number>, block: Map<number, number>, weight: number): void {
  let sq = 0;
  for (const v of block.values()) sq += v * v;
  if (sq === 0) return;
  const f = weight / Math.sqrt(sq);
  for (const [c, v] of block) row.set(c, (row.get(c) ?? 0) + v * f);
}

function scaleToUnit(row: Map<number, number>): void {
  let sq = 0;
  for (const v of row.values()) sq += v * v;
  if (sq === 0) return;
  const f = 1 / Math.sqrt(sq);
  for (const [c, v] of row) row.set(c, v * f);
}
