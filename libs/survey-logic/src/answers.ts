/**
 * Answer validation, shared by the respondent form (live feedback) and the API
 * (the final word), so both accept exactly the same answers.
 */
import { MAX_EMAIL_LENGTH, scaleBounds, textLengthBounds } from './bounds';
import { visibleQuestions } from './show-if';
import type { AnswerError, AnswerInput, Choice, Question, SurveyDefinition } from './types';
import { isAnswered, isFiniteNumber, isIsoDate, isPlainObject } from './values';

/** Message for a required question left empty. */
export const REQUIRED_MESSAGE = 'This question needs an answer.';
/** Message for an answer to a question that display logic hides. */
export const HIDDEN_MESSAGE =
  "This question is hidden by the survey's logic, so it cannot be answered.";

// WHATWG's <input type=email> pattern, but the domain must contain a dot.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/**
 * Whether `value` is a plausible email address: one `@`, a dotted domain,
 * at most 254 characters, a local part of at most 64 without stray dots.
 *
 * @param value - any value
 */
export function isEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_EMAIL_LENGTH || !EMAIL.test(value)) {
    return false;
  }
  const local = value.slice(0, value.lastIndexOf('@'));
  return (
    local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ids = (list: readonly Choice[] | null | undefined) => new Set((list ?? []).map((c) => c.id));

function checkText(q: Question, value: unknown): string | null {
  if (typeof value !== 'string') return 'Enter your answer as text.';
  const { min, max } = textLengthBounds(q)!;
  // Leading/trailing spaces must not satisfy a minimum; the stored text keeps them for the cap.
  if (value.trim().length < min) return `Enter at least ${plural(min, 'character')}.`;
  if (value.length > max) return `Keep your answer to ${plural(max, 'character')} or fewer.`;
  return null;
}

function checkMultiple(q: Question, value: unknown): string | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    return 'Choose from the listed options.';
  }
  const known = ids(q.options);
  if (!value.every((v) => known.has(v))) return 'Choose only from the listed options.';
  if (new Set(value).size !== value.length) return 'Choose each option only once.';
  if (q.min != null && value.length < q.min) return `Choose at least ${plural(q.min, 'option')}.`;
  if (q.max != null && value.length > q.max) return `Choose at most ${plural(q.max, 'option')}.`;
  return null;
}

function checkNumber(q: Question, value: unknown): string | null {
  if (!isFiniteNumber(value)) return 'Enter a number.';
  const { min, max } = q;
  if (min != null && max != null && (value < min || value > max)) {
    return `Enter a number from ${min} to ${max}.`;
  }
  if (min != null && value < min) return `Enter a number of at least ${min}.`;
  if (max != null && value > max) return `Enter a number of at most ${max}.`;
  return null;
}

function checkRanking(q: Question, value: unknown): string | null {
  const known = ids(q.options);
  const ok =
    Array.isArray(value) &&
    value.length === known.size &&
    new Set(value).size === value.length &&
    value.every((v) => typeof v === 'string' && known.has(v));
  return ok ? null : 'Rank every option exactly once.';
}

function checkMatrix(q: Question, value: unknown): string | null {
  if (!isPlainObject(value)) return 'Choose one column for each row.';
  const rows = ids(q.rows);
  const columns = ids(q.options);
  const entries = Object.entries(value);
  if (!entries.every(([row]) => rows.has(row)))
    return 'Answer only the rows listed in the question.';
  if (!entries.every(([, col]) => typeof col === 'string' && columns.has(col))) {
    return 'Choose one of the listed columns for each row.';
  }
  if (q.required && entries.length < rows.size) return 'Choose a column for every row.';
  return null;
}

/**
 * Checks one answer against its question.
 *
 * An unanswered value (see `isAnswered`) is valid unless the question is
 * required. Values are never coerced: a rating must be a JSON number, not "4".
 *
 * @param question - the question as defined (after `validateDefinition`)
 * @param value - the answer value as sent by the form
 * @returns null when valid, otherwise a sentence for the respondent
 */
