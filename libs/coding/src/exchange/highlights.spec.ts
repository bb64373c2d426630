import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { highlightsToCsv, type ExchangeHighlight } from './index';

const highlight: ExchangeHighlight = {
  id: 'h1',
  codeName: 'Slow exports',
  category: 'PAIN_POINT',
  sourceType: 'INTERVIEW',
  sourceLabel: 'Interview with Ana, "P3"',
  start: 120,
  end: 168,
  text: 'It takes ages,\nhonestly — über slow',
  status: 'ACCEPTED',
  coder: 'ana@example.com',
  confidence: 0.82,
  createdAt: '2024-05-01T10:00:00.000Z',
};

describe('highlightsToCsv', () => {
  it('writes a header and one row per highlight, quoting commas, quotes and line breaks', () => {
    const rows: string[][] = parse(
      highlightsToCsv([highlight, { ...highlight, id: 'h2', confidence: null }]),
    );
    expect(rows).toEqual([
      [
        'id',
        'code_name',
        'category',
        'source_type',
        'source_label',
        'start',
        'end',
        'text',
        'status',
        'coder',
        'confidence',
        'created_at',
      ],
      [
        'h1',
        'Slow exports',
        'PAIN_POINT',
        'INTERVIEW',
        'Interview with Ana, "P3"',
        '120',
        '168',
        'It takes ages,\nhonestly — über slow',
        'ACCEPTED',
        'ana@example.com',
        '0.82',
        '2024-05-01T10:00:00.000Z',
      ],
      expect.arrayContaining(['h2', '']),
    ]);
    expect(rows[2][10]).toBe('');
  });

  it('writes only the header when there are no highlights', () => {
    expect(highlightsToCsv([])).toBe(
      'id,code_name,category,source_type,source_label,start,end,text,status,coder,confidence,created_at\n',
    );
  });

  it('keeps spreadsheets from running quoted text as a formula', () => {
    const rows: string[][] = parse(
      highlightsToCsv([
        { ...highlight, text: '=HYPERLINK("http://x")', sourceLabel: '@P4', codeName: '+1' },
      ]),
    );
    expect(rows[1][7]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[1][4]).toBe("'@P4");
    expect(rows[1][1]).toBe("'+1");
  });
});
