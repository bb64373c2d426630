import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceRanges, spanOf } from './evidence';
import type { TextSource } from './types';

const src = (text: string): TextSource => ({
  ref: { type: 'TRANSCRIPT_SEGMENT', segmentId: 's1' },
  text,
});

describe('evidence spans', () => {
  it('builds verbatim spans and rejects bad offsets', () => {
    const s = src('Exports are slow. I want dashboards!');
    expect(spanOf(s, 0, 17, 'p1')).toEqual({
      ref: s.ref,
      start: 0,
      end: 17,
      quote: 'Exports are slow.',
      participantId: 'p1',
    });
    expect(spanOf(s, 5, 5, 'p1')).toBeNull();
    expect(spanOf(s, -1, 4, 'p1')).toBeNull();
    expect(spanOf(s, 0, 99, 'p1')).toBeNull();
    expect(spanOf(s, 17, 18, 'p1')).toBeNull();
  });

  it('never quotes a source that holds an email or phone number, even elsewhere in it', () => {
    const s = src('Exports are slow. Mail me at a@b.com');
    expect(spanOf(s, 0, 17, 'p1')).toBeNull();
  });

  it('splits sentences with exact offsets, including non-ASCII text', () => {
    const text = '  Café prices — “wow”!  Second one?\nThird without stop';
    const ranges = sentenceRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'Café prices — “wow”!',
      'Second one?',
      'Third without stop',
    ]);
    expect(sentenceAround(text, 26, 32)).toEqual(ranges[1]);
  });

  it('cuts very long sentences at a word boundary', () => {
    const text = 'word '.repeat(100).trim();
    const [r] = sentenceRanges(text);
    expect(r.end - r.start).toBeLessThanOrEqual(280);
    expect(text.slice(r.start, r.end).endsWith('word')).toBe(true);
  });

  it('does not end a sentence at an abbreviation, inside brackets or before a lower-case word', () => {
    const text = 'Online course (e.g., Coursera, edX). Slow, e.g. loops. Then fast!\nNew line';
    expect(sentenceRanges(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Online course (e.g., Coursera, edX).',
      'Slow, e.g. loops.',
      'Then fast!',
      'New line',
    ]);
  });
});
