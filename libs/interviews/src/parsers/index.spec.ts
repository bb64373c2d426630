import { describe, expect, it } from 'vitest';
import * as parsers from './index';
import {
  parseTranscript,
  TRANSCRIPT_FORMATS,
  TranscriptFormat,
  TranscriptParseError,
} from './index';

// The same two-turn conversation in every format, so the dispatcher is shown
// to route each one to its own parser and all agree on the result.
const samples: Record<TranscriptFormat, string> = {
  PLAIN: '[00:00:01] Ann: Hello.\n[00:00:02] Bob: Hi!\n',
  VTT: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello.\n\n00:00:02.000 --> 00:00:03.000\n<v Bob>Hi!\n',
  SRT: '1\n00:00:01,000 --> 00:00:02,000\nAnn: Hello.\n\n2\n00:00:02,000 --> 00:00:03,000\nBob: Hi!\n',
  JSON: '[{"speaker":"Ann","start":1,"end":2,"text":"Hello."},{"speaker":"Bob","start":2,"end":3,"text":"Hi!"}]',
};

describe('parseTranscript', () => {
  it.each(TRANSCRIPT_FORMATS)('routes %s to its parser', (format) => {
    const segments = parseTranscript(format, samples[format]);
    expect(segments.map((s) => [s.speaker, s.startMs, s.text])).toEqual([
      ['Ann', 1_000, 'Hello.'],
      ['Bob', 2_000, 'Hi!'],
    ]);
    // PLAIN has no end for the last turn; the timed formats do.
    expect(segments[1].endMs).toBe(format === 'PLAIN' ? null : 3_000);
  });

  it('refuses an unknown format from untyped input, including prototype keys', () => {
    for (const format of ['DOCX', 'toString', 'vtt']) {
      expect(() => parseTranscript(format as TranscriptFormat, 'x')).toThrow(
        `"${format}" is not a supported transcript format. Use one of PLAIN, VTT, SRT, JSON.`,
      );
    }
  });

  it('throws TranscriptParseError with the line for bad content', () => {
    let caught: unknown;
    try {
      parseTranscript('VTT', samples.SRT);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(TranscriptParseError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as TranscriptParseError).name).toBe('TranscriptParseError');
    expect((caught as TranscriptParseError).line).toBe(1);
  });

  it('refuses a file of more than MAX_TRANSCRIPT_LINES lines (or JSON items) before parsing it', () => {
    const lines = 'Dan: hi\n'.repeat(parsers.MAX_TRANSCRIPT_LINES);
    expect(() => parseTranscript('PLAIN', lines)).toThrow(/more than 50,000 lines/);
    expect(() => parseTranscript('SRT', lines.replace(/\n/g, '\r'))).toThrow(
      /more than 50,000 lines/,
    );
    expect(parseTranscript('PLAIN', lines.slice(0, -1))).toHaveLength(parsers.MAX_TRANSCRIPT_LINES);
    const items = JSON.stringify(Array.from({ length: 50_001 }, () => ({ text: 'hi' })));
    expect(() => parseTranscript('JSON', items)).toThrow(/50,001 items/);
  });

  it('re-exports every parser and the shared helpers', () => {
    expect(Object.keys(parsers).sort()).toEqual(
      [
        'MAX_TRANSCRIPT_LINES',
        'TRANSCRIPT_FORMATS',
        'TranscriptParseError',
        'decodeEntities',
        'isSpeakerLabel',
        'mergeContiguousTurns',
        'parseClock',
        'parseJson',
        'parsePlain',
        'parseSrt',
        'parseTranscript',
        'parseVtt',
        'splitSpeakerPrefix',
      ].sort(),
    );
  });
});
