import { describe, expect, it } from 'vitest';
import {
  HIDDEN_MESSAGE,
  REQUIRED_MESSAGE,
  isEmail,
  validateAnswer,
  validateResponse,
} from './answers';
import type { QuestionInput, QuestionType } from './types';
import { options, question } from '../test/test-helpers';

type Case = [type: QuestionType, extra: Partial<QuestionInput>, value: unknown];
type BadCase = [...Case, message: string];

const choice = { options: options('Red', 'Green', 'Blue') };
const matrix = { rows: options('Speed', 'Price'), options: options('Bad', 'Ok', 'Good') };

describe('validateAnswer accepts valid answers', () => {
  it.each<Case>([
    ['SHORT_TEXT', {}, 'Hello'],
    ['SHORT_TEXT', {}, 'x'.repeat(500)],
    ['SHORT_TEXT', { min: 3, max: 5 }, 'abcde'],
    ['LONG_TEXT', {}, 'y'.repeat(10_000)],
    ['SINGLE_CHOICE', choice, 'green'],
    ['DROPDOWN', choice, 'blue'],
    ['MULTIPLE_CHOICE', choice, ['red', 'blue']],
    ['MULTIPLE_CHOICE', { ...choice, min: 2, max: 2 }, ['red', 'blue']],
    ['RATING', {}, 1],
    ['RATING', {}, 5],
    ['RATING', { min: 0, max: 10 }, 10],
    ['LIKERT', { min: 1, max: 7 }, 7],
    ['NPS', {}, 0],
    ['NPS', {}, 10],
    ['NUMBER', {}, -3.5],
    ['NUMBER', { min: 0, max: 120 }, 120],
    ['NUMBER', {}, 0],
    ['DATE', {}, '2024-02-29'],
    ['DATE', {}, '1999-12-31'],
    ['EMAIL', {}, 'ada.lovelace+survey@example.co.uk'],
    ['RANKING', choice, ['blue', 'red', 'green']],
    ['MATRIX', matrix, { speed: 'good', price: 'bad' }],
    ['MATRIX', matrix, { speed: 'ok' }],
  ])('%s %j accepts %j', (type, extra, value) => {
    expect(validateAnswer(question(type, extra), value)).toBeNull();
  });
});

