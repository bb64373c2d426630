import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CODEBOOK } from '../../test/exchange/fixture';
import { CodebookFormatError, codebookFromCsv, codebookToCsv, type ExchangeCode } from './index';

/** Runs `fn` and returns the CodebookFormatError message it throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CodebookFormatError);
    return (error as Error).message;
  }
  throw new Error('expected a CodebookFormatError');
}

const HEADER = 'id,name,description,category,parent_id,parent_name';

describe('codebookToCsv', () => {
  it('writes the documented columns, parents before children, with parent names', () => {
    const rows: string[][] = parse(codebookToCsv(CODEBOOK));
    expect(rows[0].join(',')).toBe(HEADER);
    expect(rows[2]).toEqual([
      CODEBOOK[1].id,
      "Slow exports (it's > 10 s)",
      'Line one\nline two\twith a tab',
      'PAIN_POINT',
      CODEBOOK[0].id,
      'Frustrations & "pain" <points>',
    ]);
    expect(rows[3].slice(2, 6)).toEqual(['', 'GOAL', '', '']);
  });

  it('orders children after their parents even when the input does not', () => {
    const reversed = [...CODEBOOK].reverse();
    const ids = (parse(codebookToCsv(reversed)) as string[][]).slice(1).map((r) => r[0]);
    for (const code of CODEBOOK.filter((c) => c.parentId)) {
      expect(ids.indexOf(code.parentId!)).toBeLessThan(ids.indexOf(code.id));
    }
  });
});

describe('codebookFromCsv', () => {
  it('round-trips a nested codebook with every category, unicode and &<>"\'', () => {
    expect(codebookFromCsv(codebookToCsv(CODEBOOK))).toEqual(
      CODEBOOK.map((c) => ({ ...c, color: null })),
    );
  });

  it('reads a hand-made sheet: any column order and case, no ids, parents by name, default category', () => {
    const csv = [
      '\uFEFFParent,Name,Category,Notes',
      'Goals,Save time,goal,ignored column',
      '',
      ',Goals,,',
      'goals,Fewer clicks,Pain point,',
    ].join('\r\n');
    expect(codebookFromCsv(csv)).toEqual([
      {
        id: 'csv-2',
        name: 'Goals',
        description: null,
        category: 'OTHER',
        parentId: null,
        color: null,
      },
      {
        id: 'csv-1',
        name: 'Save time',
        description: null,
        category: 'GOAL',
        parentId: 'csv-2',
        color: null,
      },
      {
        id: 'csv-3',
        name: 'Fewer clicks',
        description: null,
        category: 'PAIN_POINT',
        parentId: 'csv-2',
        color: null,
      },
    ]);
  });

  it('skips generated ids the file already uses, prefers parent_id over parent_name, reads color', () => {
    const csv = [
      'id,name,parent_id,parent_name,color',
      'csv-1,A,,,#ABCDEF',
      ',B,,,',
      ',A,,B,',
      ',C,csv-1,B,nope',
    ].join('\n');
    const codes = codebookFromCsv(csv);
    expect(codes.map((c) => [c.id, c.name, c.parentId, c.color])).toEqual([
      ['csv-1', 'A', null, '#ABCDEF'],
      ['csv-4', 'C', 'csv-1', null],
      ['csv-2', 'B', null, null],
      ['csv-3', 'A', 'csv-2', null],
    ]);
  });

  it('resolves a parent by name when the same name is only the row itself', () => {
    const codes = codebookFromCsv('name,parent\nOther,\nMisc,Other');
    expect(codes[1]).toMatchObject({ name: 'Misc', parentId: codes[0].id });
  });

  describe('errors', () => {
    it('names the row of an unknown parent name', () => {
      expect(errorOf(() => codebookFromCsv(`${HEADER}\n,Goals,,,,\n,Speed,,,,Gaols`))).toBe(
        'Row 3: the parent "Gaols" is not the name of any code in this file; check the spelling or add a row for it.',
      );
      expect(errorOf(() => codebookFromCsv(`${HEADER}\nx,Goals,,,y,`))).toBe(
        'Row 2: the parent_id "y" is not the id of any code in this file.',
      );
    });

    it('names the rows of an ambiguous parent name', () => {
      const csv = 'name,parent\nA,\nB,\nX,A\nX,B\nY,X';
      expect(errorOf(() => codebookFromCsv(csv))).toBe(
        'Row 6: the parent "X" matches the codes on rows 4 and 5; fill in parent_id to say which one.',
      );
    });

    it('refuses two codes with the same name under the same parent', () => {
      expect(errorOf(() => codebookFromCsv('name,parent\nGoals,\nSpeed,Goals\nSpeed,Goals'))).toBe(
        'Row 4: the code "Speed" already appears under "Goals" on row 3; names must differ under the same parent.',
      );
      expect(errorOf(() => codebookFromCsv('name\nGoals\n Goals '))).toBe(
        'Row 3: the code "Goals" already appears at the top level on row 2; names must differ under the same parent.',
      );
    });

    it('names the row and the allowed values for an unknown category', () => {
      expect(errorOf(() => codebookFromCsv('name,category\nA,GOAL\nB,Wish'))).toBe(
        'Row 3: the category "Wish" is not one of PAIN_POINT, GOAL, MOTIVATION, BEHAVIOR, NEED, ATTITUDE, DEMOGRAPHIC, OTHER; leave it empty for OTHER.',
      );
    });

    it('refuses a missing name column, an empty name, duplicate ids, loops and empty files', () => {
      expect(errorOf(() => codebookFromCsv('title,category\nA,GOAL'))).toBe(
        'Row 1: the header has no "name" column; the columns are id,name,description,category,parent_id,parent_name.',
      );
      expect(errorOf(() => codebookFromCsv('name,category\n,GOAL'))).toBe(
        'Row 2: the name is empty; every code needs a name.',
      );
      expect(errorOf(() => codebookFromCsv('id,name\na,A\na,B'))).toBe(
        'Row 3: the id "a" is already used on row 2; every code needs its own id.',
      );
      expect(errorOf(() => codebookFromCsv('id,name,parent_id\na,A,b\nb,B,a'))).toBe(
        'The parents of "A" (row 2) → "B" (row 3) → "A" (row 2) go round in a loop; give one of these codes a different parent.',
      );
      expect(errorOf(() => codebookFromCsv('id,name,parent_id\na,A,a'))).toContain(
        '"A" (row 2) → "A" (row 2)',
      );
      expect(errorOf(() => codebookFromCsv(' \n\n'))).toBe(
        'The CSV is empty; it needs a header row and one row per code.',
      );
      expect(errorOf(() => codebookFromCsv('name\n"unclosed'))).toMatch(
        /^The file could not be read as CSV: /,
      );
    });

    it('gives the same errors on export for data that is not a tree', () => {
      const a: ExchangeCode = {
        id: 'a',
        name: 'A',
        description: null,
        category: 'OTHER',
        parentId: 'missing',
      };
      expect(errorOf(() => codebookToCsv([a]))).toContain('parent id "missing"');
    });
  });

  describe('size', () => {
    const codes = (n: number) =>
      `id,name,parent_id\np,Parent,\n${Array.from({ length: n - 1 }, (_, i) => `c${i},Child ${i},p`).join('\n')}\n`;

    it('takes 2,000 codes and refuses 2,001 with a sentence', () => {
      expect(codebookFromCsv(codes(2000))).toHaveLength(2000);
      expect(errorOf(() => codebookFromCsv(codes(2001)))).toBe(
        'A codebook can have at most 2,000 codes; this file has more. Split it, or remove codes you do not use.',
      );
    });

    it('refuses a file of 400k rows after reading the first rows only (blank rows count toward the stop)', () => {
      expect(errorOf(() => codebookFromCsv(codes(400_000)))).toMatch(/^A codebook can have at most 2,000 codes/);
      expect(errorOf(() => codebookFromCsv(`name\nA\n${'\n'.repeat(5000)}B\n`))).toMatch(
        /^A codebook can have at most 2,000 codes/,
      );
    });
  });
});
