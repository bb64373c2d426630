import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseVtt } from './parse-vtt';
import { TranscriptParseError } from './types';

const fixture = readFileSync(join(__dirname, '../../test/fixtures', 'messy.vtt'), 'utf8');

function failure(content: string): TranscriptParseError {
  try {
    parseVtt(content);
  } catch (err) {
    if (err instanceof TranscriptParseError) return err;
    throw err;
  }
  throw new Error('expected parseVtt to throw');
}

const vtt = (...blocks: string[]) => ['WEBVTT', ...blocks].join('\n\n');

describe('parseVtt', () => {
  it('reads a Zoom-style export with header metadata, NOTE/STYLE/REGION blocks, ids, settings and tags', () => {
    expect(parseVtt(fixture)).toEqual([
      {
        speaker: 'Interviewer',
        startMs: 1_000,
        endMs: 7_250,
        text: 'Thanks for joining & welcome. Can you tell me about your role?',
      },
      {
        speaker: 'Maria Lopez',
        startMs: 8_000,
        endMs: 15_000,
        text: 'Sure, I lead the data team at Acme. We build dashboards for x < y cases.',
      },
      { speaker: 'Interviewer', startMs: 16_000, endMs: 18_000, text: 'And what tools?' },
      { speaker: null, startMs: 18_500, endMs: 20_000, text: '- Mostly Python.' },
    ]);
  });

  it('gives the same result for CRLF, CR, BOM and trailing-space variants', () => {
    const expected = parseVtt(fixture);
    expect(parseVtt(fixture.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(parseVtt(fixture.replace(/\n/g, '\r'))).toEqual(expected);
    expect(parseVtt(`\uFEFF${fixture}`)).toEqual(expected);
    expect(parseVtt(fixture.replace(/\n/g, ' \t\n'))).toEqual(expected);
  });

  it('accepts mm:ss.mmm and hh:mm:ss.mmm timings and ignores cue settings', () => {
    const segments = parseVtt(
      vtt(
        '00:01.500 --> 00:02.000 vertical:rl\nshort',
        '01:00:00.000 --> 01:00:01.250 size:50%\nlong',
      ),
    );
    expect(segments.map((s) => [s.startMs, s.endMs, s.text])).toEqual([
      [1_500, 2_000, 'short'],
      [3_600_000, 3_601_250, 'long'],
    ]);
  });

  it('takes the speaker from a voice span, including classed voices, else from a Name: prefix', () => {
    const segments = parseVtt(
      vtt(
        '00:00.000 --> 00:01.000\n<v.first.loud Esme Tiana>It’s me!',
        '00:02.000 --> 00:03.000\n<v Roger Bingham>Hi</v>',
        '00:04.000 --> 00:05.000\nP2: Hello',
        '00:06.000 --> 00:07.000\nThe answer was: no',
      ),
    );
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['Esme Tiana', 'It’s me!'],
      ['Roger Bingham', 'Hi'],
      ['P2', 'Hello'],
      [null, 'The answer was: no'],
    ]);
  });

  it('splits a cue whose lines are spoken by two voices rather than misattributing them', () => {
    const segments = parseVtt(
      vtt('00:00:01.000 --> 00:00:03.000\n<v Ann>Ready?</v>\n<v Bob>Yes.</v>'),
    );
    expect(segments).toEqual([
      { speaker: 'Ann', startMs: 1_000, endMs: 3_000, text: 'Ready?' },
      { speaker: 'Bob', startMs: 1_000, endMs: 3_000, text: 'Yes.' },
    ]);
  });

  it('strips formatting and karaoke timestamps and decodes entities without double-decoding', () => {
    const [segment] = parseVtt(
      vtt(
        '00:00.000 --> 00:05.000\n' +
          '<c.highlight><i>Tom</i></c> <00:00:01.000>&amp; <b>Jerry</b>&nbsp;say &quot;hi&quot; &#39;n &amp;lt;3',
      ),
    );
    expect(segment.text).toBe('Tom & Jerry say "hi" \'n &lt;3');
  });

  it('merges same-speaker cues only when one ends exactly where the next starts', () => {
    const segments = parseVtt(
      vtt(
        '00:00.000 --> 00:01.000\n<v A>one',
        '00:01.000 --> 00:02.000\n<v A>two',
        '00:02.100 --> 00:03.000\n<v A>three',
        '00:03.000 --> 00:04.000\nfour',
        '00:04.000 --> 00:05.000\nfive',
      ),
    );
    expect(segments).toEqual([
      { speaker: 'A', startMs: 0, endMs: 2_000, text: 'one two' },
      { speaker: 'A', startMs: 2_100, endMs: 3_000, text: 'three' },
      { speaker: null, startMs: 3_000, endMs: 4_000, text: 'four' },
      { speaker: null, startMs: 4_000, endMs: 5_000, text: 'five' },
    ]);
  });

  it('skips cues without text (or with only tags) instead of failing', () => {
    const segments = parseVtt(
      vtt(
        '00:00.000 --> 00:01.000',
        '00:01.000 --> 00:02.000\n<v A></v>',
        '00:02.000 --> 00:03.000\nok',
      ),
    );
    expect(segments).toEqual([{ speaker: null, startMs: 2_000, endMs: 3_000, text: 'ok' }]);
  });

  it('tolerates a missing blank line after the header or between cues, and extra blank lines', () => {
    const text =
      'WEBVTT\n00:00.000 --> 00:01.000\nfirst\n00:01.500 --> 00:02.000\nsecond\n\n\n\nmore of second';
    expect(parseVtt(text).map((s) => s.text)).toEqual(['first', 'second more of second']);
  });

  it('refuses a file without the WEBVTT header, pointing SRT files to the SRT importer', () => {
    const err = failure('\n1\n00:00:01,000 --> 00:00:02,000\nhi\n');
    expect(err.line).toBe(2);
    expect(err.message).toMatch(
      /^Line 2: a WebVTT file must start with the line "WEBVTT".*import it as SRT/,
    );
    expect(failure('WEBVTTX\n\n00:00.000 --> 00:01.000\nhi').line).toBe(1);
  });

  it('names the line of an unreadable timing', () => {
    const err = failure(vtt('00:00:01.000 -> 00:00:02.000\nhi'));
    expect(err.line).toBe(3);
    expect(err.message).toMatch(
      /^Line 3: the cue timing "00:00:01.000 -> 00:00:02.000" cannot be read/,
    );
    expect(failure(vtt('00:00:01.000 --> 00:00:61.000\nhi')).line).toBe(3);
    expect(failure(vtt('00:00:01.000 -->\nhi')).line).toBe(3);
  });

  it('names the line of a cue whose end comes before its start', () => {
    const err = failure(
      vtt('00:00.000 --> 00:01.000\nok', 'id\n00:00:07.000 --> 00:00:05.000\nbad'),
    );
    expect(err.line).toBe(7);
    expect(err.message).toBe(
      "Line 7: the cue's end time 00:00:05.000 comes before its start 00:00:07.000.",
    );
  });

  it('refuses text where a cue should start', () => {
    const err = failure('WEBVTT\n\nhello there\nhow are you');
    expect(err.message).toBe(
      'Line 3: expected a cue timing line such as "00:00:01.000 --> 00:00:04.000" but found "hello there".',
    );
  });

  it('refuses empty files, header-only files and files whose cues are all empty', () => {
    expect(failure('').message).toMatch(/empty/);
    expect(failure('WEBVTT\n\nNOTE nothing here\n').message).toMatch(
      /^No transcript turns were found.*no cues with timings/,
    );
    expect(failure(vtt('00:00.000 --> 00:01.000\n<b></b>')).message).toMatch(
      /^No transcript turns were found.*empty/,
    );
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones alone', () => {
    expect(decodeEntities('&lt;&gt;&amp;&nbsp;&#x41;&#66;&bogus;&#0;')).toBe('<>& AB&bogus;&#0;');
  });
});

describe('hostile voice tags (linear time)', () => {
  it('reads "<v" and a megabyte of spaces with no ">" as text, in one pass', () => {
    const segments = parseVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v${' '.repeat(1_000_000)}x`);
    expect(segments).toHaveLength(1);
    expect(segments[0].text.startsWith('<v')).toBe(true);
  });

  it('reads 100,000 unclosed "<v." tags and "<<<" runs without backtracking', () => {
    const segments = parseVtt(`WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${'<v.a'.repeat(100_000)} and ${'<'.repeat(100_000)}`);
    expect(segments).toHaveLength(1);
  });

  it('still reads a voice name after one space, trimmed', () => {
    const [s] = parseVtt('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v    Ann Lee  >Hello');
    expect(s).toMatchObject({ speaker: 'Ann Lee', text: 'Hello' });
  });
});
