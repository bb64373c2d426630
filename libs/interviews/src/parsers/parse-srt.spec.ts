import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSrt } from './parse-srt';
import { TranscriptParseError } from './types';

const fixture = readFileSync(join(__dirname, '../../test/fixtures', 'messy.srt'), 'utf8');

function failure(content: string): TranscriptParseError {
  try {
    parseSrt(content);
  } catch (err) {
    if (err instanceof TranscriptParseError) return err;
    throw err;
  }
  throw new Error('expected parseSrt to throw');
}

describe('parseSrt', () => {
  it('reads a hand-edited SRT: tags, ASS codes, NAME: prefixes, a missing blank line, an empty cue', () => {
    expect(parseSrt(fixture)).toEqual([
      {
        speaker: 'INTERVIEWER',
        startMs: 500,
        endMs: 5_000,
        text: 'So, first question: how long have you worked here? Take your time.',
      },
      {
        speaker: 'JANE DOE',
        startMs: 6_000,
        endMs: 11_000,
        text: 'About five years. Before that I was at a startup.',
      },
      { speaker: null, startMs: 13_000, endMs: 15_000, text: 'x < 5 is what we tested.' },
    ]);
  });

  it('gives the same result for CRLF, CR, BOM and trailing-space variants', () => {
    const expected = parseSrt(fixture);
    expect(parseSrt(fixture.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseSrt(fixture.replace(/\n/g, '\r'))).toEqual(expected);
    expect(parseSrt(`\uFEFF${fixture}`)).toEqual(expected);
    expect(parseSrt(fixture.replace(/\n/g, '  \n'))).toEqual(expected);
  });

  it('accepts cues without numbers, out-of-order numbers and dot fractions from converters', () => {
    const text =
      '7\n00:00:01,000 --> 00:00:02,000\nA\n\n00:00:03.5 --> 00:00:04.250\nB\n\n3\n1:00:00,000 --> 1:00:01,000\nC';
    expect(parseSrt(text).map((s) => [s.startMs, s.endMs, s.text])).toEqual([
      [1_000, 2_000, 'A'],
      [3_500, 4_250, 'B'],
      [3_600_000, 3_601_000, 'C'],
    ]);
  });

  it('keeps a number that is the text of a cue', () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nHow many?\n\n2\n00:00:02,500 --> 00:00:03,000\n42\n';
    expect(parseSrt(text).map((s) => s.text)).toEqual(['How many?', '42']);
  });

  it('uses people-style prefixes as speakers but not prose or URLs', () => {
    const cue = (n: number, text: string) => `${n}\n00:00:0${n},000 --> 00:00:0${n},500\n${text}`;
    const text = [
      cue(1, 'Dr. Smith: Welcome.'),
      cue(2, 'MAN #2: Over here!'),
      cue(3, 'The score was: 3-1'),
      cue(4, 'https://example.com: look'),
    ].join('\n\n');
    expect(parseSrt(text).map((s) => [s.speaker, s.text])).toEqual([
      ['Dr. Smith', 'Welcome.'],
      ['MAN #2', 'Over here!'],
      [null, 'The score was: 3-1'],
      [null, 'https://example.com: look'],
    ]);
  });

  it('does not merge same-speaker cues with a gap between them', () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nANN: a\n\n2\n00:00:02,001 --> 00:00:03,000\nANN: b';
    expect(parseSrt(text)).toHaveLength(2);
  });

  it('names the line of an unreadable timing', () => {
    const err = failure(
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 - 00:00:04,000\nbad',
    );
    expect(err.line).toBe(6);
    expect(err.message).toBe(
      'Line 6: the cue timing "00:00:03,000 - 00:00:04,000" cannot be read; write it like ' +
        '"00:00:01,000 --> 00:00:04,000" (hours optional, minutes and seconds below 60).',
    );
    expect(failure('1\n00:00:01,000 --> 00:0x:02,000\nbad').line).toBe(2);
  });

  it('names the line of a cue whose end comes before its start', () => {
    const err = failure('\n\n1\n00:00:07,000 --> 00:00:05,000\nbad');
    expect(err.line).toBe(4);
    expect(err.message).toBe(
      "Line 4: the cue's end time 00:00:05,000 comes before its start 00:00:07,000.",
    );
  });

  it('refuses files that are not SRT', () => {
    expect(failure('WEBVTT\n\n00:00.000 --> 00:01.000\nhi').message).toMatch(
      /^Line 1: .*import it as VTT/,
    );
    const err = failure('Dan: this is a plain transcript\nParticipant: yes');
    expect(err.line).toBe(1);
    expect(err.message).toMatch(
      /^Line 1: expected a cue timing line such as "00:00:01,000 --> 00:00:04,000"/,
    );
  });

  it('refuses an empty file and a file whose cues are all empty', () => {
    expect(failure('\r\n\r\n').message).toMatch(/empty/);
    const err = failure(
      '1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:03,000 --> 00:00:04,000\n',
    );
    expect(err.message).toMatch(/^No transcript turns were found/);
  });
});
