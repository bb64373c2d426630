import {
  CHOICE_TYPES,
  NUMERIC_TYPES,
  operatorsFor,
  scaleBounds,
  type Condition,
  type ConditionOperator,
} from '@persona-lab/survey-logic';
import type { DraftQuestion } from './draft';

/** Operators that look at presence only and take no value. */
export const PRESENCE_OPERATORS: readonly ConditionOperator[] = ['ANSWERED', 'NOT_ANSWERED'];

/** What kind of value input a condition on `q` with `operator` needs. */
export function valueKind(
  q: Pick<DraftQuestion, 'type'>,
  operator: ConditionOperator,
): 'none' | 'choice' | 'number' | 'date' | 'text' {
  if (PRESENCE_OPERATORS.includes(operator)) return 'none';
  if (CHOICE_TYPES.includes(q.type)) return 'choice';
  if (NUMERIC_TYPES.includes(q.type)) return 'number';
  return q.type === 'DATE' ? 'date' : 'text';
}

/** A value that fits `operator` on `q`, keeping `current` when it still does. */
export function fittingValue(
  q: DraftQuestion,
  operator: ConditionOperator,
  current: unknown,
): unknown {
  switch (valueKind(q, operator)) {
    case 'none':
      return undefined;
    case 'choice': {
      const options = q.options ?? [];
      return options.some((o) => o.id === current) ? current : options[0]?.id;
    }
    case 'number':
      return typeof current === 'number' ? current : (scaleBounds(q)?.min ?? q.min ?? 0);
    case 'date':
      return typeof current === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(current)
        ? current
        : new Date().toISOString().slice(0, 10);
    case 'text':
      return typeof current === 'string' ? current : '';
  }
}

/** A first condition on `q`: its first operator with a fitting value. */
export function defaultCondition(q: DraftQuestion): Condition {
  const operator = operatorsFor(q.type)[0];
  return { questionId: q.id, operator, value: fittingValue(q, operator, undefined) };
}
