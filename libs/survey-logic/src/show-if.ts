/**
 * Display logic (`showIf`): which operators fit which question, how a
 * condition is evaluated, and which questions a respondent sees.
 */
import type { Condition, ConditionOperator, Question, QuestionType } from './types';
import { isAnswered, isFiniteNumber, isIsoDate, ownValue } from './values';

const PRESENCE: readonly ConditionOperator[] = ['ANSWERED', 'NOT_ANSWERED'];
const ORDERED: readonly ConditionOperator[] = ['EQUALS', 'NOT_EQUALS', 'GREATER_THAN', 'LESS_THAN'];

const OPERATORS_BY_TYPE: Record<QuestionType, readonly ConditionOperator[]> = {
  SHORT_TEXT: ['EQUALS', 'NOT_EQUALS', 'INCLUDES', ...PRESENCE],
  LONG_TEXT: ['EQUALS', 'NOT_EQUALS', 'INCLUDES', ...PRESENCE],
  // Logic on an email (e.g. "includes @acme.com") stays inside the response, so it leaks nothing.
  EMAIL: ['EQUALS', 'NOT_EQUALS', 'INCLUDES', ...PRESENCE],
  SINGLE_CHOICE: ['EQUALS', 'NOT_EQUALS', ...PRESENCE],
  DROPDOWN: ['EQUALS', 'NOT_EQUALS', ...PRESENCE],
  MULTIPLE_CHOICE: ['EQUALS', 'NOT_EQUALS', 'INCLUDES', ...PRESENCE],
  RANKING: ['INCLUDES', ...PRESENCE],
  RATING: [...ORDERED, ...PRESENCE],
  LIKERT: [...ORDERED, ...PRESENCE],
  NPS: [...ORDERED, ...PRESENCE],
  NUMBER: [...ORDERED, ...PRESENCE],
  DATE: [...ORDERED, ...PRESENCE],
  // A matrix answer is a map of rows; only its presence is a meaningful condition.
  MATRIX: PRESENCE,
};

/**
 * The operators a `showIf` may use when it depends on a question of `type`
 * (the builder UI offers exactly these).
 *
 * @param type - the type of the question the condition looks at
 */
export function operatorsFor(type: QuestionType): readonly ConditionOperator[] {
  return OPERATORS_BY_TYPE[type];
}

/** Whether two answer values are the same, or (for arrays) the array holds the value. */
function matches(answer: unknown, value: unknown): boolean {
  if (Array.isArray(answer)) return answer.includes(value);
  return answer === value;
}

/** Numbers compare as numbers and `YYYY-MM-DD` dates as strings; anything else cannot be ordered. */
function compare(answer: unknown, value: unknown): number | null {
  if (isFiniteNumber(answer) && isFiniteNumber(value)) return answer - value;
  if (isIsoDate(answer) && isIsoDate(value)) return answer < value ? -1 : answer > value ? 1 : 0;
  return null;
}

/**
 * Whether `condition` holds for the answer given to the question it names.
 *
 * An unanswered source (see `isAnswered`) makes every operator false except
 * NOT_ANSWERED, including NOT_EQUALS. On arrays (multiple choice, ranking)
 * EQUALS and INCLUDES mean "contains" and NOT_EQUALS "does not contain";
 * on strings INCLUDES is a case-insensitive substring test.
 *
 * @param condition - the `showIf` of a question
 * @param answerValue - the answer to `condition.questionId`, or undefined
 */
export function evaluateCondition(condition: Condition, answerValue: unknown): boolean {
  const answered = isAnswered(answerValue);
  if (condition.operator === 'NOT_ANSWERED') return !answered;
  if (!answered) return false;
  const { value } = condition;
  switch (condition.operator) {
    case 'ANSWERED':
      return true;
    case 'EQUALS':
      return matches(answerValue, value);
    case 'NOT_EQUALS':
      return !matches(answerValue, value);
    case 'INCLUDES':
      if (Array.isArray(answerValue)) return answerValue.includes(value);
      if (typeof answerValue === 'string' && typeof value === 'string') {
        return answerValue.toLowerCase().includes(value.toLowerCase());
      }
      return false;
    case 'GREATER_THAN': {
      const order = compare(answerValue, value);
      return order !== null && order > 0;
    }
    case 'LESS_THAN': {
      const order = compare(answerValue, value);
      return order !== null && order < 0;
    }
  }
}

/** The least a question needs to carry for display logic. */
export type LogicQuestion = Pick<Question, 'id' | 'showIf'>;

/**
 * The questions a respondent sees for the answers so far, in order. A
 * question whose condition names a hidden, later or unknown question is
 * hidden, so answers left behind on hidden questions never reveal anything.
 *
 * @param definition - the survey's questions in display order
 * @param answers - answer values keyed by question id
 */
export function visibleQuestions<Q extends LogicQuestion>(
  definition: { questions: readonly Q[] },
  answers: Readonly<Record<string, unknown>>,
): Q[] {
  const visible = new Set<string>();
  const shown: Q[] = [];
  for (const question of definition.questions) {
    const condition = question.showIf;
    const show =
      !condition ||
      (visible.has(condition.questionId) &&
        evaluateCondition(condition, ownValue(answers, condition.questionId)));
    if (show) {
      visible.add(question.id);
      shown.push(question);
    }
  }
  return shown;
}
