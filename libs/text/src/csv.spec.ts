import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, readCsvRows } from './csv';

const datasets = resolve(__dirname, '../../../../shared/datasets');

function csvFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? csvFiles(join(dir, e.name))
      : e.name.endsWith('.csv')
        ? [join(dir, e.name)]
        : [],
  );
}

const blank = (row: string[]) => row.every((c) => c.trim() === '');

describe('readCsvRows', () => {
  it('reads every real export into the same rows as csv-parse did', () => {
    const files = csvFiles(datasets);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const before = (
        parse(text, { bom: true, relax_column_count: true, relax_quotes: true }) as string[][]
      ).filter((r) => !blank(r));
      expect(
        readCsvRows(text).filter((r) => !blank(r)),
        file,
      ).toEqual(before);
    }
  });

  it('keeps quotes inside unquoted cells, line breaks inside quoted ones, and ragged rows', () => {
    expect(readCsvRows('\uFEFFa,b\r\n5" screen,"two\nlines"\r\nonly\r\n')).toEqual([
      ['a', 'b'],
      ['5" screen', 'two\nlines'],
      ['only'],
    ]);
  });

  it('refuses a quoted cell that is never closed', () => {
    expect(() => readCsvRows('A,B\n"x,y\n')).toThrow(CsvSyntaxError);
    expect(() => readCsvRows('A,B\n"x,y\n')).toThrow(/never closed/);
  });

  it('reads short rows under a wide header in linear time (no work per ragged row)', () => {
    const header = Array.from({ length: 2000 }, (_, i) => `c${i}`).join(',');
    const cpu = (n: number) => {
      const text = `${header}\n${'a\n'.repeat(n)}`;
      const start = process.cpuUsage();
      expect(readCsvRows(text)).toHaveLength(n + 1);
      const used = process.cpuUsage(start);
      return used.user + used.system;
    };
    cpu(20_000); // warm-up
    const small = Math.max(cpu(50_000), 1);
    const large = cpu(200_000);
    // Linear gives about 4× for 4× the rows (CPU time, compared within the test: no absolute time).
    expect(large / small).toBeLessThan(12);
  });
});