describe('validateAnswer rejects invalid answers', () => {
  it.each<BadCase>([
    ['SHORT_TEXT', {}, 42, 'Enter your answer as text.'],
    ['SHORT_TEXT', {}, 'x'.repeat(501), 'Keep your answer to 500 characters or fewer.'],
    ['SHORT_TEXT', { min: 3 }, '  ab  ', 'Enter at least 3 characters.'],
    ['SHORT_TEXT', { max: 1 }, 'ab', 'Keep your answer to 1 character or fewer.'],
    ['LONG_TEXT', {}, 'y'.repeat(10_001), 'Keep your answer to 10000 characters or fewer.'],
    ['SINGLE_CHOICE', choice, 'purple', 'Choose one of the listed options.'],
    ['SINGLE_CHOICE', choice, ['red'], 'Choose one of the listed options.'],
    ['DROPDOWN', choice, 'Red', 'Choose one of the listed options.'],
    ['MULTIPLE_CHOICE', choice, 'red', 'Choose from the listed options.'],
    ['MULTIPLE_CHOICE', choice, ['red', 7], 'Choose from the listed options.'],
    ['MULTIPLE_CHOICE', choice, ['red', 'pink'], 'Choose only from the listed options.'],
    ['MULTIPLE_CHOICE', choice, ['red', 'red'], 'Choose each option only once.'],
    ['MULTIPLE_CHOICE', { ...choice, min: 2 }, ['red'], 'Choose at least 2 options.'],
    ['MULTIPLE_CHOICE', { ...choice, max: 1 }, ['red', 'blue'], 'Choose at most 1 option.'],
    ['RATING', {}, 0, 'Choose a whole number from 1 to 5.'],
    ['RATING', {}, 6, 'Choose a whole number from 1 to 5.'],
    ['RATING', {}, 2.5, 'Choose a whole number from 1 to 5.'],
    ['RATING', {}, '3', 'Choose a whole number from 1 to 5.'],
    ['LIKERT', { min: 1, max: 7 }, 8, 'Choose a whole number from 1 to 7.'],
    ['NPS', {}, 11, 'Choose a whole number from 0 to 10.'],
    ['NPS', {}, -1, 'Choose a whole number from 0 to 10.'],
    ['NUMBER', {}, '12', 'Enter a number.'],
    ['NUMBER', {}, Number.NaN, 'Enter a number.'],
    ['NUMBER', {}, Number.POSITIVE_INFINITY, 'Enter a number.'],
    ['NUMBER', { min: 0, max: 120 }, 121, 'Enter a number from 0 to 120.'],
    ['NUMBER', { min: 18 }, 17, 'Enter a number of at least 18.'],
    ['NUMBER', { max: 10 }, 11, 'Enter a number of at most 10.'],
    ['DATE', {}, '2023-02-29', 'Enter a real date as YYYY-MM-DD.'],
    ['DATE', {}, '2024-13-01', 'Enter a real date as YYYY-MM-DD.'],
    ['DATE', {}, '2024-04-31', 'Enter a real date as YYYY-MM-DD.'],
    ['DATE', {}, '2024-1-5', 'Enter a real date as YYYY-MM-DD.'],
    ['DATE', {}, '2024-01-05T00:00:00Z', 'Enter a real date as YYYY-MM-DD.'],
    ['EMAIL', {}, 'not-an-email', 'Enter a valid email address, such as name@example.com.'],
    ['EMAIL', {}, 'a@localhost', 'Enter a valid email address, such as name@example.com.'],
    ['EMAIL', {}, 'a b@example.com', 'Enter a valid email address, such as name@example.com.'],
    [
      'EMAIL',
      {},
      `${'a'.repeat(245)}@example.com`,
      'Enter a valid email address, such as name@example.com.',
    ],
    ['RANKING', choice, ['blue', 'red'], 'Rank every option exactly once.'],
    ['RANKING', choice, ['blue', 'red', 'red'], 'Rank every option exactly once.'],
    ['RANKING', choice, ['blue', 'red', 'pink'], 'Rank every option exactly once.'],
    ['RANKING', choice, 'blue', 'Rank every option exactly once.'],
    ['MATRIX', matrix, ['good'], 'Choose one column for each row.'],
    [
      'MATRIX',
      matrix,
      { speed: 'good', size: 'ok' },
      'Answer only the rows listed in the question.',
    ],
    ['MATRIX', matrix, { speed: 'great' }, 'Choose one of the listed columns for each row.'],
    ['MATRIX', { ...matrix, required: true }, { speed: 'good' }, 'Choose a column for every row.'],
  ])('%s %j rejects %j', (type, extra, value, message) => {
    expect(validateAnswer(question(type, extra), value)).toBe(message);
  });
});

describe('validateAnswer and empty values', () => {
  it.each([null, undefined, '', '   ', [], {}])('treats %j as unanswered', (value) => {
    expect(validateAnswer(question('SHORT_TEXT'), value)).toBeNull();
    expect(validateAnswer(question('SHORT_TEXT', { required: true }), value)).toBe(
      REQUIRED_MESSAGE,
    );
  });

  it('accepts 0 as an answer to a required question', () => {
    expect(validateAnswer(question('NPS', { required: true }), 0)).toBeNull();
  });
});

describe('isEmail', () => {
  it('rejects dots at the edges of the local part and doubled dots', () => {
    expect(isEmail('.a@example.com')).toBe(false);
    expect(isEmail('a.@example.com')).toBe(false);
    expect(isEmail('a..b@example.com')).toBe(false);
    expect(isEmail('a.b@example.com')).toBe(true);
  });

  it('caps the local part at 64 characters', () => {
    expect(isEmail(`${'a'.repeat(64)}@example.com`)).toBe(true);
    expect(isEmail(`${'a'.repeat(65)}@example.com`)).toBe(false);
  });
});

