import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json';
import { TranscriptParseError } from './types';

const read = (name: string) => readFileSync(join(__dirname, '../../test/fixtures', name), 'utf8');

function failure(content: string): TranscriptParseError {
  try {
    parseJson(content);
  } catch (err) {
    if (err instanceof TranscriptParseError) return err;
    throw err;
  }
  throw new Error('expected parseJson to throw');
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseJson', () => {
  it('reads an array of {speaker, start, end, text} with times in seconds, rounding to ms', () => {
    expect(parseJson(read('segments.json'))).toEqual([
      { speaker: 'Interviewer', startMs: 0, endMs: 3_200, text: 'What do you use today?' },
      { speaker: 'Participant', startMs: 3_200, endMs: 6_001, text: 'Mostly spreadsheets.' },
      { speaker: 'Participant', startMs: 6_500, endMs: 8_000, text: 'And email, sadly.' },
    ]);
  });

  it('reads Whisper output: trims text, skips empty segments, merges exactly touching turns', () => {
    expect(parseJson(read('whisper.json'))).toEqual([
      {
        speaker: 'SPEAKER_00',
        startMs: 0,
        endMs: 2_480,
        text: 'So how did you first hear about us?',
      },
      {
        speaker: 'SPEAKER_01',
        startMs: 2_480,
        endMs: 7_333,
        text: 'A friend told me. Honestly, it was luck.',
      },
      { speaker: 'SPEAKER_00', startMs: 9_100, endMs: 11_000, text: 'Interesting.' },
    ]);
  });

  it('accepts a BOM and CRLF line endings', () => {
    const content = `\uFEFF${read('segments.json').replace(/\n/g, '\r\n')}`;
    expect(parseJson(content)).toEqual(parseJson(read('segments.json')));
  });

  it('allows missing times and speakers, and keeps numeric speaker ids as labels', () => {
    expect(parseJson(json([{ text: ' hi ' }, { speaker: 1, start: null, text: 'yo' }]))).toEqual([
      { speaker: null, startMs: null, endMs: null, text: 'hi' },
      { speaker: '1', startMs: null, endMs: null, text: 'yo' },
    ]);
  });

  it('reports a syntax error with the line it is on', () => {
    const content =
      '[\n  {"speaker": "A", "start": 0, "end": 1, "text": "hi"},\n  {"speaker": "B",}\n]';
    const err = failure(content);
    expect(err.line).toBe(3);
    expect(err.message).toMatch(
      /^Line 3: the file is not valid JSON \(.+\)\. Look for a missing comma/,
    );
  });

  it('reports a truncated file at its last line', () => {
    const err = failure('{\n  "segments": [\n    {"start": 0, "end": 1, "text": "hi"}\n');
    expect(err.line).toBe(3);
  });

  it('refuses JSON of the wrong shape', () => {
    expect(failure('{"text": "hello"}').message).toMatch(/^The JSON has the wrong shape\./);
    expect(failure('"just a string"').message).toMatch(/wrong shape/);
    expect(failure(json([1])).message).toMatch(/^Item 0 is not an object\./);
  });

  it('names the item whose text is missing or not a string', () => {
    const items = [
      { start: 0, end: 1, text: 'ok' },
      { start: 1, end: 2 },
    ];
    expect(failure(json(items)).message).toBe(
      'Item 1 has no "text"; every item needs the words that were said.',
    );
    expect(failure(json({ segments: [{ text: 5 }] })).message).toBe(
      'Segment 0 "text" is not a string; every item needs the words that were said.',
    );
  });

  it('names the item whose times are not numbers of seconds, negative or reversed', () => {
    const bad = (item: object) => failure(json([{ text: 'ok' }, { text: 'x', ...item }])).message;
    expect(bad({ start: '00:01', end: 2 })).toBe(
      'Item 1: "start" must be a number of seconds (like 12.5), but it is "00:01".',
    );
    expect(bad({ start: 1, end: '2' })).toMatch(/^Item 1: "end" must be a number of seconds/);
    expect(bad({ start: -1, end: 2 })).toBe('Item 1: "start" is negative (-1); times start at 0.');
    expect(bad({ start: 5, end: 2.5 })).toBe(
      'Item 1: its end (2.5 s) comes before its start (5 s).',
    );
    expect(bad({ speaker: { name: 'A' } })).toMatch(/^Item 1: "speaker" must be text/);
  });

  it('refuses an empty file, an empty list and a list of empty texts', () => {
    expect(failure(' \n').message).toMatch(/empty/);
    expect(failure('[]').message).toMatch(/^No transcript turns were found.*list is empty/);
    expect(failure(json({ segments: [{ start: 0, end: 1, text: '  ' }] })).message).toMatch(
      /^No transcript turns were found/,
    );
  });

  it('refuses JSON nested deeper than a transcript needs before parsing it', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(() => parseJson(deep)).toThrow(/^The JSON nests more than 32 levels deep\. Expected an array/);
    // Words arrays inside segments are fine.
    const whisper = JSON.stringify({ segments: [{ start: 0, end: 1, text: 'Hi', words: [{ w: 'Hi', t: [0, 1] }] }] });
    expect(parseJson(whisper).map((s) => s.text)).toEqual(['Hi']);
  });
});

