import { DEFAULT_PARAMS, type CoderParams } from '../../src/offline-coder/profile';
import {
  scoreSentencesWithExamples,
  suggestWithParams,
  type ScoredSentence,
} from '../../src/offline-coder/suggest';
import type { CodeProfile, SuggestOptions } from '../../src/offline-coder/types';

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
 * Deterministic split: in file order, a unit becomes an accepted example of
 * each of its codes that has fewer than `examplesPerCode` examples so far
 * (so every code gets exactly that many when it has enough units). Example
 * units leave the test set; every other unit is in it.
 */
export function splitCorpus(corpus: LabelledCorpus, examplesPerCode = 5): Split {
  const examplesOf = new Map<string, string[]>(corpus.codes.map((c) => [c.id, []]));
  const examples: LabelledUnit[] = [];
  const test: LabelledUnit[] = [];
  for (const unit of corpus.units) {
    const wanting = unit.codes.filter(
      (c) => (examplesOf.get(c)?.length ?? examplesPerCode) < examplesPerCode,
    );
    for (const c of wanting) examplesOf.get(c)!.push(unit.text);
    (wanting.length ? examples : test).push(unit);
  }
  const profiles = corpus.codes.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description ?? null,
    category: c.category ?? '',
    examples: examplesOf.get(c.id)!,
  }));
  return { profiles, examples, test };
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
    return {
      codeId: code.id,
      name: code.name,
      support: tp + fn,
      tp,
      fp,
      fn,
      precision,
      recall,
      f1: f1Of(precision, recall),
    };
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
export async function evaluate(
  profiles: CodeProfile[],
  units: LabelledUnit[],
  options: SuggestOptions = {},
  params: CoderParams = DEFAULT_PARAMS,
): Promise<Omit<Measurement, 'exampleUnits' | 'testUnits'>> {
  const predicted = new Map<string, Set<string>>();
  for (const s of await suggestWithParams(profiles, units, options, params)) {
    let set = predicted.get(s.unitId);
    if (!set) predicted.set(s.unitId, (set = new Set()));
    set.add(s.codeId);
  }
  return score({ codes: profiles }, units, predicted);
}

/** Splits the corpus, codes the test units with the offline coder and scores it against the labels. */
export async function measure(
  corpus: LabelledCorpus,
  options: MeasureOptions = {},
): Promise<Measurement> {
  const { examplesPerCode = 5, params = DEFAULT_PARAMS, ...suggestOptions } = options;
  const split = splitCorpus(corpus, examplesPerCode);
  const figures = await evaluate(split.profiles, split.test, suggestOptions, params);
  return { ...figures, exampleUnits: split.examples.length, testUnits: split.test.length };
}

/**
 * Picks the decision threshold on a labelled calibration set (never the test
 * split): the threshold with the best micro F1 among those whose precision is
 * at least `minPrecision` (ties: the higher threshold). Scores are computed
 * once; a threshold only moves the cut, as the phrase bonus is absolute.
 */
export async function calibrateThreshold(
  profiles: CodeProfile[],
  units: LabelledUnit[],
  { minPrecision = 0.7, maxPerUnit = 3, params = DEFAULT_PARAMS } = {},
): Promise<{ threshold: number; precision: number; recall: number; f1: number }> {
  const scored = await scoreSentencesWithExamples(profiles, units, params);
  return calibrateScores(profiles, units, scored, { minPrecision, maxPerUnit, params });
}

/** `calibrateThreshold` on sentence scores already computed. */
export function calibrateScores(
  profiles: CodeProfile[],
  units: LabelledUnit[],
  scored: ScoredSentence[],
  { minPrecision = 0.7, maxPerUnit = 3, params = DEFAULT_PARAMS } = {},
): { threshold: number; precision: number; recall: number; f1: number } {
  const best = new Map<string, Map<string, number>>(); // unit → code → best sentence score
  for (const s of scored) {
    let byCode = best.get(s.unitId);
    if (!byCode) best.set(s.unitId, (byCode = new Map()));
    const id = profiles[s.codeIndex]!.id;
    byCode.set(id, Math.max(byCode.get(id) ?? 0, s.score));
  }
  let pick = { threshold: params.threshold, precision: 0, recall: 0, f1: -1 };
  for (let step = 4; step <= 48; step++) {
    const t = step / 4; // 1 to 12 in steps of 0.25
    const predicted = new Map<string, Set<string>>();
    for (const [id, byCode] of best) {
      const ranked = [...byCode]
        .filter(([, s]) => s >= t)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      predicted.set(id, new Set(ranked.slice(0, maxPerUnit).map(([c]) => c)));
    }
    const m = score({ codes: profiles }, units, predicted);
    if (m.precision >= minPrecision && m.f1 >= pick.f1) {
      pick = { threshold: t, precision: m.precision, recall: m.recall, f1: m.f1 };
    }
  }
  return pick;
}
