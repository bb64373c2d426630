import { isEmail } from '@persona-lab/survey-logic';
import { CsvSyntaxError, readCsvRows } from '@persona-lab/text';

/** At most this many addresses in one list. */
export const MAX_ADDRESSES = 5000;
/** How much of a line a report repeats. */
const MAX_ECHO = 200;
const EMAIL_HEADERS = new Set(['email', 'e-mail', 'email address', 'e-mail address', 'mail']);

/** One address as written in a pasted list or a CSV file. */
export interface AddressEntry {
  /** 1-based line (CSV: row, the header being row 1). */
  line: number;
  /** What was written, trimmed and clipped to 200 characters. */
  text: string;
  /** The address, lower-cased, or null when the text is not an email address. */
  address: string | null;
}

/** A list the whole of which cannot be used (a broken CSV, too many addresses, nothing in it). */
export class AddressListError extends Error {}

/** `Ana Silva <ana@example.org>`, `"ana@example.org"` and `mailto:ana@example.org` read as the address. */
export function normalizeAddress(text: string): string | null {
  let value = text
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .trim();
  const angle = /<([^<>]+)>\s*$/.exec(value);
  if (angle) value = angle[1].trim();
  value = value.replace(/^mailto:/i, '').toLowerCase();
  return isEmail(value) ? value : null;
}

const entry = (line: number, text: string): AddressEntry => {
  const trimmed = text.trim();
  return { line, text: trimmed.slice(0, MAX_ECHO), address: normalizeAddress(trimmed) };
};

/** The index of the email column when `firstLine` is a CSV header that has one. */
function emailColumn(firstLine: string): number {
  if (!firstLine.includes(',') && !EMAIL_HEADERS.has(firstLine.trim().toLowerCase())) return -1;
  let cells: string[];
  try {
    cells = readCsvRows(firstLine)[0] ?? [];
  } catch {
    return -1;
  }
  return cells.findIndex((c) => EMAIL_HEADERS.has(c.trim().toLowerCase()));
}

/**
 * Reads pasted addresses: one per line, or several on a line separated by commas or semicolons;
 * or a CSV file's text whose header row has an `email` column (other columns are ignored).
 * Blank lines and cells are skipped. Every other entry comes back with its line, valid or not,
 * in order; the caller judges duplicates.
 */
export function parseAddressList(text: string): AddressEntry[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const column = emailColumn(firstLine);
  const entries: AddressEntry[] = [];
  const push = (e: AddressEntry) => {
    entries.push(e);
    if (entries.length > MAX_ADDRESSES)
      throw new AddressListError(
        `Send to at most ${MAX_ADDRESSES.toLocaleString('en')} addresses at a time; split the list.`,
      );
  };
  if (column >= 0) {
    let rows: string[][];
    try {
      rows = readCsvRows(body);
    } catch (error) {
      if (error instanceof CsvSyntaxError)
        throw new AddressListError(`The CSV file could not be read: ${error.message}.`);
      throw error;
    }
    rows.slice(1).forEach((row, i) => {
      const cell = row[column] ?? '';
      if (cell.trim()) push(entry(i + 2, cell));
    });
  } else {
    body.split(/\r\n|\n|\r/).forEach((line, i) => {
      for (const part of line.split(/[,;]/)) if (part.trim()) push(entry(i + 1, part));
    });
  }
  if (entries.length === 0)
    throw new AddressListError('Add at least one email address: the list is empty.');
  return entries;
}
