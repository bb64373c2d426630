/**
 * Result aggregates, computed in one place so the results page, exports and
 * persona synthesis never disagree. All functions are pure over arrays.
 */
import { NUMERIC_TYPES, TEXT_TYPES } from './types';
import type { Choice, ChoiceCount, NpsScore, Question, QuestionResult } from './types';
import { isAnswered, isFiniteNumber } from './values';

/**
 * How many responses picked each option, in option order. A value may be one
 * choice id or an array of ids (multiple choice); an id repeated within one
 * response counts once. `share` is count / answered responses (0 when none
 * answered), so shares of a multiple choice question can sum to more than 1.
 *
 * @param options - the question's options
 * @param values - one answer value per response; unanswered ones are skipped
 */
export function countChoices(
  options: readonly Choice[],
  values: readonly unknown[],
): ChoiceCount[] {
  const counts = new Map(options.map((o) => [o.id, 0]));
  let answered = 0;
  for (const value of values) {
    if (!isAnswered(value)) continue;
    answered += 1;
    const picked = new Set(Array.isArray(value) ? value : [value]);
    for (const id of picked) {
      if (typeof id === 'string' && counts.has(id)) counts.set(id, counts.get(id)! + 1);
    }
  }
  return options.map((o) => {
    const count = counts.get(o.id)!;
    return { choiceId: o.id, label: o.label, count, share: answered === 0 ? 0 : count / answered };
  });
}

/** Finite numbers only: unanswered and malformed values must not skew a statistic. */
function numbers(values: readonly unknown[]): number[] {
  return values.filter(isFiniteNumber);
}

/**
 * Arithmetic mean of the numeric values; null when there are none.
 *
 * @param values - answer values; anything but a finite number is skipped
 */
export function mean(values: readonly unknown[]): number | null {
  const xs = numbers(values);
  if (xs.length === 0) return null;
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/**
 * Median of the numeric values (mean of the middle two for an even count);
 * null when there are none.
 *
 * @param values - answer values; anything but a finite number is skipped
 */
export function median(values: readonly unknown[]): number | null {
  const xs = numbers(values).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from -100
 * to 100; passives score 7–8. Values that are not whole numbers from 0 to 10
 * are skipped; with no scores every field is 0.
 *
 * @param scores - NPS answer values
 */
export function npsScore(scores: readonly unknown[]): NpsScore {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 10) continue;
    if (s >= 9) promoters += 1;
    else if (s >= 7) passives += 1;
    else detractors += 1;
  }
  const total = promoters + passives + detractors;
  const score = total === 0 ? 0 : ((promoters - detractors) / total) * 100;
  return { score, promoters, passives, detractors };
}

/**
 * The contract's `QuestionResult` for one question:
 * choice questions get `choices` (RANKING: how often each option was ranked
 * first); RATING/LIKERT/NPS/NUMBER get `mean` and `median`; NPS also `nps`;
 * text questions get `texts` in the order given. EMAIL answers are private,
 * so only their count is reported; DATE and MATRIX report the count only.
 *
 * @param question - the question
 * @param values - one answer value per response, newest first
 */
export function summarizeQuestion(question: Question, values: readonly unknown[]): QuestionResult {
  const answeredValues = values.filter(isAnswered);
  const result: QuestionResult = {
    questionId: question.id,
    answered: answeredValues.length,
    choices: null,
    mean: null,
    median: null,
    nps: null,
    texts: null,
  };
  const options = question.options ?? [];
  if (question.type === 'RANKING') {
    const firsts = answeredValues.map((v) => (Array.isArray(v) ? v[0] : undefined));
    result.choices = countChoices(options, firsts);
  } else if (['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DROPDOWN'].includes(question.type)) {
    result.choices = countChoices(options, answeredValues);
  } else if (NUMERIC_TYPES.includes(question.type)) {
    result.mean = mean(answeredValues);
    result.median = median(answeredValues);
    if (question.type === 'NPS') result.nps = npsScore(answeredValues);
  } else if (TEXT_TYPES.includes(question.type)) {
    result.texts = answeredValues.filter((v): v is string => typeof v === 'string');
  }
  return result;
}
