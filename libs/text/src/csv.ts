import Papa from 'papaparse';

/** CSV text that cannot be read: a quoted cell never closed, or a closing quote followed by text. */
export class CsvSyntaxError extends Error {}

/**
 * Reads CSV text (comma-separated; BOM and CRLF tolerated) into rows of cells, as written: rows may
 * differ in length and blank rows are kept, for the caller to judge. A quote inside an unquoted
 * cell is text (real exports write `5" screen`).
 *
 * Papa Parse, not csv-parse: csv-parse builds and deep-copies an error object for every row whose
 * length differs from the first, even when told to accept such rows, so a hostile file of short
 * rows kept the event loop busy for seconds (the fuzz suite, 262k one-cell rows: 13.9 s). Papa
 * Parse reads the same files into the same rows (checked on every export in ../shared/datasets)
 * in linear time without per-row allocations beyond the cells.
 *
 * `maxRows` reads only the first rows (blank ones count): a caller that refuses a file with more
 * rows asks for one more than it accepts and stops there.
 */
export function readCsvRows(text: string, { maxRows }: { maxRows?: number } = {}): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    // Stops reading after this many rows: a caller with a row limit does not read a huge file whole.
    preview: maxRows ?? 0,
  });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const where = broken.row !== undefined ? ` (row ${broken.row + 1})` : '';
    throw new CsvSyntaxError(
      broken.code === 'MissingQuotes'
        ? `a quoted cell is never closed${where}`
        : `a closing quote is followed by more text${where}`,
    );
  }
  // A file ending in a line break has no row after it.
  const rows = result.data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}
