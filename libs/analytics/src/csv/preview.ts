import { readCsvRows } from '@persona-lab/text';
import { parseEventTime } from './event-time';
import { proposeMapping, type AnalyticsMapping } from './mapping';

/** What the import page shows before anything is stored. */
export interface CsvPreview {
  columns: string[];
  rows: string[][];
  proposal: AnalyticsMapping | null;
  timeColumns: string[];
  numericColumns: string[];
}

/** Sample sizes: the browser sends the head of the file, at most this many characters. */
export const MAX_SAMPLE_CHARS = 256 * 1024;

/**
 * The head of a CSV (the first bytes of the file, cut anywhere): header, up to 5 rows shown, and
 * a proposed mapping judged on up to 200 rows. Unless `whole`, a last line without a line break
 * was cut mid-way and is dropped.
 */
export function previewCsv(sample: string, whole = false): CsvPreview {
  const head = sample.slice(0, MAX_SAMPLE_CHARS);
  const cut = head.length < sample.length || !whole;
  const complete = cut && !/[\r\n]$/.test(head) ? head.replace(/[^\r\n]*$/, '') : head;
  const all = readCsvRows(complete || head).filter((r) => !(r.length === 1 && r[0].trim() === ''));
  const [header = [], ...rest] = all;
  const columns = header.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const rows = rest.slice(0, 200);
  const every = (i: number, test: (s: string) => boolean): boolean => {
    const cells = rows.map((r) => r[i]?.trim() ?? '').filter(Boolean);
    return cells.length > 0 && cells.every(test);
  };
  return {
    columns,
    rows: rows.slice(0, 5),
    proposal: columns.length ? proposeMapping(columns, rows) : null,
    timeColumns: columns.filter((_, i) => every(i, (s) => parseEventTime(s) !== null && !/^\d{1,9}$/.test(s))),
    numericColumns: columns.filter((_, i) => every(i, (s) => Number.isFinite(Number(s)))),
  };
}
