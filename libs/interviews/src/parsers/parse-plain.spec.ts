import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlain } from './parse-plain';
import { TranscriptParseError } from './types';

const fixture = readFileSync(join(__dirname, '../../test/fixtures', 'messy-interview.txt'), 'utf8');

/** Runs the parser and returns the error it throws, so tests can check message and line. */
function failure(content: string): TranscriptParseError {
  try {
    parsePlain(content);
  } catch (err) {
    if (err instanceof TranscriptParseError) return err;
    throw err;
  }
  throw new Error('expected parsePlain to throw');
}

describe('parsePlain', () => {
  it('reads a messy hand-typed interview: titles, timestamps in every position, wrapped lines', () => {
    expect(parsePlain(fixture)).toEqual([
      {
        speaker: 'Interviewer 1',
        startMs: 5_000,
        endMs: 12_000,
        text: 'Thanks for making time today. Let me start the recording.',
      },
      { speaker: 'P3', startMs: 12_000, endMs: 31_000, text: 'Sure, no problem.' },
      {
        speaker: 'Dr. Smith',
        startMs: 31_000,
        endMs: 62_500,
        text: "I'll join as an observer. Note that the time was: 5pm on a Friday.",
      },
      {
        speaker: 'interviewee',
        startMs: 62_500,
        endMs: 90_000,
        text: 'So: the first thing I did was open https://example.com and poke around.',
      },
      { speaker: 'Interviewer 1', startMs: 90_000, endMs: null, text: 'What happened next?' },
    ]);
  });

  it('gives the same result for CRLF, CR, BOM and trailing-space variants of the file', () => {
    const expected = parsePlain(fixture);
    expect(parsePlain(fixture.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parsePlain(fixture.replace(/\n/g, '\r'))).toEqual(expected);
    expect(parsePlain(`\uFEFF${fixture}`)).toEqual(expected);
    expect(parsePlain(fixture.replace(/\n/g, '  \t\n'))).toEqual(expected);
  });

  it('reads one turn per paragraph with a title, like the study transcripts', () => {
    const text =
      '# Interview\n\nDan: Okay.\n\nParticipant: Yeah, we use PDP and ICE plots.\n\nDan: Mhm.\n';
    expect(parsePlain(text)).toEqual([
      { speaker: 'Dan', startMs: null, endMs: null, text: 'Okay.' },
      {
        speaker: 'Participant',
        startMs: null,
        endMs: null,
        text: 'Yeah, we use PDP and ICE plots.',
      },
      { speaker: 'Dan', startMs: null, endMs: null, text: 'Mhm.' },
    ]);
  });

  it('keeps consecutive turns of one speaker apart (people split turns on purpose)', () => {
    expect(parsePlain('Dan: One.\nDan: Two.').map((s) => s.text)).toEqual(['One.', 'Two.']);
  });

  it('joins unlabelled paragraphs in a labelled file to the turn before', () => {
    const text =
      'Participant: First part of a long answer.\n\nSecond paragraph of it.\n\nDan: Thanks.';
    expect(parsePlain(text)).toEqual([
      {
        speaker: 'Participant',
        startMs: null,
        endMs: null,
        text: 'First part of a long answer. Second paragraph of it.',
      },
      { speaker: 'Dan', startMs: null, endMs: null, text: 'Thanks.' },
    ]);
  });

  it('accepts a label on its own line with the words below it', () => {
    expect(parsePlain('Interviewer:\n  How was it?\nParticipant:\nFine.')).toEqual([
      { speaker: 'Interviewer', startMs: null, endMs: null, text: 'How was it?' },
      { speaker: 'Participant', startMs: null, endMs: null, text: 'Fine.' },
    ]);
  });

  it('accepts markdown-bold labels and a timestamp right after the colon', () => {
    const text = '**Dan:** Hi there.\n__Ann__: Hello.\nDan: [00:00:09] Shall we start?';
    expect(parsePlain(text)).toEqual([
      { speaker: 'Dan', startMs: null, endMs: null, text: 'Hi there.' },
      { speaker: 'Ann', startMs: null, endMs: null, text: 'Hello.' },
      { speaker: 'Dan', startMs: 9_000, endMs: null, text: 'Shall we start?' },
    ]);
  });

  it('reads hh:mm:ss, mm:ss and fractional timestamps in brackets or parentheses', () => {
    const text = [
      '[1:02:03] A: one',
      '(1:02:04.5) B: two',
      'C [01:02:05,250]: three',
      'D (62:06): four',
    ].join('\n');
    expect(parsePlain(text).map((s) => [s.startMs, s.endMs])).toEqual([
      [3_723_000, 3_724_500],
      [3_724_500, 3_725_250],
      [3_725_250, 3_726_000],
      [3_726_000, null],
    ]);
  });

  it('does not take prose, URLs or clock times for speaker labels', () => {
    const text = [
      'Dan: Tell me about the day.',
      'Note that the time was: 5pm.',
      'The plan was: ship it.',
      'https://example.com/x: see there.',
      'At 5:30 we met.',
      'Note: the recorder cut out here.',
      'Participant: OK.',
    ].join('\n');
    const segments = parsePlain(text);
    expect(segments.map((s) => s.speaker)).toEqual(['Dan', 'Participant']);
    expect(segments[0].text).toBe(
      'Tell me about the day. Note that the time was: 5pm. The plan was: ship it. ' +
        'https://example.com/x: see there. At 5:30 we met. Note: the recorder cut out here.',
    );
  });

  it('turns each paragraph into a speakerless segment when nobody is labelled', () => {
    const text = '# Notes\n\nWe talked about onboarding.\nIt went well.\r\n\r\n\r\nThe end: 5pm.\n';
    expect(parsePlain(text)).toEqual([
      {
        speaker: null,
        startMs: null,
        endMs: null,
        text: 'We talked about onboarding. It went well.',
      },
      { speaker: null, startMs: null, endMs: null, text: 'The end: 5pm.' },
    ]);
  });

  it('starts a new unlabelled segment at each timestamped line', () => {
    const text = '[00:00:01] hello\n[00:00:04.250] world\nand more\n\n# not a title here';
    expect(parsePlain(text)).toEqual([
      { speaker: null, startMs: 1_000, endMs: 4_250, text: 'hello' },
      { speaker: null, startMs: 4_250, endMs: null, text: 'world and more' },
      { speaker: null, startMs: null, endMs: null, text: '# not a title here' },
    ]);
  });

  it('keeps a preamble before the first label as a speakerless segment', () => {
    const segments = parsePlain('Recorded on Zoom, 3 May\n\nDan: Hi.');
    expect(segments[0]).toEqual({
      speaker: null,
      startMs: null,
      endMs: null,
      text: 'Recorded on Zoom, 3 May',
    });
    expect(segments[1].speaker).toBe('Dan');
  });

  it('keeps the words exactly as typed inside a line', () => {
    const [segment] = parsePlain('Dan:   So  -- um,  "quoted"   ');
    expect(segment.text).toBe('So  -- um,  "quoted"');
  });

  it('refuses an empty or whitespace-only file', () => {
    expect(failure('').message).toMatch(/empty/);
    expect(failure('\uFEFF \r\n\t\n').message).toMatch(/empty/);
  });

  it('refuses a file with a title but no turns', () => {
    expect(failure('# Interview\n\n').message).toMatch(/^No transcript turns were found/);
    expect(failure('Dan:\nParticipant:\n').message).toMatch(/^No transcript turns were found/);
  });

  it('names the line of an impossible timestamp', () => {
    const err = failure('Dan: hi\n\n[00:75] Participant: hello');
    expect(err.line).toBe(3);
    expect(err.message).toBe(
      'Line 3: the timestamp [00:75] is not a valid time; seconds (and minutes after an hour) must be below 60, as in [01:02:03].',
    );
  });

  it('names the line where timestamps go backwards', () => {
    const err = failure('[00:02:00] Dan: hi\n[00:01:00] Participant: hello');
    expect(err.line).toBe(2);
    expect(err.message).toBe(
      'Line 2: the timestamp [00:01:00] is earlier than [00:02:00] on line 1; timestamps must not go backwards.',
    );
  });
});

describe('hostile lines (linear time)', () => {
  it('reads a label followed by a megabyte of spaces and no colon as text', () => {
    const segments = parsePlain(`Ann: hello\nBob${' '.repeat(1_000_000)}x`);
    expect(segments).toHaveLength(1);
    expect(segments[0].speaker).toBe('Ann');
  });
});
