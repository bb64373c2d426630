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
import { codebookFromCsv, codebookFromQdc, CodebookFormatError } from '../../src/exchange';

// Codebook import (REFI-QDA .qdc XML and CSV) on generated hostile files: long runs of `<`,
// unclosed tags, attributes and quotes, comments, CDATA, entities, deep nesting, and for CSV
// commas, quotes and line endings, inside valid-looking frames. Each file is read or refused
// with a CodebookFormatError, and the time grows about linearly: from n to 4n characters at most
// MAX_GROWTH× (quadratic is ~16×).

const QDC_HEAD = '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>';
const XML_UNITS = [
  '<',
  '<a',
  '<a ',
  '</',
  '</a',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '<!',
  '[',
  ']',
  '>',
  '"',
  "'",
  '=',
  ' ',
  '\n',
  '\r\n',
  '&',
  '&a',
  '&#',
  '&#x',
  '&amp;',
  'a',
  '<Code name="a" guid="',
  '<Code>',
  '<Code/>',
  '<x:',
];
const XML_FRAMES = [
  '',
  QDC_HEAD,
  `${QDC_HEAD}<Code name="`,
  `${QDC_HEAD}<Code guid="g" name="a">`,
  '<CodeBook><Sets><Set name="Persona Lab: ',
  '<CodeBook a',
  '<!DOCTYPE x [',
  `${QDC_HEAD}<!--`,
  `${QDC_HEAD}<![CDATA[`,
];
const XML_ENDINGS = [
  '',
  '>',
  '"/>',
  '</Codes></CodeBook>',
  '"><MemberCode targetGUID="g"/></Set></Sets><Codes/></CodeBook>',
];

const CSV_UNITS = [
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  'a,',
  'name,',
  'a',
  ';',
  '-',
  '"a\n',
];
const CSV_FRAMES = [
  '',
  'name\n',
  'id,name,description,category,parent_id,parent_name\n',
  'name,category\na,',
  'name,parent\n',
  `name${',x'.repeat(500)}\n`,
];
const CSV_ENDINGS = ['', '\n', ',x\n', '"\n'];

// Shapes a run of one token cannot make.
const STRUCTURED: HostileShape[] = [
  {
    label: 'qdc: codes nested one inside the other',
    make: (n) => {
      const depth = Math.ceil(n / 40);
      return `${QDC_HEAD}${Array.from({ length: depth }, (_, i) => `<Code guid="g${i}" name="c">`).join('')}${'</Code>'.repeat(depth)}</Codes></CodeBook>`;
    },
  },
  {
    label: 'qdc: many sibling codes and a category set naming them all',
    make: (n) => {
      const k = Math.ceil(n / 70);
      const codes = Array.from({ length: k }, (_, i) => `<Code guid="g${i}" name="c${i}"/>`).join(
        '',
      );
      const members = Array.from({ length: k }, (_, i) => `<MemberCode targetGUID="g${i}"/>`).join(
        '',
      );
      return `${QDC_HEAD}${codes}</Codes><Sets><Set name="Persona Lab: PAIN_POINT">${members}</Set></Sets></CodeBook>`;
    },
  },
  {
    label: 'csv: one parent with every other code as its child',
    make: (n) =>
      `id,name,parent_id\np,Parent,\n${Array.from({ length: Math.ceil(n / 16) }, (_, i) => `c${i},n${i},p`).join('\n')}\n`,
  },
  {
    label: 'csv: a wide header and one-cell rows',
    make: (n) =>
      `name${',x'.repeat(n / 4)}\n${Array.from({ length: n / 8 }, (_, i) => `n${i}`).join('\n')}\n`,
  },
  {
    label: 'csv: codes named by parent name in a chain',
    make: (n) =>
      `name,parent\nn0,\n${Array.from({ length: Math.ceil(n / 14) }, (_, i) => `n${i + 1},n${i}`).join('\n')}\n`,
  },
];

const READERS = { QDC: codebookFromQdc, CSV: codebookFromCsv };
const log = new GrowthLog();
afterAll(() => console.log(`codebook import, n → 4n:\n${log.summary()}`));

async function expectLinear(
  format: keyof typeof READERS,
  shape: HostileShape,
  n: number,
  options?: GrowthOptions,
) {
  const run = (input: string) => parseOrRefuse(READERS[format], input, [CodebookFormatError]);
  const g = await linearEnough(shape.make, run, n, options);
  log.note(format, shape.label, n, g);
  expect(
    g.ok,
    `${format} ${shape.label}: ${n} → ${4 * n} chars took ${g.ratio.toFixed(1)}× (${g.smallMs.toFixed(2)} → ${g.largeMs.toFixed(2)} ms)`,
  ).toBe(true);
}

const CASES = {
  QDC: { units: XML_UNITS, frames: XML_FRAMES, endings: XML_ENDINGS },
  CSV: { units: CSV_UNITS, frames: CSV_FRAMES, endings: CSV_ENDINGS },
};

describe.each(Object.keys(CASES) as (keyof typeof READERS)[])(
  '%s codebook import on hostile input',
  (format) => {
    const { units, frames, endings } = CASES[format];

    it('every frame followed by a run of every token: read or refused, in linear time', async () => {
      // CSV at 4 KB: csv-parse spends ~50 µs on every row whose length differs from the header's
      // (linear, but it makes a 16 KB screen of blank lines take seconds).
      const n = format === 'CSV' ? 4 * 1024 : 16 * 1024;
      for (const shape of everyRun(units, frames))
        await expectLinear(format, shape, n, { rounds: 3, minMs: 2 });
    }, 120_000);

    it('structured hostile files in linear time', async () => {
      for (const shape of STRUCTURED.filter((s) => s.label.startsWith(format.toLowerCase()))) {
        await expectLinear(format, shape, 16 * 1024, { rounds: 3 });
      }
    }, 120_000);

    it('mixed tokens and endings up to 1 MB: read or refused with a CodebookFormatError, in linear time', async () => {
      await fc.assert(
        fc.asyncProperty(hostileShapes(units, frames, endings), async (shape) => {
          await expectLinear(format, shape, 4 * 1024);
          await expectLinear(format, shape, format === 'CSV' ? 32 * 1024 : 256 * 1024, {
            rounds: 3,
          });
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 8) },
      );
    }, 120_000);
  },
);

describe('category sets', () => {
  it('a set name of 90,000 spaces is read quickly and names no category', () => {
    // 90,000: the longest a tag may be is 100,000 characters (a longer one is refused unread).
    const qdc = `${QDC_HEAD}<Code guid="g" name="a"/></Codes><Sets><Set name="Persona Lab: PAIN${' '.repeat(90_000)}!"><MemberCode targetGUID="g"/></Set></Sets></CodeBook>`;
    const started = performance.now();
    expect(codebookFromQdc(qdc)[0].category).toBe('OTHER');
    // Generous: linear takes milliseconds; the old regex needed minutes for this.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('"Persona Lab: pain point" with spaces around still names PAIN_POINT', () => {
    const qdc = `${QDC_HEAD}<Code guid="g" name="a"/></Codes><Sets><Set name="  persona lab :  pain point  "><MemberCode targetGUID="g"/></Set></Sets></CodeBook>`;
    expect(codebookFromQdc(qdc)[0].category).toBe('PAIN_POINT');
  });
});
