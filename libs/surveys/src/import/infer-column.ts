/**
 * Guessing a question type from a column's answers (and a little from its
 * header), in this order: numbers (NPS, rating, number), emails, dates,
 * multi-selects, single choice, then short or long text.
 */
import { SHORT_TEXT_MAX_LENGTH, isEmail, type QuestionType } from '@persona-lab/survey-logic';
import { asksForSeveral } from './header-rules';
import { commonChoices, splitChoicesSteps, type ChoiceSplit } from './split-choices';
import { runToEnd, type Steps } from './steps';
import { parseCalendarDate } from './timestamp';

/** The type chosen for a column; a multiple choice one also has its delimiter and split. */
export interface Inference {
  type: QuestionType;
  delimiter?: string;
  /** Reused when building the question, so cells are split only once. */
  split?: ChoiceSplit;
}

/** Text averaging more than this many characters reads as long text. */
export const LONG_TEXT_AVERAGE = 80;
/** A single answer longer than this makes the column long text. */
export const LONG_TEXT_ANY = 200;
/** Most options an inferred multiple choice question gets, "Other" included. */
export const MAX_INFERRED_OPTIONS = 40;
// Share of choice uses the options must cover, so open text with a few repeats stays text.
const MIN_CHOICE_COVERAGE = 0.9;
// Without "check all that apply" in the header, this share of cells must hold several choices.
const MIN_SHARE_WITH_SEVERAL = 0.05;

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The number a cell spells ("4", "-2.5"), or null; thousands separators
 * and units are not numbers here.
 *
 * @param text - one trimmed cell
 */
export function toNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

/**
 * Smallest and largest of a non-empty list (spreading 100k values into
 * Math.min would overflow the stack).
 *
 * @param numbers - at least one number
 */
export function range(numbers: readonly number[]): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (const n of numbers) [min, max] = [Math.min(min, n), Math.max(max, n)];
  return [min, max];
}

function inferNumeric(header: string, numbers: readonly number[]): QuestionType {
  const integers = numbers.every(Number.isInteger);
  const [min, max] = range(numbers);
  if (integers && min >= 0 && max <= 10) {
    // A 1-5 "would you recommend" item is a rating; 0 or 8-10 only fit the NPS scale.
    const recommend = /recommend/i.test(header) && (min === 0 || max > 7);
    if (recommend || (min === 0 && max === 10)) return 'NPS';
  }
  if (integers && min >= 1 && max <= 7 && max > 1) return 'RATING';
  return 'NUMBER';
}

/** A ";" or ", " split when the column reads as a multi-select joined with it. */
function* multiSelect(header: string, values: readonly string[]): Steps<Inference | undefined> {
  for (const delimiter of [';', ', ']) {
    if (!values.some((v) => v.includes(delimiter))) continue;
    const split = yield* splitChoicesSteps(values, delimiter);
    const several = split.cells.filter((c) => c.length > 1).length;
    const enough = asksForSeveral(header)
      ? several >= 2
      : several >= Math.max(2, MIN_SHARE_WITH_SEVERAL * values.length);
    if (!enough) continue;
    const common = commonChoices(split, MAX_INFERRED_OPTIONS);
    if (common.options.length >= 2 && common.coverage >= MIN_CHOICE_COVERAGE) {
      return { type: 'MULTIPLE_CHOICE', delimiter, split };
    }
  }
  return undefined;
}

/** Whether so few distinct answers repeat that they read as options. */
function isFewDistinct(values: readonly string[]): boolean {
  const distinct = new Set(values).size;
  if (distinct < 2) return false;
  return (
    (distinct <= 12 && distinct <= values.length / 2) || (distinct <= 20 && values.length >= 200)
  );
}

/**
 * Infers the question type of one column.
 *
 * @param header - the column's header (hints: "recommend", "check all that apply")
 * @param values - its answered cells, trimmed; at least one
 */
export function inferColumn(header: string, values: readonly string[]): Inference {
  return runToEnd(inferColumnSteps(header, values));
}

/** {@link inferColumn} as cooperative steps: a large column's choice split yields now and then. */
export function* inferColumnSteps(header: string, values: readonly string[]): Steps<Inference> {
  const numbers = values.map(toNumber);
  if (numbers.every((n) => n !== null)) return { type: inferNumeric(header, numbers as number[]) };
  if (values.every((v) => isEmail(v))) return { type: 'EMAIL' };
  if (values.every((v) => parseCalendarDate(v) !== null)) return { type: 'DATE' };
  const multiple = yield* multiSelect(header, values);
  if (multiple) return multiple;
  if (isFewDistinct(values)) return { type: 'SINGLE_CHOICE' };
  const [, longest] = range(values.map((v) => v.length));
  const average = values.reduce((sum, v) => sum + v.length, 0) / values.length;
  const long =
    average > LONG_TEXT_AVERAGE || longest > LONG_TEXT_ANY || longest > SHORT_TEXT_MAX_LENGTH;
  return { type: long ? 'LONG_TEXT' : 'SHORT_TEXT' };
}