describe('validateResponse', () => {
  const definition = {
    questions: [
      question('SINGLE_CHOICE', {
        id: 'used',
        title: 'Have you used it?',
        required: true,
        options: options('Yes', 'No'),
      }),
      question('RATING', {
        id: 'score',
        required: true,
        showIf: { questionId: 'used', operator: 'EQUALS', value: 'yes' },
      }),
      question('LONG_TEXT', { id: 'why' }),
      question('EMAIL', { id: 'email', required: true }),
    ],
  };

  it('accepts a complete response and returns answered values in survey order', () => {
    const result = validateResponse(
      definition,
      [
        { questionId: 'email', value: 'a@example.com' },
        { questionId: 'score', value: 4 },
        { questionId: 'used', value: 'yes' },
        { questionId: 'why', value: '' },
      ],
      { complete: true },
    );
    expect(result).toEqual({
      ok: true,
      answers: { used: 'yes', score: 4, email: 'a@example.com' },
    });
    expect(result.ok && Object.keys(result.answers)).toEqual(['used', 'score', 'email']);
  });

  it('requires every visible required question when complete', () => {
    const result = validateResponse(definition, [{ questionId: 'used', value: 'yes' }], {
      complete: true,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'score', message: REQUIRED_MESSAGE },
        { questionId: 'email', message: REQUIRED_MESSAGE },
      ],
    });
  });

  it('does not require a required question that logic hides', () => {
    const result = validateResponse(
      definition,
      [
        { questionId: 'used', value: 'no' },
        { questionId: 'email', value: 'a@example.com' },
      ],
      { complete: true },
    );
    expect(result.ok).toBe(true);
  });

  it('allows missing required answers in a partial save', () => {
    const result = validateResponse(definition, [{ questionId: 'used', value: 'yes' }], {
      complete: false,
    });
    expect(result).toEqual({ ok: true, answers: { used: 'yes' } });
  });

  it('still checks the values of a partial save', () => {
    const result = validateResponse(definition, [{ questionId: 'email', value: 'nope' }], {
      complete: false,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'email', message: 'Enter a valid email address, such as name@example.com.' },
      ],
    });
  });

  it('rejects an answer to a question hidden by logic', () => {
    const result = validateResponse(
      definition,
      [
        { questionId: 'used', value: 'no' },
        { questionId: 'score', value: 5 },
      ],
      { complete: false },
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ questionId: 'score', message: HIDDEN_MESSAGE }],
    });
  });

  it('rejects unknown and repeated question ids', () => {
    const result = validateResponse(
      definition,
      [
        { questionId: 'ghost', value: 'boo' },
        { questionId: 'why', value: 'one' },
        { questionId: 'why', value: 'two' },
        { questionId: 'why', value: 'three' },
      ],
      { complete: false },
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'why', message: 'This question was answered more than once.' },
        { questionId: 'ghost', message: 'This question is not part of the survey.' },
      ],
    });
  });

  it('reports every invalid value, in survey order', () => {
    const result = validateResponse(
      definition,
      [
        { questionId: 'email', value: 'x' },
        { questionId: 'used', value: 'maybe' },
      ],
      { complete: false },
    );
    expect(!result.ok && result.errors.map((e) => e.questionId)).toEqual(['used', 'email']);
  });

  it('keeps a question id named __proto__ as an ordinary answer', () => {
    const d = { questions: [question('SHORT_TEXT', { id: '__proto__' })] };
    const result = validateResponse(d, [{ questionId: '__proto__', value: 'hi' }], {
      complete: true,
    });
    expect(result.ok).toBe(true);
    expect(result.ok && Object.getOwnPropertyDescriptor(result.answers, '__proto__')?.value).toBe(
      'hi',
    );
  });
});
