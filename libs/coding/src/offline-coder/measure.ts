import { DEFAULT_PARAMS, type CoderParams } from './profile';
import { scoreSentences, suggestWithParams } from './suggest';
import type { CodeProfile, SuggestOptions, TextUnit } from './types';

/** A labelled corpus: the codebook and units with the codes a researcher gave them. */
export interface LabelledCorpus {
  codes: Array<{ id: string; name: string; description?: string | null; category?: string }>;
  units: Array<{ id: string; text: string; codes: string[] }>;
}

export type LabelledUnit = LabelledCorpus['units'][number];

export interface CodeFigures {
  codeId: string;
  name: string;
  /** Test units labelled with the code. */
  support: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Measurement {
  /** Micro-averaged over (unit, code) pairs of the test split. */
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
  perCode: CodeFigures[];
  exampleUnits: number;
  testUnits: number;
}

export interface Split {
  /** The codebook with each code's accepted examples. */
  profiles: CodeProfile[];
  /** Units used as examples (excluded from the test set). */
  examples: LabelledUnit[];
  test: LabelledUnit[];
}

/**
 * Deterministic split: in file order, the first `examplesPerCode` units
 * labelled with a code are that code's accepted examples (a unit with two
 * codes is an example of both); every other unit is in the test set.
 */
export function splitCorpus(corpus: LabelledCorpus, examplesPerCode = 5): Split {
  const taken = new Map<string, number>();
  const exampleIds = new Set<string>();
  for (const unit of corpus.units) {
    if (unit.codes.some((c) => (taken.get(c) ?? 0) < examplesPerCode)) {
      exampleIds.add(unit.id);
      for (const c of unit.codes) taken.set(c, (taken.get(c) ?? 0) + 1);
    }
  }
  const examples = corpus.units.filter((u) => exampleIds.has(u.id));
  const profiles = corpus.codes.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description ?? null,
    category: c.category ?? '',
    examples: examples.filter((u) => u.codes.includes(c.id)).map((u) => u.text),
  }));
  return { profiles, examples, test: corpus.units.filter((u) => !exampleIds.has(u.id)) };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const f1Of = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Unit-level figures: a unit's predicted codes are the codes of its suggestions. */
export function score(
  corpus: Pick<LabelledCorpus, 'codes'>,
  units: LabelledUnit[],
  predicted: Map<string, Set<string>>,
): Omit<Measurement, 'exampleUnits' | 'testUnits'> {
  const perCode = corpus.codes.map((code) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const unit of units) {
      const truth = unit.codes.includes(code.id);
      const guess = predicted.get(unit.id)?.has(code.id) ?? false;
      if (truth && guess) tp++;
      else if (guess) fp++;
      else if (truth) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return { codeId: code.id, name: code.name, support: tp + fn, tp, fp, fn, precision, recall, f1: f1Of(precision, recall) };
  });
  const tp = perCode.reduce((s, c) => s + c.tp, 0);
  const fp = perCode.reduce((s, c) => s + c.fp, 0);
  const fn = perCode.reduce((s, c) => s + c.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: f1Of(precision, recall), tp, fp, fn, perCode };
}

export interface MeasureOptions extends SuggestOptions {
  examplesPerCode?: number;
  params?: CoderParams;
}

/** Codes `units` with the given profiles and scores the result against the units' labels. */
export function evaluate(
  profiles: CodeProfile[],
  units: LabelledUnit[],
  options: SuggestOptions = {},
  params: CoderParams = DEFAULT_PARAMS,
): Omit<Measurement, 'exampleUnits' | 'testUnits'> {
  const predicted = new Map<string, Set<string>>();
  for (const s of suggestWithParams(profiles, units, options, params)) {
    let set = predicted.get(s.unitId);
    if (!set) predicted.set(s.unitId, (set = new Set()));
    set.add(s.codeId);
  }
  return score({ codes: profiles }, units, predicted);
}

/** Splits the corpus, codes the test units with the offline coder and scores it against the labels. */
export function measure(corpus: LabelledCorpus, options: MeasureOptions = {}): Measurement {
  const { examplesPerCode = 5, params = DEFAULT_PARAMS, ...suggestOptions } = options;
  const split = splitCorpus(corpus, examplesPerCode);
  const figures = evaluate(split.profiles, split.test, suggestOptions, params);
  return { ...figures, exampleUnits: split.examples.length, testUnits: split.test.length };
}

/**
 * Picks the threshold on the EXAMPLE split only, by leave-one-out: each
 * example unit is coded with profiles built from the other examples, and the
 * threshold with the best micro F1 over those units wins (ties: the higher).
 * The test split is never looked at.
 */
export function calibrateThreshold(
  corpus: LabelledCorpus,
  examplesPerCode = 5,
  params: CoderParams = DEFAULT_PARAMS,
  maxPerUnit = 3,
): { threshold: number; f1: number } {
  const split = splitCorpus(corpus, examplesPerCode);
  const units: TextUnit[] = split.examples;
  const best = new Map<string, Array<[string, number]>>(); // unit → (code, best sentence score), best first
  for (const held of split.examples) {
    const profiles = split.profiles.map((p) => ({ ...p, examples: p.examples.filter((e) => e !== held.text) }));
    const byCode = new Map<string, number>();
    for (const s of scoreSentences(profiles, units, params)) {
      if (s.unitId !== held.id) continue;
      const id = profiles[s.codeIndex]!.id;
      byCode.set(id, Math.max(byCode.get(id) ?? 0, s.score));
    }
    best.set(held.id, [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }
  let pick = { threshold: params.threshold, f1: -1 };
  for (let t = 0.5; t <= 10.001; t += 0.25) {
    const predicted = new Map<string, Set<string>>();
    for (const [id, ranked] of best) {
      predicted.set(id, new Set(ranked.filter(([, s]) => s >= t).slice(0, maxPerUnit).map(([c]) => c)));
    }
    const { f1 } = score(corpus, split.examples, predicted);
    if (f1 >= pick.f1) pick = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return pick;
}