export function validateAnswer(question: Question, value: unknown): string | null {
  if (!isAnswered(value)) return question.required ? REQUIRED_MESSAGE : null;
  switch (question.type) {
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return checkText(question, value);
    case 'SINGLE_CHOICE':
    case 'DROPDOWN':
      return typeof value === 'string' && ids(question.options).has(value)
        ? null
        : 'Choose one of the listed options.';
    case 'MULTIPLE_CHOICE':
      return checkMultiple(question, value);
    case 'RATING':
    case 'LIKERT':
    case 'NPS': {
      const { min, max } = scaleBounds(question)!;
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? null
        : `Choose a whole number from ${min} to ${max}.`;
    }
    case 'NUMBER':
      return checkNumber(question, value);
    case 'DATE':
      return isIsoDate(value) ? null : 'Enter a real date as YYYY-MM-DD.';
    case 'EMAIL':
      return isEmail(value) ? null : 'Enter a valid email address, such as name@example.com.';
    case 'RANKING':
      return checkRanking(question, value);
    case 'MATRIX':
      return checkMatrix(question, value);
  }
}

/** The result of `validateResponse`. */
export type ResponseResult =
  { ok: true; answers: Record<string, unknown> } | { ok: false; errors: AnswerError[] };

/**
 * Checks a whole submission: unknown and repeated question ids, answers to
 * questions hidden by display logic, every value, and (when `complete`) that
 * every visible required question is answered. A partial save
 * (`complete: false`) may leave required questions empty, but what it does
 * send must be valid.
 *
 * @param definition - the survey version being answered
 * @param answers - the answers as sent (`AnswerInput[]`)
 * @param options - `complete`: whether this submission finishes the response
 * @returns the answered values keyed by question id (unanswered ones dropped),
 *   or one error per offending question in survey order
 */
export function validateResponse(
  definition: SurveyDefinition,
  answers: readonly AnswerInput[],
  options: { complete: boolean },
): ResponseResult {
  const position = new Map(definition.questions.map((q, i) => [q.id, i]));
  const errors: AnswerError[] = [];
  const given = new Map<string, unknown>();
  const repeated = new Set<string>();

  for (const { questionId, value } of answers) {
    if (!position.has(questionId)) {
      errors.push({ questionId, message: 'This question is not part of the survey.' });
    } else if (given.has(questionId)) {
      if (!repeated.has(questionId)) {
        errors.push({ questionId, message: 'This question was answered more than once.' });
      }
      repeated.add(questionId);
    } else {
      given.set(questionId, value);
    }
  }

  // fromEntries defines own properties, so an id like "__proto__" stays a plain key.
  const answered = Object.fromEntries([...given].filter(([, value]) => isAnswered(value)));
  const visible = new Set(visibleQuestions(definition, answered).map((q) => q.id));

  for (const question of definition.questions) {
    const value = given.get(question.id);
    if (isAnswered(value)) {
      const message = visible.has(question.id) ? validateAnswer(question, value) : HIDDEN_MESSAGE;
      if (message) errors.push({ questionId: question.id, message });
    } else if (options.complete && question.required && visible.has(question.id)) {
      errors.push({ questionId: question.id, message: REQUIRED_MESSAGE });
    }
  }

  if (errors.length > 0) {
    // Survey order reads naturally in a form; ids the survey doesn't know go last.
    const rank = (e: AnswerError) => position.get(e.questionId) ?? Number.MAX_SAFE_INTEGER;
    return { ok: false, errors: errors.sort((a, b) => rank(a) - rank(b)) };
  }
  const result = Object.fromEntries(
    definition.questions
      .filter((q) => Object.prototype.hasOwnProperty.call(answered, q.id))
      .map((q) => [q.id, answered[q.id]]),
  );
  return { ok: true, answers: result };
}
