import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  everyRun,
  GrowthLog,
  hostileShapes,
  linearEnough,
  parseOrRefuse,
  type GrowthOptions,
  type HostileShape,
} from '@persona-lab/db/testing';
import { parseTranscript, TranscriptParseError, type TranscriptFormat } from '../../src/parsers';

// Every transcript parser on generated hostile files: long runs of one token (spaces, tabs,
// `<v`, `<`, `-->`, digits, colons, `&`, nested tags, CRLF mixes) inside a valid-looking frame.
// Each file is parsed or refused with a TranscriptParseError, and the parse time grows about
// linearly: from n to 4n characters at most MAX_GROWTH× (quadratic is ~16×). A screen tries
// every frame × token at 8 KB (quick even for a quadratic parser); the property then mixes
// tokens and endings at 16 KB and at 256 KB → 1 MB.

const UNITS = [
  ' ',
  '\t',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '<',
  '>',
  '<v',
  '<v ',
  '<v.',
  '<b>',
  '<i><b>',
  '</',
  '-->',
  ' --> ',
  '-',
  '0',
  '1:',
  ':',
  '00:00:01.000',
  '&',
  '&a',
  '&#',
  '&#x',
  '[',
  '(',
  '[00:',
  '**',
  '__',
  '#',
  'a',
  'A ',
  'Dan:',
  'Dan: ',
  '"',
  ',',
  '{\\',
  '\uFEFF',
];

const FRAMES: Record<TranscriptFormat, string[]> = {
  VTT: [
    'WEBVTT\n\n',
    'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n',
    'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v',
    'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.a',
    'WEBVTT\n\nNOTE ',
    'WEBVTT\n\n00:00:01.000 ',
  ],
  SRT: [
    '',
    '1\n',
    '1\n00:00:01,000 --> 00:00:02,000\n',
    '1\n00:00:01,000 --> 00:00:02,000\n<font ',
    '1\n00:00:01,000 --> 00:00:02,000\nDan',
  ],
  PLAIN: [
    '',
    'Dan: ',
    'Dan',
    '[00:01:02] ',
    '[00:01:02] Dan',
    '**Dan',
    'Interviewer 1 (00:01',
    '# Title\n\n',
  ],
  JSON: ['', '[', '[{"text": "', '{"segments": [', '[{"speaker": "a", "text": "x", "start": ', '"'],
};
const ENDINGS = ['', '\n', '>', '"}]', ':', '\n\n00:00:03.000 --> 00:00:04.000\nbye\n'];

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const log = new GrowthLog();
afterAll(() => console.log(`transcript parsers, n → 4n:\n${log.summary()}`));

async function expectLinear(
  format: TranscriptFormat,
  shape: HostileShape,
  n: number,
  options?: GrowthOptions,
): Promise<void> {
  const run = (input: string) =>
    parseOrRefuse((c) => parseTranscript(format, c), input, [TranscriptParseError]);
  const g = await linearEnough(shape.make, run, n, options);
  log.note(format, shape.label, n, g);
  expect(
    g.ok,
    `${format} ${shape.label}: ${n} → ${4 * n} chars took ${g.ratio.toFixed(1)}× (${g.smallMs.toFixed(2)} → ${g.largeMs.toFixed(2)} ms)`,
  ).toBe(true);
}

describe.each(Object.keys(FRAMES) as TranscriptFormat[])('%s parser on hostile input', (format) => {
  it('every frame followed by a run of every token: parsed or refused, in linear time', async () => {
    for (const shape of everyRun(UNITS, FRAMES[format]))
      await expectLinear(format, shape, 16 * 1024, { rounds: 3, minMs: 2 });
  }, 120_000);

  it('mixed tokens and endings up to 1 MB: parsed or refused with a TranscriptParseError, in linear time', async () => {
    await fc.assert(
      fc.asyncProperty(hostileShapes(UNITS, FRAMES[format], ENDINGS), async (shape) => {
        await expectLinear(format, shape, 16 * 1024);
        await expectLinear(format, shape, 256 * 1024, { rounds: 3 });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
