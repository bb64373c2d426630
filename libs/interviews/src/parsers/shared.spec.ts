import { describe, expect, it } from 'vitest';
import {
  assertNotEmpty,
  joinLines,
  mergeContiguousTurns,
  parseClock,
  requireSegments,
  splitLines,
} from './shared';
import { ParsedSegment, TranscriptParseError } from './types';

const seg = (speaker: string | null, startMs: number | null, endMs: number | null, text: string) =>
  ({ speaker, startMs, endMs, text }) satisfies ParsedSegment;

describe('splitLines', () => {
  it('drops a BOM and splits on CRLF, CR and LF alike', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\r\n\r\nb')).toEqual(['a', '', 'b']);
  });
});

describe('parseClock', () => {
  it.each([
    ['00:00:01.000', 1_000],
    ['01:02:03.450', 3_723_450],
    ['1:02:03,450', 3_723_450],
    ['02:03', 123_000],
    ['02:03.5', 123_500],
    ['02:03.05', 123_050],
    ['75:30', 4_530_000],
    ['100:00:00.000', 360_000_000],
  ])('reads %s as %i ms', (text, ms) => {
    expect(parseClock(text)).toBe(ms);
  });

  it.each(['', '5', '00:60', '01:60:00', '00:00:1.000', 'aa:bb', '00:00:01.0000', '-00:01'])(
    'refuses %j',
    (text) => {
      expect(parseClock(text)).toBeUndefined();
    },
  );
});

describe('joinLines', () => {
  it('trims each line, drops blank ones and joins with one space, leaving the inside alone', () => {
    expect(joinLines(['  Hello  there ', '', '\tworld  '])).toBe('Hello  there world');
  });
});

describe('mergeContiguousTurns', () => {
  it('merges a known speaker whose cues touch exactly, keeping the first start and last end', () => {
    expect(
      mergeContiguousTurns([
        seg('A', 0, 1_000, 'one'),
        seg('A', 1_000, 2_500, 'two'),
        seg('A', 2_500, 3_000, 'three'),
      ]),
    ).toEqual([seg('A', 0, 3_000, 'one two three')]);
  });

  it('keeps turns apart when there is a gap, an overlap, another speaker, or no speaker', () => {
    const input = [
      seg('A', 0, 1_000, 'a'),
      seg('A', 1_001, 2_000, 'gap'),
      seg('A', 1_500, 3_000, 'overlap'),
      seg('B', 3_000, 4_000, 'b'),
      seg(null, 4_000, 5_000, 'x'),
      seg(null, 5_000, 6_000, 'y'),
      seg('C', null, null, 'c1'),
      seg('C', null, null, 'c2'),
    ];
    expect(mergeContiguousTurns(input)).toEqual(input);
  });

  it('does not modify its input', () => {
    const input = [seg('A', 0, 1, 'a'), seg('A', 1, 2, 'b')];
    mergeContiguousTurns(input);
    expect(input).toEqual([seg('A', 0, 1, 'a'), seg('A', 1, 2, 'b')]);
  });
});

describe('assertNotEmpty / requireSegments', () => {
  it('refuses blank content with an actionable message', () => {
    expect(() => assertNotEmpty('\uFEFF \n\t')).toThrow(TranscriptParseError);
    expect(() => assertNotEmpty('x')).not.toThrow();
  });

  it('refuses an empty segment list and passes others through', () => {
    expect(() => requireSegments([], 'Hint.')).toThrow(
      'No transcript turns were found in the file. Hint.',
    );
    const list = [seg(null, null, null, 'x')];
    expect(requireSegments(list, 'Hint.')).toBe(list);
  });
});
