import { describe, expect, it } from 'vitest';
import { validateDefinition } from './definition';
import { options } from '../test/test-helpers';

describe('validateDefinition: showIf', () => {
  const color = {
    id: 'color',
    title: 'Favourite colour?',
    type: 'SINGLE_CHOICE' as const,
    options: options('Red', 'Blue'),
  };
  const check = (source: object, showIf: object) =>
    validateDefinition({
      questions: [source, { id: 'next', title: 'Next', type: 'SHORT_TEXT', showIf }],
    });
  const issue = (source: object, showIf: object) => {
    const result = check(source, showIf);
    return result.ok ? null : result.issues.map((i) => i.message);
  };

  it('accepts a condition on an earlier question', () => {
    expect(check(color, { questionId: 'color', operator: 'EQUALS', value: 'red' }).ok).toBe(true);
  });

  it('must reference an existing, earlier question other than itself', () => {
    expect(issue(color, { questionId: 'nope', operator: 'ANSWERED' })).toEqual([
      'Question 2 ("Next") depends on a question that does not exist ("nope"); pick an earlier question.',
    ]);
    expect(issue(color, { questionId: 'next', operator: 'ANSWERED' })).toEqual([
      'Question 2 ("Next") cannot depend on itself; pick an earlier question.',
    ]);
    const result = validateDefinition({
      questions: [
        {
          id: 'first',
          title: 'First',
          type: 'SHORT_TEXT',
          showIf: { questionId: 'second', operator: 'ANSWERED' },
        },
        { id: 'second', title: 'Second', type: 'SHORT_TEXT' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          questionId: 'first',
          message:
            'Question 1 ("First") depends on "Second", which comes after it; a condition can only look at an earlier question.',
        },
      ],
    });
  });

  it.each([
    // [source type, extra, operator, value]
    ['SINGLE_CHOICE', { options: options('Red', 'Blue') }, 'GREATER_THAN', 'red'],
    ['DROPDOWN', { options: options('Red', 'Blue') }, 'INCLUDES', 'red'],
    ['RANKING', { options: options('Red', 'Blue') }, 'EQUALS', 'red'],
    ['SHORT_TEXT', {}, 'LESS_THAN', 'm'],
    ['MATRIX', { rows: options('R'), options: options('Red', 'Blue') }, 'EQUALS', 'red'],
    ['NUMBER', {}, 'INCLUDES', 3],
  ])('rejects %s with %s', (type, extra, operator, value) => {
    const messages = issue(
      { id: 's', title: 'Src', type, ...extra },
      { questionId: 's', operator, value },
    );
    expect(messages).toHaveLength(1);
    expect(messages![0]).toMatch(
      /^Question 2 \("Next"\): "Src" is a .* question, so its condition cannot use "/,
    );
  });

  it.each([
    ['SINGLE_CHOICE', { options: options('Red', 'Blue') }, 'EQUALS', 'red'],
    ['MULTIPLE_CHOICE', { options: options('Red', 'Blue') }, 'NOT_EQUALS', 'blue'],
    ['MULTIPLE_CHOICE', { options: options('Red', 'Blue') }, 'INCLUDES', 'blue'],
    ['RANKING', { options: options('Red', 'Blue') }, 'INCLUDES', 'blue'],
    ['LONG_TEXT', {}, 'INCLUDES', 'price'],
    ['EMAIL', {}, 'INCLUDES', '@acme.com'],
    ['RATING', {}, 'GREATER_THAN', 3],
    ['LIKERT', {}, 'LESS_THAN', 2],
    ['NPS', {}, 'EQUALS', 10],
    ['NUMBER', {}, 'NOT_EQUALS', 0],
    ['DATE', {}, 'GREATER_THAN', '2024-01-01'],
    ['MATRIX', { rows: options('R'), options: options('Red', 'Blue') }, 'ANSWERED', undefined],
    ['SHORT_TEXT', {}, 'NOT_ANSWERED', null],
  ])('accepts %s with %s %j', (type, extra, operator, value) => {
    expect(
      check({ id: 's', title: 'Src', type, ...extra }, { questionId: 's', operator, value }).ok,
    ).toBe(true);
  });

  it.each([
    [
      color,
      'EQUALS',
      'green',
      'the condition must name one of the options of "Favourite colour?".',
    ],
    [
      color,
      'NOT_EQUALS',
      undefined,
      'the condition must name one of the options of "Favourite colour?".',
    ],
    [
      { id: 's', title: 'S', type: 'RATING' },
      'GREATER_THAN',
      '3',
      'the condition needs a number to compare with.',
    ],
    [
      { id: 's', title: 'S', type: 'NUMBER' },
      'EQUALS',
      undefined,
      'the condition needs a number to compare with.',
    ],
    [
      { id: 's', title: 'S', type: 'DATE' },
      'LESS_THAN',
      '2024-02-30',
      'the condition needs a date written as YYYY-MM-DD.',
    ],
    [
      { id: 's', title: 'S', type: 'SHORT_TEXT' },
      'INCLUDES',
      ' ',
      'the condition needs some text to compare with.',
    ],
    [
      { id: 's', title: 'S', type: 'SHORT_TEXT' },
      'ANSWERED',
      'yes',
      'a "is answered" condition takes no value; remove it.',
    ],
    [
      { id: 's', title: 'S', type: 'SHORT_TEXT' },
      'NOT_ANSWERED',
      0,
      'a "is not answered" condition takes no value; remove it.',
    ],
  ])('checks the value: %j %s %j', (source, operator, value, message) => {
    expect(issue(source, { questionId: (source as { id: string }).id, operator, value })).toEqual([
      `Question 2 ("Next"): ${message}`,
    ]);
  });
});
