import { describe, expect, it } from 'vitest';
import { evaluateCondition, operatorsFor, visibleQuestions } from './show-if';
import type { Condition, ConditionOperator } from './types';
import { CONDITION_OPERATORS } from './types';
import { options, question } from '../test/test-helpers';

const cond = (operator: ConditionOperator, value?: unknown): Condition => ({
  questionId: 'src',
  operator,
  value,
});

describe('evaluateCondition', () => {
  it.each([
    // [operator, condition value, answer, expected]
    ['EQUALS', 'a', 'a', true],
    ['EQUALS', 'a', 'b', false],
    ['EQUALS', 3, 3, true],
    ['EQUALS', 3, 4, false],
    ['EQUALS', 'a', ['b', 'a'], true],
    ['EQUALS', 'a', ['b', 'c'], false],
    ['EQUALS', 3, '3', false],
    ['NOT_EQUALS', 'a', 'b', true],
    ['NOT_EQUALS', 'a', 'a', false],
    ['NOT_EQUALS', 'a', ['b', 'c'], true],
    ['NOT_EQUALS', 'a', ['a', 'c'], false],
    ['INCLUDES', 'b', ['a', 'b'], true],
    ['INCLUDES', 'z', ['a', 'b'], false],
    ['INCLUDES', 'PRICE', 'The price was too high', true],
    ['INCLUDES', 'cost', 'The price was too high', false],
    ['INCLUDES', 3, 'I have 3 kids', false],
    ['GREATER_THAN', 7, 8, true],
    ['GREATER_THAN', 7, 7, false],
    ['GREATER_THAN', 7, 6, false],
    ['GREATER_THAN', '2024-01-31', '2024-02-01', true],
    ['GREATER_THAN', '2024-01-31', '2024-01-31', false],
    ['GREATER_THAN', 7, 'eight', false],
    ['LESS_THAN', 7, 6, true],
    ['LESS_THAN', 7, 7, false],
    ['LESS_THAN', 7, 8, false],
    ['LESS_THAN', '2024-01-31', '2023-12-31', true],
    ['LESS_THAN', '2024-01-31', '2024-03-01', false],
    ['LESS_THAN', '2024-01-31', 5, false],
    ['ANSWERED', undefined, 'x', true],
    ['ANSWERED', undefined, 0, true],
    ['ANSWERED', undefined, ['a'], true],
    ['ANSWERED', undefined, { r1: 'c1' }, true],
    ['NOT_ANSWERED', undefined, 'x', false],
    ['NOT_ANSWERED', undefined, 0, false],
  ] as const)('%s %j on answer %j → %s', (operator, value, answer, expected) => {
    expect(evaluateCondition(cond(operator, value), answer)).toBe(expected);
  });

  const unanswered = [undefined, null, '', '   ', [], {}];
  it.each(CONDITION_OPERATORS.filter((op) => op !== 'NOT_ANSWERED'))(
    '%s is false for every unanswered value',
    (operator) => {
      for (const answer of unanswered) {
        expect(evaluateCondition(cond(operator, 'a'), answer)).toBe(false);
      }
    },
  );

  it('NOT_ANSWERED is true for every unanswered value', () => {
    for (const answer of unanswered) {
      expect(evaluateCondition(cond('NOT_ANSWERED'), answer)).toBe(true);
    }
  });
});

describe('operatorsFor', () => {
  it('offers ordering only for numeric and date questions', () => {
    expect(operatorsFor('RATING')).toContain('GREATER_THAN');
    expect(operatorsFor('DATE')).toContain('LESS_THAN');
    expect(operatorsFor('SINGLE_CHOICE')).not.toContain('GREATER_THAN');
    expect(operatorsFor('SHORT_TEXT')).not.toContain('LESS_THAN');
  });

  it('offers INCLUDES for lists and text but not single choice or numbers', () => {
    expect(operatorsFor('MULTIPLE_CHOICE')).toContain('INCLUDES');
    expect(operatorsFor('RANKING')).toContain('INCLUDES');
    expect(operatorsFor('LONG_TEXT')).toContain('INCLUDES');
    expect(operatorsFor('DROPDOWN')).not.toContain('INCLUDES');
    expect(operatorsFor('NUMBER')).not.toContain('INCLUDES');
  });

  it('limits a matrix to presence checks', () => {
    expect(operatorsFor('MATRIX')).toEqual(['ANSWERED', 'NOT_ANSWERED']);
  });
});

describe('visibleQuestions', () => {
  const source = question('SINGLE_CHOICE', { id: 'src', options: options('Yes', 'No') });
  const followUp = question('SHORT_TEXT', {
    id: 'why',
    showIf: { questionId: 'src', operator: 'EQUALS', value: 'yes' },
  });
  const deeper = question('SHORT_TEXT', {
    id: 'deeper',
    showIf: { questionId: 'why', operator: 'NOT_ANSWERED' },
  });
  const always = question('NUMBER', { id: 'always' });
  const definition = { questions: [source, followUp, deeper, always] };
  const ids = (answers: Record<string, unknown>) =>
    visibleQuestions(definition, answers).map((q) => q.id);

  it('shows a follow-up when its condition holds, in definition order', () => {
    expect(ids({ src: 'yes' })).toEqual(['src', 'why', 'deeper', 'always']);
  });

  it('hides a follow-up when its condition fails', () => {
    expect(ids({ src: 'no' })).toEqual(['src', 'always']);
  });

  it('hides a question whose condition depends on a hidden question, even NOT_ANSWERED', () => {
    // "deeper" would hold (why is not answered) but "why" is hidden.
    expect(ids({ src: 'no', why: '' })).not.toContain('deeper');
  });

  it('ignores stale answers to hidden questions', () => {
    const dependsOnWhy = question('SHORT_TEXT', {
      id: 'x',
      showIf: { questionId: 'why', operator: 'ANSWERED' },
    });
    const d = { questions: [source, followUp, dependsOnWhy] };
    expect(visibleQuestions(d, { src: 'no', why: 'left over' }).map((q) => q.id)).toEqual(['src']);
    expect(visibleQuestions(d, { src: 'yes', why: 'left over' }).map((q) => q.id)).toEqual([
      'src',
      'why',
      'x',
    ]);
  });

  it('hides a question whose condition points forward or nowhere', () => {
    const forward = question('SHORT_TEXT', {
      id: 'f',
      showIf: { questionId: 'later', operator: 'NOT_ANSWERED' },
    });
    const later = question('SHORT_TEXT', { id: 'later' });
    const missing = question('SHORT_TEXT', {
      id: 'm',
      showIf: { questionId: 'ghost', operator: 'NOT_ANSWERED' },
    });
    const d = { questions: [forward, later, missing] };
    expect(visibleQuestions(d, {}).map((q) => q.id)).toEqual(['later']);
  });

  it('does not read answers from Object.prototype', () => {
    const ctor = question('SHORT_TEXT', { id: 'constructor' });
    const dependent = question('SHORT_TEXT', {
      id: 'd',
      showIf: { questionId: 'constructor', operator: 'ANSWERED' },
    });
    expect(visibleQuestions({ questions: [ctor, dependent] }, {}).map((q) => q.id)).toEqual([
      'constructor',
    ]);
  });
});
