import { describe, expect, it } from 'vitest';
import { countChoices, mean, median, npsScore, summarizeQuestion } from './aggregates';
import { options, question } from '../test/test-helpers';

const abc = options('A', 'B', 'C');

describe('countChoices', () => {
  it('counts single choices and shares of answered responses', () => {
    // 4 answered (the null is skipped): a×2, b×1, unknown×1.
    expect(countChoices(abc, ['a', 'b', 'a', null, 'zzz'])).toEqual([
      { choiceId: 'a', label: 'A', count: 2, share: 0.5 },
      { choiceId: 'b', label: 'B', count: 1, share: 0.25 },
      { choiceId: 'c', label: 'C', count: 0, share: 0 },
    ]);
  });

  it('counts each id once per multiple-choice response; shares may sum past 1', () => {
    const counts = countChoices(abc, [['a', 'b'], ['a', 'a'], [], ['c', 'a']]);
    expect(counts.map((c) => c.count)).toEqual([3, 1, 1]);
    expect(counts.map((c) => c.share)).toEqual([1, 1 / 3, 1 / 3]);
  });

  it('gives share 0 when nobody answered', () => {
    expect(countChoices(abc, [null, '', []]).map((c) => [c.count, c.share])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('mean and median', () => {
  it('computes them over numbers, skipping anything else', () => {
    expect(mean([1, 2, 3, 10])).toBe(4);
    expect(median([10, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(mean([2, null, '4', Number.NaN, 4])).toBe(3);
    expect(median([7, undefined, 'x'])).toBe(7);
  });

  it('returns null for no numbers', () => {
    expect(mean([])).toBeNull();
    expect(median([null, ''])).toBeNull();
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('npsScore', () => {
  it('subtracts % detractors from % promoters', () => {
    // 10 scores: promoters 9,10,10,9 (4); passives 7,8 (2); detractors 0,6,3,5 (4) → 40% − 40%.
    expect(npsScore([9, 10, 10, 9, 7, 8, 0, 6, 3, 5])).toEqual({
      score: 0,
      promoters: 4,
      passives: 2,
      detractors: 4,
    });
    // 3 promoters, 1 detractor of 4 → 75 − 25 = 50.
    expect(npsScore([9, 10, 9, 6]).score).toBe(50);
  });

  it('spans -100 to 100 at the edges', () => {
    expect(npsScore([10, 9]).score).toBe(100);
    expect(npsScore([0, 6]).score).toBe(-100);
  });

  it('treats 7–8 as passive and 6 as detractor', () => {
    expect(npsScore([7, 8, 6])).toEqual({
      score: (-1 / 3) * 100,
      promoters: 0,
      passives: 2,
      detractors: 1,
    });
  });

  it('skips values outside 0..10 and is all zero with none', () => {
    expect(npsScore([11, -1, 9.5, '10', null])).toEqual({
      score: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
    });
  });
});

describe('summarizeQuestion', () => {
  it('gives choice counts for choice questions', () => {
    const r = summarizeQuestion(question('DROPDOWN', { id: 'd', options: abc }), ['a', null, 'c']);
    expect(r).toMatchObject({ questionId: 'd', answered: 2, mean: null, nps: null, texts: null });
    expect(r.choices?.map((c) => c.count)).toEqual([1, 0, 1]);
  });

  it('counts first places for ranking', () => {
    const r = summarizeQuestion(question('RANKING', { options: abc }), [
      ['b', 'a', 'c'],
      ['b', 'c', 'a'],
      ['a', 'b', 'c'],
    ]);
    expect(r.choices?.map((c) => [c.choiceId, c.count])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 0],
    ]);
  });

  it('gives mean, median and NPS for NPS questions', () => {
    const r = summarizeQuestion(question('NPS'), [10, 0, 8, null]);
    expect(r).toMatchObject({ answered: 3, mean: 6, median: 8, choices: null, texts: null });
    expect(r.nps).toEqual({ score: 0, promoters: 1, passives: 1, detractors: 1 });
  });

  it('gives mean and median but no NPS for ratings', () => {
    const r = summarizeQuestion(question('RATING'), [1, 2, 4]);
    expect(r).toMatchObject({ mean: 7 / 3, median: 2, nps: null });
  });

  it('passes text answers through in the given order, skipping blanks', () => {
    const r = summarizeQuestion(question('LONG_TEXT'), ['newest', '  ', 'older']);
    expect(r).toMatchObject({ answered: 2, texts: ['newest', 'older'] });
  });

  it('reports only a count for private email answers', () => {
    const r = summarizeQuestion(question('EMAIL'), ['a@example.com', 'b@example.com']);
    expect(r).toEqual({
      questionId: 'q',
      answered: 2,
      choices: null,
      mean: null,
      median: null,
      nps: null,
      texts: null,
    });
  });
});
