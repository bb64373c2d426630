import { MAX_TEXT_LENGTH } from '@persona-lab/survey-logic';
import { describe, expect, it } from 'vitest';
import { inferColumn } from './infer-column';
import { importSurveyCsv } from './index';

const typeOf = (header: string, values: string[]) => inferColumn(header, values).type;
const repeat = (values: string[], times: number) =>
  Array.from({ length: times }, () => values).flat();

describe('inferColumn', () => {
  it('reads 0-10 scores as NPS when they span the scale or the header mentions recommending', async () => {
    expect(typeOf('Score', ['0', '5', '10'])).toBe('NPS');
    expect(typeOf('Would you recommend us?', ['1', '9', '10'])).toBe('NPS');
    expect(typeOf('Would you recommend us? (1-5)', ['1', '4', '5'])).toBe('RATING');
    expect(typeOf('Score', ['1', '9', '10'])).toBe('NUMBER');
  });

  it('reads small whole numbers from 1 as a rating, anything else as a number', async () => {
    expect(typeOf('Ease', ['1', '7', '3'])).toBe('RATING');
    expect(typeOf('Children', ['0', '2', '3'])).toBe('NUMBER');
    expect(typeOf('Hours', ['1.5', '2'])).toBe('NUMBER');
    expect(typeOf('Same', ['1', '1'])).toBe('NUMBER');
  });

  it('recognises emails and dates only when every answer is one', async () => {
    expect(typeOf('Email', ['a@example.com', 'b@example.org'])).toBe('EMAIL');
    expect(typeOf('Email', ['a@example.com', 'none'])).toBe('SHORT_TEXT');
    expect(typeOf('Start', ['2024-01-31', '2/1/2024'])).toBe('DATE');
  });

  it('needs repeated parts to call a delimited column multiple choice', async () => {
    const multi = ['Excel;R', 'R', 'Python;R', 'Excel', 'Python'];
    expect(inferColumn('Tools', multi)).toMatchObject({ type: 'MULTIPLE_CHOICE', delimiter: ';' });
    const prose = ['I like it; it is fast', 'Slow; crashes often', 'Fine', 'Too many clicks; ugly'];
    expect(typeOf('Comments', prose)).toBe('SHORT_TEXT');
  });

  it('calls few distinct answers a single choice: at most 12 and half the rows, or 20 from 200 rows', async () => {
    expect(typeOf('Plan', ['Free', 'Pro', 'Free', 'Pro'])).toBe('SINGLE_CHOICE');
    expect(typeOf('Plan', ['Free', 'Pro', 'Team'])).toBe('SHORT_TEXT');
    const twenty = Array.from({ length: 20 }, (_, i) => `Country ${i}`);
    expect(typeOf('Where?', repeat(twenty, 10))).toBe('SINGLE_CHOICE');
    expect(typeOf('Where?', repeat(twenty, 5))).toBe('SHORT_TEXT');
  });

  it('calls text long when it averages over 80 characters or one answer exceeds 200', async () => {
    expect(typeOf('Why?', ['a'.repeat(81), 'b'.repeat(81)])).toBe('LONG_TEXT');
    expect(typeOf('Why?', ['a'.repeat(201), 'b', 'c', 'd', 'e'])).toBe('LONG_TEXT');
    expect(typeOf('Why?', ['a'.repeat(80), 'b'.repeat(80)])).toBe('SHORT_TEXT');
  });
});

describe('importSurveyCsv answers inference cannot fit', () => {
  it('puts rarely chosen parts of a multi-select into "Other", with a warning', async () => {
    // Excel and R cover 21 of the 23 choices made, enough to read the column as a multi-select.
    const cells = [
      ...repeat(['Excel;R'], 6),
      'R',
      'R',
      'Excel',
      'Excel',
      'R;Julia',
      'R;Excel;Stata',
    ];
    const result = await importSurveyCsv(['Tools (check all that apply)', ...cells].join('\n'));
    expect(result.definition.questions[0].options).toEqual([
      { id: 'o1', label: 'Excel' },
      { id: 'o2', label: 'R' },
      { id: 'o3', label: 'Other' },
    ]);
    expect(result.responses.slice(-2).map((r) => r.answers.q1)).toEqual([
      ['o2', 'o3'],
      ['o2', 'o1', 'o3'],
    ]);
    expect(result.warnings).toEqual([
      'Column 1 ("Tools (check all that apply)"): 2 rarely given answers (each chosen in fewer than 2 rows) were imported as "Other"; set its type to LONG_TEXT in columns to keep the answers word for word.',
    ]);
  });

  it('leaves out a text answer longer than any question may hold rather than cut it', async () => {
    const huge = 'x'.repeat(MAX_TEXT_LENGTH + 1);
    const result = await importSurveyCsv(`Story\nshort\n${huge}\n`);
    expect(result.definition.questions[0].type).toBe('LONG_TEXT');
    expect(result.responses.map((r) => r.answers)).toEqual([{ q1: 'short' }, {}]);
    expect(result.warnings).toEqual([
      `Column 1 ("Story"): the answer in row 3 could not be imported: longer than ${MAX_TEXT_LENGTH} characters, the most a text answer can hold.`,
    ]);
  });
});
