/**
 * The source text of a survey answer, as the contract's `Evidence` type
 * defines it: highlights and persona quotes store offsets into this string,
 * so it must be computed the same way everywhere.
 */
import type { Question } from './types';
import { isPlainObject } from './values';

/**
 * Whether answers to this question are private (EMAIL): they are never shown
 * as evidence, coded, quoted or sent to a language model.
 *
 * @param q - the question (only its type is read)
 */
export function isPrivateQuestion(q: Pick<Question, 'type'>): boolean {
  return q.type === 'EMAIL';
}

/**
 * The text an answer stands for:
 * - text questions: the text as written (untrimmed, so offsets line up);
 * - single choice, dropdown, multiple choice, ranking: the chosen options'
 *   labels joined by ", " in the order the answer lists them;
 * - number, rating, Likert, NPS: `String(value)`; date: the date string;
 * - matrix: "Row: Column" pairs in the question's row order, joined by "; ";
 * - email (private) and anything unanswered or malformed: "".
 *
 * Unknown choice or row ids are left out rather than shown as raw ids.
 *
 * @param question - the question answered
 * @param value - the stored answer value
 */
export function answerText(
  question: Pick<Question, 'type' | 'options' | 'rows'>,
  value: unknown,
): string {
  const label = (id: unknown) => question.options?.find((o) => o.id === id)?.label;
  switch (question.type) {
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
    case 'DATE':
      return typeof value === 'string' ? value : '';
    case 'SINGLE_CHOICE':
    case 'DROPDOWN':
      return label(value) ?? '';
    case 'MULTIPLE_CHOICE':
    case 'RANKING':
      if (!Array.isArray(value)) return '';
      return value
        .map(label)
        .filter((l): l is string => l !== undefined)
        .join(', ');
    case 'RATING':
    case 'LIKERT':
    case 'NPS':
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    case 'MATRIX': {
      if (!isPlainObject(value)) return '';
      // Row order, not key order: JSONB storage does not keep an object's key order.
      return (question.rows ?? [])
        .filter((row) => Object.prototype.hasOwnProperty.call(value, row.id))
        .map((row) => [row.label, label(value[row.id])] as const)
        .filter(([, column]) => column !== undefined)
        .map(([row, column]) => `${row}: ${column}`)
        .join('; ');
    }
    case 'EMAIL':
      return '';
  }
}
