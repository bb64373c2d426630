import { validateAnswer, validateDefinition } from '@persona-lab/survey-logic';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMS_CSV, LONG_ANSWER } from '../../test/import/fixture';
import { CsvImportError, importSurveyCsv, type CsvImportResult } from './index';

const opts = (...labels: string[]) => labels.map((label, i) => ({ id: `o${i + 1}`, label }));

describe('importSurveyCsv on a Google Forms-like export', () => {
  let result: CsvImportResult;
  beforeAll(async () => {
    result = await importSurveyCsv(FORMS_CSV);
  });

  it('infers one question per kept column, ids q1..qN in column order, with its persona field', async () => {
    const base = { required: false, sensitive: false };
    expect(result.definition.questions).toEqual([
      {
        ...base,
        id: 'q1',
        type: 'RATING',
        title: 'How satisfied are you with the app?',
        min: 1,
        max: 5,
        personaField: 'PSYCHOGRAPHIC',
      },
      {
        ...base,
        id: 'q2',
        type: 'NPS',
        title: 'How likely are you to recommend us to a friend?',
        personaField: 'PSYCHOGRAPHIC',
      },
      {
        ...base,
        id: 'q3',
        type: 'MULTIPLE_CHOICE',
        title: 'Which features do you use? (check all that apply)',
        options: opts('Reports', 'Export', 'Sharing'),
        personaField: 'BEHAVIOR',
      },
      {
        ...base,
        id: 'q4',
        type: 'SINGLE_CHOICE',
        title: 'What is your role?',
        options: opts('Designer', 'Engineer', 'Manager'),
        personaField: 'DEMOGRAPHIC',
      },
      {
        ...base,
        id: 'q5',
        type: 'LONG_TEXT',
        title: 'What would you improve?',
        personaField: 'GOAL',
      },
      { ...base, id: 'q6', type: 'EMAIL', title: 'Email Address', personaField: 'NONE' },
      {
        ...base,
        id: 'q7',
        type: 'NUMBER',
        title: 'What year were you born?',
        personaField: 'DEMOGRAPHIC',
      },
      {
        ...base,
        id: 'q8',
        type: 'DATE',
        title: 'When did you start using the app?',
        personaField: 'BEHAVIOR',
      },
    ]);
    expect(validateDefinition(result.definition).ok).toBe(true);
  });

  it('reads the answers of every non-blank row, leaving out unanswered questions', async () => {
    expect(result.responses.map((r) => r.answers)).toEqual([
      {
        q1: 4,
        q2: 9,
        q3: ['o1', 'o2'],
        q4: 'o1',
        q5: 'Faster exports, please',
        q6: 'ana@example.com',
        q7: 1990,
        q8: '2024-03-15',
      },
      {
        q1: 5,
        q2: 10,
        q3: ['o1'],
        q4: 'o2',
        q5: LONG_ANSWER,
        q6: 'ben@example.org',
        q7: 1985,
        q8: '2024-02-01',
      },
      { q1: 3, q2: 6, q3: ['o2', 'o3'], q4: 'o1', q5: 'Line one\nline two', q8: '2024-01-05' },
      { q2: 0, q3: ['o1', 'o3', 'o2'], q4: 'o3', q5: 'OK', q6: 'cy@example.com', q7: 1978 },
      { q1: 5, q2: 8, q4: 'o2', q6: 'dee@example.net', q7: 2001, q8: '2024-03-31' },
      { q1: 2, q2: 7, q3: ['o3'], q4: 'o1', q5: 'Too many clicks', q7: 1995, q8: '2023-12-01' },
    ]);
    for (const { answers } of result.responses) {
      for (const q of result.definition.questions) {
        if (q.id in answers) expect(validateAnswer(q, answers[q.id])).toBeNull();
      }
    }
  });

  it('turns the Timestamp column into submittedAt, honouring "GMT+1" and AM/PM', async () => {
    expect(result.timestampColumn).toBe('Timestamp');
    expect(result.responses.map((r) => r.submittedAt?.toISOString())).toEqual([
      '2024-03-01T08:15:02.000Z',
      '2024-03-01T12:05:40.000Z',
      '2024-03-02T09:00:00.000Z',
      '2024-03-02T15:30:00.000Z',
      '2024-03-03T07:00:00.000Z',
      '2024-03-03T22:59:59.000Z',
    ]);
  });

  it('skips the empty column and the response id, saying why', async () => {
    expect(result.skippedColumns).toEqual(['Anything else?', 'Response ID']);
    expect(result.warnings).toEqual([
      'Skipped Column 8 ("Anything else?"): no response answers it.',
      'Skipped Column 9 ("Response ID"): it looks like export metadata (an id, address or status), not an answer. List it in columns with skip: false to keep it.',
    ]);
  });

  it('reads the same file without BOM and with LF line endings identically', async () => {
    const plain = FORMS_CSV.replace('\uFEFF', '').replace(/\r\n/g, '\n');
    const again = await importSurveyCsv(plain);
    expect(again.definition).toEqual(result.definition);
    expect(again.responses).toEqual(result.responses);
  });
});

