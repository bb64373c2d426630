import { describe, expect, it } from 'vitest';
import { scaleBounds, textLengthBounds, validateDefinition } from './definition';
import type { QuestionInput } from './types';
import { options } from '../test/test-helpers';

const yesNo = options('Yes', 'No');

/** Issues of a definition expected to be invalid. */
function issuesOf(questions: unknown) {
  const result = validateDefinition({ questions });
  if (result.ok) throw new Error('expected the definition to be invalid');
  return result.issues;
}

/** Messages of a one-question-plus-extras definition. */
const messages = (questions: Partial<QuestionInput>[]) =>
  issuesOf(questions.map((q, i) => ({ id: `q${i + 1}`, title: `T${i + 1}`, ...q }))).map(
    (i) => i.message,
  );

describe('validateDefinition: shape and defaults', () => {
  it('accepts a valid definition and fills in defaults', () => {
    const result = validateDefinition({
      questions: [
        { id: 'a', type: 'RATING', title: 'Rate us' },
        { id: 'b', type: 'NPS', title: 'Recommend?', required: true, personaField: 'BEHAVIOR' },
        { id: 'c', type: 'SHORT_TEXT', title: 'Name', required: null, personaField: null },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b, c] = result.definition.questions;
    expect(a).toMatchObject({ required: false, personaField: 'NONE', min: 1, max: 5 });
    expect(b).toMatchObject({ required: true, personaField: 'BEHAVIOR', min: 0, max: 10 });
    expect(c).toMatchObject({ required: false, personaField: 'NONE' });
    expect(c.min).toBeUndefined();
  });

  it('strips fields the contract does not know, like __typename', () => {
    const result = validateDefinition({
      questions: [{ id: 'a', type: 'SHORT_TEXT', title: 'Name', __typename: 'Question' }],
    });
    expect(result.ok && result.definition.questions[0]).not.toHaveProperty('__typename');
  });

  it('rejects something that is not a definition', () => {
    expect(validateDefinition('nope')).toEqual({
      ok: false,
      issues: [{ message: 'The survey definition must be an object with a list of questions.' }],
    });
    expect(validateDefinition({})).toEqual({
      ok: false,
      issues: [{ message: 'The survey needs a list of questions.' }],
    });
  });

  it('names the question and field when a question has the wrong shape', () => {
    expect(issuesOf([{ id: 'a', type: 'ESSAY', title: 'x' }])).toEqual([
      {
        questionId: 'a',
        message: expect.stringMatching(/^Question 1: The question type must be one of SHORT_TEXT/),
      },
    ]);
    expect(issuesOf([{ id: 'a', type: 'NUMBER', title: 'x', min: 1.5 }])).toEqual([
      { questionId: 'a', message: 'Question 1: The minimum must be a whole number.' },
    ]);
    expect(issuesOf([{ type: 'NUMBER', title: 'x' }])).toEqual([
      { message: 'Question 1: Every question needs an id.' },
    ]);
  });

  it('requires at least one question', () => {
    expect(issuesOf([])).toEqual([{ message: 'Add at least one question to the survey.' }]);
  });
});

describe('validateDefinition: ids and titles', () => {
  it('requires unique, non-empty ids and reports a repeated id once', () => {
    const issues = issuesOf([
      { id: 'a', type: 'SHORT_TEXT', title: 'One' },
      { id: 'a', type: 'SHORT_TEXT', title: 'Two' },
      { id: 'a', type: 'SHORT_TEXT', title: 'Three' },
      { id: '  ', type: 'SHORT_TEXT', title: 'Four' },
    ]);
    expect(issues).toEqual([
      {
        questionId: 'a',
        message: 'The id "a" is used by more than one question; give each question its own id.',
      },
      { message: 'Question 4 ("Four") needs an id.' },
    ]);
  });

  it('requires a title', () => {
    expect(issuesOf([{ id: 'a', type: 'DATE', title: '  ' }])).toEqual([
      { questionId: 'a', message: 'Question 1 needs a title.' },
    ]);
  });
});

describe('validateDefinition: options, rows and columns', () => {
  it.each(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DROPDOWN', 'RANKING'] as const)(
    '%s needs at least two options',
    (type) => {
      expect(messages([{ type, options: options('Only') }])).toEqual([
        'Question 1 ("T1") needs at least two options to choose from.',
      ]);
      expect(messages([{ type }])).toEqual([
        'Question 1 ("T1") needs at least two options to choose from.',
      ]);
    },
  );

  it('requires unique option ids and non-empty labels', () => {
    expect(
      messages([
        {
          type: 'SINGLE_CHOICE',
          options: [
            { id: 'x', label: 'X' },
            { id: 'x', label: 'Y' },
            { id: '', label: 'Z' },
            { id: 'w', label: ' ' },
          ],
        },
      ]),
    ).toEqual([
      'Question 1 ("T1") has an option without an id.',
      'Question 1 ("T1") has an option without a label; give every option a label.',
      'Question 1 ("T1") uses the option id "x" more than once; give each option its own id.',
    ]);
  });

  it('requires a matrix to have a row and two columns', () => {
    expect(messages([{ type: 'MATRIX', rows: [], options: options('Only') }])).toEqual([
      'Question 1 ("T1") needs at least one row.',
      'Question 1 ("T1") needs at least two columns.',
    ]);
    expect(messages([{ type: 'MATRIX', rows: [{ id: 'r', label: '' }], options: yesNo }])).toEqual([
      'Question 1 ("T1") has a row without a label; give every row a label.',
    ]);
    expect(
      validateDefinition({
        questions: [{ id: 'm', type: 'MATRIX', title: 'M', rows: options('R'), options: yesNo }],
      }).ok,
    ).toBe(true);
  });
});

describe('validateDefinition: bounds', () => {
  it('checks scale bounds of RATING and LIKERT', () => {
    expect(messages([{ type: 'RATING', min: 5, max: 5 }])).toEqual([
      'Question 1 ("T1"): the lowest value (5) must be below the highest value (5).',
    ]);
    expect(messages([{ type: 'LIKERT', min: 6 }])).toEqual([
      'Question 1 ("T1"): the lowest value (6) must be below the highest value (5).',
    ]);
    expect(messages([{ type: 'RATING', min: 0, max: 11 }])).toEqual([
      'Question 1 ("T1") has 12 points; a scale can have at most 11.',
    ]);
  });

  it('keeps NPS fixed at 0..10', () => {
    expect(messages([{ type: 'NPS', min: 1, max: 10 }])).toEqual([
      'Question 1 ("T1") is an NPS question, which always runs from 0 to 10; remove the custom lowest and highest values.',
    ]);
    expect(
      validateDefinition({ questions: [{ id: 'n', type: 'NPS', title: 'N', min: 0, max: 10 }] }).ok,
    ).toBe(true);
  });

  it('requires min ≤ max for numbers, allowing equal or one-sided bounds', () => {
    expect(messages([{ type: 'NUMBER', min: 10, max: 1 }])).toEqual([
      'Question 1 ("T1"): the minimum (10) must not be greater than the maximum (1).',
    ]);
    const ok = (q: object) =>
      validateDefinition({ questions: [{ id: 'n', title: 'N', type: 'NUMBER', ...q }] }).ok;
    expect(ok({ min: 3, max: 3 })).toBe(true);
    expect(ok({ min: -5 })).toBe(true);
  });

  it('checks text length bounds', () => {
    expect(messages([{ type: 'SHORT_TEXT', min: -1 }])).toEqual([
      'Question 1 ("T1"): the minimum length cannot be negative.',
    ]);
    expect(messages([{ type: 'LONG_TEXT', max: 0 }])).toEqual([
      'Question 1 ("T1"): the maximum length must be at least 1 character.',
    ]);
    expect(messages([{ type: 'LONG_TEXT', max: 10_001 }])).toEqual([
      'Question 1 ("T1"): answers can be at most 10000 characters; lower the maximum length.',
    ]);
    expect(messages([{ type: 'SHORT_TEXT', min: 20, max: 10 }])).toEqual([
      'Question 1 ("T1"): the minimum length (20) must not be greater than the maximum length (10).',
    ]);
  });

  it('checks the selection bounds of multiple choice', () => {
    const base = { type: 'MULTIPLE_CHOICE' as const, options: options('A', 'B', 'C') };
    expect(messages([{ ...base, min: 4 }])).toEqual([
      'Question 1 ("T1") asks for at least 4 selections but has only 3 options.',
    ]);
    expect(messages([{ ...base, min: 2, max: 1 }])).toEqual([
      'Question 1 ("T1"): the minimum number of selections (2) must not be greater than the maximum (1).',
    ]);
    expect(messages([{ ...base, max: 0 }])).toEqual([
      'Question 1 ("T1"): the maximum number of selections must be at least 1.',
    ]);
  });

  it('reports bounds helpers with defaults', () => {
    expect(scaleBounds({ type: 'RATING' })).toEqual({ min: 1, max: 5 });
    expect(scaleBounds({ type: 'LIKERT', min: 1, max: 7 })).toEqual({ min: 1, max: 7 });
    expect(scaleBounds({ type: 'NPS', min: 3, max: 4 })).toEqual({ min: 0, max: 10 });
    expect(scaleBounds({ type: 'NUMBER', min: 1, max: 9 })).toBeNull();
    expect(textLengthBounds({ type: 'SHORT_TEXT' })).toEqual({ min: 0, max: 500 });
    expect(textLengthBounds({ type: 'LONG_TEXT', min: 10 })).toEqual({ min: 10, max: 10_000 });
    expect(textLengthBounds({ type: 'EMAIL' })).toBeNull();
  });
});
