import { stringify } from 'csv-stringify/sync';
import { csvCell as defuse, csvRow } from '@persona-lab/privacy';
import type { ExchangeHighlight } from './types';

/** The columns {@link highlightsToCsv} writes, in order. */
export const HIGHLIGHT_CSV_COLUMNS = [
  'id',
  'code_name',
  'category',
  'source_type',
  'source_label',
  'start',
  'end',
  'text',
  'status',
  'coder',
  'confidence',
  'created_at',
] as const;

/**
 * Writes coded highlights as CSV, one row per highlight, with the columns
 * `id,code_name,category,source_type,source_label,start,end,text,status,
 * coder,confidence,created_at`. A null confidence is an empty cell. Text
 * cells that a spreadsheet would run as a formula are prefixed with `'`.
 */
export function highlightsToCsv(rows: readonly ExchangeHighlight[]): string {
  const records = rows.map((h) => [
    defuse(h.id),
    defuse(h.codeName),
    defuse(h.category),
    defuse(h.sourceType),
    defuse(h.sourceLabel),
    String(h.start),
    String(h.end),
    defuse(h.text),
    defuse(h.status),
    defuse(h.coder),
    h.confidence === null ? '' : String(h.confidence),
    defuse(h.createdAt),
  ]);
  return stringify([csvRow(HIGHLIGHT_CSV_COLUMNS), ...records]);
}
