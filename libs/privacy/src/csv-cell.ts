/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, and Excel
 * and LibreOffice skip a leading tab or carriage return before deciding. Every CSV the app
 * writes (cells and headers) passes through {@link csvCell}: such text gets a leading `'`,
 * the usual CSV-injection guard, which spreadsheets show as plain text and hide.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

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
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** {@link csvCell} for every cell of a row (or a header). */
export function csvRow(values: readonly CsvValue[]): (string | number | boolean)[] {
  return values.map(csvCell);
}
