/** Display logic in plain words, for the survey builder. */
import { CHOICE_TYPES, CONDITION_OPERATOR_LABELS } from './types';
import type { Condition, Question } from './types';

/** The least `describeCondition` needs to know about a question. */
export type DescribableQuestion = Pick<Question, 'id' | 'title' | 'type' | 'options'>;

/** A choice id reads as its label; other values as written (strings quoted). */
function describeValue(value: unknown, source: DescribableQuestion | undefined): string {
  if (source && CHOICE_TYPES.includes(source.type)) {
    const option = source.options?.find((o) => o.id === value);
    if (option) return `"${option.label}"`;
  }
  if (typeof value === 'string') return `"${value}"`;
  if (value === undefined) return 'nothing';
  return JSON.stringify(value) ?? String(value);
}

/** The operator's words, adjusted so they say what the evaluator actually does. */
function operatorWords(condition: Condition, source: DescribableQuestion | undefined): string {
  const type = source?.type;
  const op = condition.operator;
  // On a list answer EQUALS/NOT_EQUALS test membership (see evaluateCondition).
  if (type === 'MULTIPLE_CHOICE' && op === 'EQUALS') return 'includes';
  if (type === 'MULTIPLE_CHOICE' && op === 'NOT_EQUALS') return 'does not include';
  if ((type === 'SHORT_TEXT' || type === 'LONG_TEXT' || type === 'EMAIL') && op === 'INCLUDES') {
    return 'contains';
  }
  if (type === 'DATE' && op === 'GREATER_THAN') return 'is after';
  if (type === 'DATE' && op === 'LESS_THAN') return 'is before';
  return CONDITION_OPERATOR_LABELS[op];
}

/**
 * A condition as a sentence, e.g. `Show if "How did you hear about us?" is "Friend"`.
 * Choice ids are shown as their labels; a missing source question is named as such.
 *
 * @param condition - a question's `showIf`
 * @param questions - the survey's questions (to find titles and option labels)
 */
export function describeCondition(
  condition: Condition,
  questions: readonly DescribableQuestion[],
): string {
  const source = questions.find((q) => q.id === condition.questionId);
  const subject = source
    ? `"${source.title.trim() || source.id}"`
    : `a deleted question (${condition.questionId})`;
  const words = operatorWords(condition, source);
  if (condition.operator === 'ANSWERED' || condition.operator === 'NOT_ANSWERED') {
    return `Show if ${subject} ${words}`;
  }
  return `Show if ${subject} ${words} ${describeValue(condition.value, source)}`;
}
