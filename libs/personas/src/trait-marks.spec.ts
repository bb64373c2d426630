import { describe, expect, it } from 'vitest';
import { marksProblem, readMarks } from './trait-marks';

describe('reading trait checks as marks', () => {
  it('reads the web client’s object, typed lists and { ok, note } values, by trait index', () => {
    expect(readMarks({ 1: 'unsupported', 0: 'supported' }).marks).toEqual([
      { traitIndex: 0, ok: true, note: null },
      { traitIndex: 1, ok: false, note: null },
    ]);
    expect(
      readMarks([
        { traitIndex: 2, ok: false, note: '  Not in the quotes. ' },
        { traitIndex: 0, ok: true },
      ]).marks,
    ).toEqual([
      { traitIndex: 0, ok: true, note: null },
      { traitIndex: 2, ok: false, note: 'Not in the quotes.' },
    ]);
    expect(readMarks({ 0: { ok: false, note: 'Why?' }, 1: true }).marks).toEqual([
      { traitIndex: 0, ok: false, note: 'Why?' },
      { traitIndex: 1, ok: true, note: null },
    ]);
  });

  it('ignores what names no trait (stored as sent), and reports marks it cannot read', () => {
    expect(readMarks({ note: 'free text' })).toEqual({ marks: [], problems: [] });
    expect(readMarks([{ comment: 'x' }])).toEqual({ marks: [], problems: [] });
    expect(readMarks('text')).toEqual({ marks: [], problems: [] });
    expect(readMarks({ 0: 'maybe' }).problems).toEqual([
      'trait 0: "maybe" is not "supported" or "unsupported"',
    ]);
    expect(readMarks([{ traitIndex: 1.5, ok: true }]).problems).toEqual([
      'entry 1 has no trait index (a whole number from 0)',
    ]);
    expect(readMarks({ '-1': 'supported' }).problems).toHaveLength(1);
  });
});

describe('what cannot be stored', () => {
  const mark = (traitIndex: number, note: string | null = null) => ({
    traitIndex,
    ok: false,
    note,
  });

  it('refuses indexes outside the version’s traits, naming the range', () => {
    expect(marksProblem([mark(0), mark(3)], [], 2, 4)).toBe(
      'Trait 3 does not exist: version 4 has 2 traits (0 to 1).',
    );
    expect(marksProblem([mark(0)], [], 0, 1)).toBe('Version 1 has no traits to check.');
  });

  it('refuses a trait checked twice, a long note and unreadable marks; accepts the rest', () => {
    expect(marksProblem([mark(1), mark(1)], [], 2, 1)).toBe(
      'Trait 1 is checked twice; check each trait once.',
    );
    expect(marksProblem([mark(0, 'x'.repeat(1001))], [], 1, 1)).toMatch(/under 1,000 characters/);
    expect(marksProblem([], ['trait 0: bad'], 1, 1)).toBe(
      'Trait checks could not be read: trait 0: bad.',
    );
    expect(marksProblem([mark(0, 'ok'), mark(1)], [], 2, 1)).toBeNull();
  });
});