describe('importSurveyCsv headers', () => {
  it('renames repeated and empty headers so every title is unique, keeping long ones whole', async () => {
    const long = `${'How often do you export a report for your team '.repeat(6)}?`;
    const csv = `Comment,${long}, Comment ,\na,b,c,d\ne,f,g,h\n`;
    const result = await importSurveyCsv(csv);
    expect(result.definition.questions.map((q) => q.title)).toEqual([
      'Comment',
      long,
      'Comment (2)',
      'Column 4',
    ]);
    expect(result.warnings).toEqual([
      'Column 3 repeats the header "Comment", so it is called "Comment (2)".',
      'Column 4 has no header, so it is called "Column 4".',
    ]);
  });

  it('tolerates empty trailing cells a spreadsheet adds after the last column', async () => {
    const result = await importSurveyCsv('A,B\nx,y,,\nz,w,\n');
    expect(result.responses.map((r) => r.answers)).toEqual([
      { q1: 'x', q2: 'y' },
      { q1: 'z', q2: 'w' },
    ]);
  });
});

describe('importSurveyCsv errors', () => {
  const errorOf = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  };

  it('refuses a header of more than 5,000 columns unparsed (blank first lines skipped), and takes 5,000', async () => {
    const wide = (n: number) =>
      `\r\n  \n${Array.from({ length: n }, (_, i) => `Q${i}`).join(',')}\n${'a,'.repeat(n - 1)}a\n`;
    const error = await errorOf(() => importSurveyCsv(wide(2_600_000)));
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).message).toBe(
      "The CSV's header has more than 5,000 columns, more than a survey import takes. Remove the columns you do not need, or split the export.",
    );
    expect(await errorOf(() => importSurveyCsv(wide(5_001)))).toBeInstanceOf(CsvImportError);
    const atLimit = await importSurveyCsv(wide(5_000)).catch((e: Error) => e);
    expect(atLimit instanceof Error ? atLimit.message : '').not.toMatch(/columns/);
  });

  it('refuses a row of more than 5,000 cells unparsed, naming its line', async () => {
    const error = await errorOf(() => importSurveyCsv(`Q\n1\n${'1,,'.repeat(2_000_000)}\n`));
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).message).toBe(
      'Line 3 of the CSV holds more than 5,000 cells, more than a survey import takes; check that each response is one row of the export.',
    );
  });

  it('names the row with the wrong number of cells, counting the header as row 1', async () => {
    const csv = 'A,B,C\r\n1,2,3\r\n\r\n4,5\r\n';
    const error = await errorOf(() => importSurveyCsv(csv));
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).message).toBe(
      'Row 4 has 2 cells but the header has 3 columns.',
    );
    expect((error as CsvImportError).where).toEqual({ row: 4 });
  });

  it('rejects a header without responses, and an empty file', async () => {
    await expect(importSurveyCsv('A,B\r\n\r\n,\r\n')).rejects.toThrow(
      new CsvImportError('The CSV has a header row but no responses.'),
    );
    for (const empty of ['', '\uFEFF', '\r\n\r\n', ',,\n']) {
      await expect(importSurveyCsv(empty)).rejects.toThrow(
        'The CSV is empty; export the survey with a header row and one row per response.',
      );
    }
  });

  it('reports CSV that cannot be parsed, such as an unclosed quote', async () => {
    await expect(importSurveyCsv('A,B\n"x,y\n')).rejects.toThrow(
      /^The file could not be read as CSV: /,
    );
  });

  it('refuses more rows than maxRows, reading only a little past the limit', async () => {
    await expect(importSurveyCsv('A\nx\ny\nz\n', [], { maxRows: 2 })).rejects.toThrow(
      'The CSV has more than 2 responses, the most one import takes; split the file and import it in parts.',
    );
    // 3.8M one-cell rows (the fuzz suite's input that held the event loop 3 s) against the default limit.
    await expect(importSurveyCsv(`Q\n${'a\n'.repeat(3_800_000)}`)).rejects.toThrow(
      'The CSV has more than 100,000 responses, the most one import takes; split the file and import it in parts.',
    );
  });

  it('refuses a file where no column can become a question', async () => {
    await expect(
      importSurveyCsv('Timestamp,Status,Empty\n2024-01-01 10:00:00,Complete,\n'),
    ).rejects.toThrow(
      'No column can become a question: every column is empty, skipped or the timestamp.',
    );
  });
});

describe('rows that answer nothing', () => {
  it('imports a row that answers no question, and says how many there are', async () => {
    const csv = [
      'Timestamp,How often do you use it?,What gets in the way?',
      '2024-01-01 10:00:00,Daily,Slow exports',
      '2024-01-02 10:00:00,,',
      '2024-01-03 10:00:00,Weekly,',
      '2024-01-04 10:00:00,,',
    ].join('\n');
    const result = await importSurveyCsv(csv);
    expect(result.responses).toHaveLength(4);
    expect(result.responses.filter((r) => Object.keys(r.answers).length === 0)).toHaveLength(2);
    expect(result.warnings).toContain(
      '2 of 4 rows answer none of the imported questions (sessions opened and left); they are imported as responses without answers, and synthesis leaves them out.',
    );
    const full = await importSurveyCsv(
      csv
        .split('\n')
        .filter((_, i) => i !== 2 && i !== 4)
        .join('\n'),
    );
    expect(full.warnings.join(' ')).not.toMatch(/answer none/);
  });
});
