import { describe, expect, it } from 'vitest';
import { answerText, isPrivateQuestion } from './answer-text';
import { QUESTION_TYPES } from './types';
import { options, question } from '../test/test-helpers';

const colors = { options: options('Red', 'Green', 'Blue') };

describe('answerText', () => {
  it.each([
    ['SHORT_TEXT', {}, '  Too slow, honestly ', '  Too slow, honestly '],
    ['LONG_TEXT', {}, 'Line one\nLine two', 'Line one\nLine two'],
    ['SINGLE_CHOICE', colors, 'green', 'Green'],
    ['DROPDOWN', colors, 'blue', 'Blue'],
    ['MULTIPLE_CHOICE', colors, ['blue', 'red'], 'Blue, Red'],
    ['RANKING', colors, ['green', 'blue', 'red'], 'Green, Blue, Red'],
    ['RATING', {}, 4, '4'],
    ['LIKERT', {}, 2, '2'],
    ['NPS', {}, 0, '0'],
    ['NUMBER', {}, 3.25, '3.25'],
    ['DATE', {}, '2024-05-01', '2024-05-01'],
    ['EMAIL', {}, 'private@example.com', ''],
  ] as const)('%s %j → %j', (type, extra, value, expected) => {
    expect(answerText(question(type, extra), value)).toBe(expected);
  });

  it('writes matrix answers as "Row: Column" pairs in row order', () => {
    const q = question('MATRIX', {
      rows: options('Speed', 'Price', 'Support'),
      options: options('Bad', 'Good'),
    });
    // Key order differs from row order on purpose; "support" is unanswered.
    expect(answerText(q, { price: 'bad', speed: 'good' })).toBe('Speed: Good; Price: Bad');
  });

  it('leaves out unknown ids and returns "" for unanswered or malformed values', () => {
    expect(answerText(question('MULTIPLE_CHOICE', colors), ['red', 'pink', 'blue'])).toBe(
      'Red, Blue',
    );
    expect(answerText(question('SINGLE_CHOICE', colors), 'pink')).toBe('');
    expect(answerText(question('SHORT_TEXT'), null)).toBe('');
    expect(answerText(question('NUMBER'), '12')).toBe('');
    expect(answerText(question('MATRIX', { rows: options('R'), ...colors }), 'red')).toBe('');
  });
});

describe('isPrivateQuestion', () => {
  it('is true for EMAIL only', () => {
    const privateTypes = QUESTION_TYPES.filter((type) => isPrivateQuestion({ type }));
    expect(privateTypes).toEqual(['EMAIL']);
  });
});
