import { describe, expect, it } from 'vitest';
import { clip, scanCues } from './cue-scanner';

const opts = { timingExample: '00:00:01.000 --> 00:00:04.000' };
const scan = (text: string, extra = {}) => scanCues(text.split('\n'), 0, { ...opts, ...extra });

describe('scanCues', () => {
  it('returns each timed cue with its raw text lines and the line number of its timing', () => {
    expect(
      scan('1\n00:00:01.000 --> 00:00:02.000\n<b>Hi</b>\n  there\n\nid\n00:03.000 --> 00:04.000'),
    ).toEqual([
      { startMs: 1_000, endMs: 2_000, lines: ['<b>Hi</b>', '  there'], line: 2 },
      { startMs: 3_000, endMs: 4_000, lines: [], line: 7 },
    ]);
  });

  it('skips blocks the caller marks as non-cues, but only between cues', () => {
    const text = 'NOTE\n00:00.000 is a comment\n\n00:01.000 --> 00:02.000\nNOTE this is cue text';
    const cues = scan(text, { isSkippedBlock: (l: string) => l.startsWith('NOTE') });
    expect(cues).toEqual([
      { startMs: 1_000, endMs: 2_000, lines: ['NOTE this is cue text'], line: 4 },
    ]);
  });

  it('reports a malformed timing even when it has a cue number before it', () => {
    expect(() =>
      scan('1\n00:00:01.000 --> 00:00:02.000\nok\n\n2\n00:00:03.000 — 00:00:04.000\nx'),
    ).toThrow(/^Line 6: the cue timing/);
  });
});

describe('clip', () => {
  it('shortens long quotes with an ellipsis', () => {
    expect(clip('short')).toBe('short');
    expect(clip('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
