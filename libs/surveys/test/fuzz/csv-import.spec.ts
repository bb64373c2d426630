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
import {
  CsvImportError,
  importSurveyCsv,
  parseCalendarDate,
  parseTimestamp,
  previewSurveyCsv,
} from '../../src/import';
import { commonChoices, type ChoiceSplit } from '../../src/import/split-choices';

// Survey CSV import and preview on generated hostile files: long runs of commas, quotes,
// unterminated quotes, line-ending mixes, repeated headers, timestamp and date cells, choice
// delimiters, brackets and email-like text, inside valid-looking frames. Each file is imported
// (or previewed) or refused with a CsvImportError, and the time grows about linearly: from n to
// 4n characters at most MAX_GROWTH× (quadratic is ~16×).

const UNITS = [
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  'a,',
  'Q,',
  'a;',
  ', ',
  ';',
  '"a",',
  '"a\n',
  '2019-12-14',
  '2019-12-14 ',
  '1,',
  '1',
  'x@',
  '@a.',
  'aa',
  '(',
  '[',
  '12/13/2019 9:50:30,',
];
const FRAMES = [
  '',
  'Timestamp,Q\n2019-12-13 10:00:00,a\n2019-12-14',
  'Q\n',
  'Q\n"',
  'Which apply? (check all that apply)\n',
  'Email,Q\nann@example.com,',
];
const ENDINGS = ['', '\n', ',x\n', '"\n', '\na\n'];

// Hostile shapes a run of one token cannot make: they need a different cell in every row.
const STRUCTURED: HostileShape[] = [
  {
    // 40 choices in every row plus one rare choice per row: the "Other" bar used to be found by
    // refiltering every choice for each bar tried, rows × choices.
    label: '40 common choices + a rare one per row',
    make: (n) => {
      const common = Array.from({ length: 40 }, (_, i) => `c${i}`).join(';');
      const rows = Math.ceil(n / (common.length + 8));
      return `Which apply? (check all that apply)\n${Array.from({ length: rows }, (_, r) => `${common};r${r}`).join('\n')}\n`;
    },
  },
  {
    label: 'one header repeated in every column, one row',
    make: (n) => `${'Q,'.repeat(n / 4)}Q\n${'1,'.repeat(n / 4)}1\n`,
  },
  {
    label: 'distinct headers in every column, one row',
    make: (n) => {
      const k = Math.ceil(n / 12);
      return `${Array.from({ length: k }, (_, i) => `h${i}`).join(',')}\n${Array.from({ length: k }, (_, i) => `v${i % 7}`).join(',')}\n`;
    },
  },
  {
    label: 'one cell per row, every cell different text',
    make: (n) => `Q\n${Array.from({ length: Math.ceil(n / 8) }, (_, i) => `t${i}`).join('\n')}\n`,
  },
];

const MAX_ROWS = { maxRows: 1_000_000 };
const log = new GrowthLog();
afterAll(() => console.log(`survey CSV, n → 4n:\n${log.summary()}`));

const READERS = {
  importSurveyCsv: (csv: string) =>
    parseOrRefuse((c) => importSurveyCsv(c, null, MAX_ROWS), csv, [CsvImportError]),
  previewSurveyCsv: (csv: string) =>
    parseOrRefuse((c) => previewSurveyCsv(c, null, MAX_ROWS), csv, [CsvImportError]),
};

async function expectLinear(
  reader: keyof typeof READERS,
  shape: HostileShape,
  n: number,
  options?: GrowthOptions,
) {
  const g = await linearEnough(shape.make, READERS[reader], n, options);
  log.note(reader, shape.label, n, g);
  expect(
    g.ok,
    `${reader} ${shape.label}: ${n} → ${4 * n} chars took ${g.ratio.toFixed(1)}× (${g.smallMs.toFixed(2)} → ${g.largeMs.toFixed(2)} ms)`,
  ).toBe(true);
}

// Import and preview share the reading and planning; the preview adds the sample cells (checked
// for emails and phones), the import the answer values. The screen runs the preview on every
// frame × token at 4 KB; structured files and mixed tokens run both, up to 64 KB → 256 KB
// (a CSV import costs ~4 ms per KB, so bigger files belong to the server-level suite).
describe('survey CSV on hostile input', () => {
  it('every frame followed by a run of every token: previewed or refused, in linear time', async () => {
    for (const shape of everyRun(UNITS, FRAMES))
      await expectLinear('previewSurveyCsv', shape, 4 * 1024, { rounds: 3, minMs: 2 });
  }, 180_000);

  it.each(Object.keys(READERS) as (keyof typeof READERS)[])(
    '%s: structured hostile files (choices, repeated and many headers, many rows) in linear time',
    async (reader) => {
      for (const shape of STRUCTURED) await expectLinear(reader, shape, 16 * 1024, { rounds: 3 });
    },
    120_000,
  );

  it.each(Object.keys(READERS) as (keyof typeof READERS)[])(
    '%s: mixed tokens and endings up to 256 KB, read or refused with a CsvImportError, in linear time',
    async (reader) => {
      await fc.assert(
        fc.asyncProperty(hostileShapes(UNITS, FRAMES, ENDINGS), async (shape) => {
          await expectLinear(reader, shape, 4 * 1024, { rounds: 3, minMs: 2 });
          await expectLinear(reader, shape, 64 * 1024, { rounds: 3 });
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 5) },
      );
    },
    180_000,
  );
});

describe('date and timestamp cells', () => {
  const CELL_UNITS = [
    ' ',
    '0',
    '1',
    ':',
    '-',
    '/',
    '12/',
    '2019-',
    'a',
    'Dec ',
    'GMT',
    '+',
    '.',
    ',',
    'T',
  ];
  const CELL_FRAMES = [
    '',
    '2019-12-14',
    '2019-12-14 10:00',
    '12/13/2019',
    'Dec 13, 2019',
    '2019-12-14T10:00:00',
  ];

  it('parseTimestamp and parseCalendarDate take linear time and never throw', async () => {
    for (const shape of everyRun(CELL_UNITS, CELL_FRAMES)) {
      for (const [name, read] of [
        ['parseTimestamp', parseTimestamp],
        ['parseCalendarDate', parseCalendarDate],
      ] as const) {
        const g = await linearEnough(shape.make, (t) => read(t), 16 * 1024, {
          rounds: 3,
          minMs: 2,
        });
        log.note(name, shape.label, 16 * 1024, g);
        expect(g.ok, `${name} ${shape.label}: ${g.ratio.toFixed(1)}×`).toBe(true);
      }
    }
  }, 120_000);
});

describe('commonChoices', () => {
  // The loop it replaced: raise the bar one row at a time until the options fit.
  function byLoop(counts: number[], limit: number) {
    let minRows = 2;
    for (;;) {
      const kept = counts.filter((n) => n >= minRows).length;
      if (kept + (kept < counts.length ? 1 : 0) <= limit) return minRows;
      minRows++;
    }
  }

  it('picks the same bar, options and "Other" count as raising the bar one row at a time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 45 }),
        (counts, limit) => {
          const split: ChoiceSplit = {
            cells: [],
            counts: new Map(counts.map((n, i) => [`c${i}`, n])),
            delimiter: ';',
          };
          const common = commonChoices(split, limit);
          const minRows = byLoop(counts, limit);
          expect(common.minRows).toBe(minRows);
          expect(common.options).toEqual(counts.flatMap((n, i) => (n >= minRows ? [`c${i}`] : [])));
          expect(common.rare).toBe(counts.filter((n) => n < minRows).length);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
