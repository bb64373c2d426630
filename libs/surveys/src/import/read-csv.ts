import { readCsvRows } from '@persona-lab/text';
import { CsvImportError } from './types';

/** A data row with its spreadsheet row number (the header is row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A CSV split into unique, trimmed headers and non-empty data rows. */
export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  /** Notes about renamed headers, for the import's warnings. */
  warnings: string[];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Gives every column a non-empty title that no other column has: "Q", "Q (2)", "Q (3)". */
function uniqueHeaders(raw: readonly string[], warnings: string[]): string[] {
  const used = new Set<string>();
  // The next number to try per base title, so k copies of one header cost k steps, not k².
  const next = new Map<string, number>();
  return raw.map((cell, i) => {
    const text = cell.trim();
    const base = text || `Column ${i + 1}`;
    let title = base;
    let n = next.get(base) ?? 2;
    for (; used.has(title); n++) title = `${base} (${n})`;
    next.set(base, n);
    used.add(title);
    if (!text) warnings.push(`Column ${i + 1} has no header, so it is called "${title}".`);
    else if (title !== text) {
      warnings.push(`Column ${i + 1} repeats the header "${text}", so it is called "${title}".`);
    }
    return title;
  });
}

/** Rows read past a row limit: room for the header and blank rows before the count is sure. */
const READ_PAST_LIMIT = 1_000;

/** The most columns a survey export may have (one question per column, plus metadata). */
export const MAX_CSV_COLUMNS = 5_000;

/**
 * An upper bound of the header's cells, read without parsing: the commas of the first non-blank
 * line, plus one (a quoted comma counts too, so it can only overestimate a real header's width).
 */
function headColumnsAtMost(csv: string): number {
  let start = 0;
  for (;;) {
    let end = csv.indexOf('\n', start);
    if (end < 0) end = csv.length;
    let commas = 0;
    let blank = true;
    for (let i = start; i < end; i++) {
      const c = csv.charCodeAt(i);
      if (c === 44) commas++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) blank = false;
    }
    if (!blank || commas > 0 || end >= csv.length) return commas + 1;
    start = end + 1;
  }
}

/**
 * The first line (1-based) with more than {@link MAX_CSV_COLUMNS} commas, or -1: one linear pass,
 * no parsing. Quoted commas count too, so only a line with thousands of commas in one cell
 * could be refused wrongly; a real export has no such answer.
 */
function lineOverColumns(csv: string): number {
  let line = 1;
  let commas = 0;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    if (c === 44) {
      if (++commas > MAX_CSV_COLUMNS) return line;
    } else if (c === 10) {
      line++;
      commas = 0;
    }
  }
  return -1;
}

/**
 * Parses CSV text (BOM and CRLF tolerated) into headers and rows. Blank rows
 * are dropped; a row with a different number of cells than the header is an
 * error, except for trailing empty cells that spreadsheets sometimes add.
 *
 * @param csv - the whole file as text
 * @throws CsvImportError for unreadable CSV, a missing header or ragged rows
 */
export function readCsv(csv: string, { maxRows }: { maxRows?: number } = {}): CsvTable {
  let records: string[][];
  // A header of millions of columns held the event loop for seconds: it is counted first, and
  // the file refused unparsed.
  if (headColumnsAtMost(csv) > MAX_CSV_COLUMNS)
    throw new CsvImportError(
      `The CSV's header has more than ${MAX_CSV_COLUMNS.toLocaleString('en')} columns, more than a survey import takes. Remove the columns you do not need, or split the export.`,
    );
  // So is a row of millions of cells (0.3–0.7 s to read one of 5.3M before it was refused as ragged).
  const wide = lineOverColumns(csv);
  if (wide > 0)
    throw new CsvImportError(
      `Line ${wide} of the CSV holds more than ${MAX_CSV_COLUMNS.toLocaleString('en')} cells, more than a survey import takes; check that each response is one row of the export.`,
    );
  try {
    // Real exports contain stray quotes inside unquoted cells (e.g. 5" screen): read as text.
    // With a row limit, reading stops a little past it (blank rows count toward the stop): a file of
    // millions of rows is refused after reading its first rows, not all of them.
    records = readCsvRows(csv, maxRows === undefined ? {} : { maxRows: maxRows + READ_PAST_LIMIT });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CsvImportError(`The file could not be read as CSV: ${detail}`);
  }
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) {
    throw new CsvImportError(
      'The CSV is empty; export the survey with a header row and one row per response.',
    );
  }
  const warnings: string[] = [];
  const headers = uniqueHeaders(records[headerIndex], warnings);
  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i];
    if (isBlank(cells)) continue;
    const row = i + 1;
    if (cells.length < headers.length || !isBlank(cells.slice(headers.length))) {
      throw new CsvImportError(
        `Row ${row} has ${cells.length} cells but the header has ${headers.length} columns.`,
        { row },
      );
    }
    // Cells keep their words as typed; only line endings inside a cell are unified.
    rows.push({ row, cells: cells.slice(0, headers.length).map((c) => c.replace(/\r\n?/g, '\n')) });
  }
  if (rows.length === 0) throw new CsvImportError('The CSV has a header row but no responses.');
  return { headers, rows, warnings };
}
