import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, csvUnguard } from './csv-cell';

describe('csvCell', () => {
  it('guards text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://x")`)).toBe(`'${start}HYPERLINK("http://x")`);
    }
    expect(csvCell('-3')).toBe("'-3");
  });

  it('leaves other text, numbers and booleans as they are', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell('')).toBe('');
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell(true)).toBe(true);
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvRow(['@x', 1, null])).toEqual(["'@x", 1, '']);
  });

  it('csvUnguard reads back exactly what csvCell guarded', () => {
    for (const text of [
      '=1+1',
      '+x',
      '-child',
      '@me',
      '\t=1',
      "'quoted",
      "'=already",
      "''=twice",
      'plain',
      "'",
      '',
    ]) {
      expect(csvUnguard(String(csvCell(text)))).toBe(text);
    }
  });
});
