/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, and Excel
 * and LibreOffice skip a leading tab or carriage return before deciding. Every CSV the app
 * writes (cells and headers) passes through {@link csvCell}: such text gets a leading `'`,
 * the usual CSV-injection guard, which spreadsheets show as plain text and hide.
 */
/** Text that already looks guarded ('=…, ''=…) is guarded again, so {@link csvUnguard} reads back exactly what was written. */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;

/** A value as one CSV cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell, safe to open in a spreadsheet. Text that a spreadsheet would run as a
 * formula gets a leading `'`; the words stay as typed. Numbers and booleans stay what they
 * are (a spreadsheet reads `-3` written as a number as the number −3, never a formula); text
 * that merely looks like a number ("-3" typed in a text field) is text and is guarded.
 * null and undefined become an empty cell.
 */
export function csvCell(value: CsvValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return value;
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** {@link csvCell} for every cell of a row (or a header). */
export function csvRow(values: readonly CsvValue[]): (string | number | boolean)[] {
  return values.map(csvCell);
}

/**
 * Reverses {@link csvCell} on a cell read back from one of the app's own exports: a `'`
 * followed by a formula character is the guard, not the text. Other cells are returned as is.
 */
export function csvUnguard(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
