import { readCsvRows } from '@persona-lab/text';
import { stringify } from 'csv-stringify/sync';
import { csvRow, csvUnguard } from '@persona-lab/privacy';
import { qdcColor } from './qdc';
import { buildTree, nameKey } from './tree';
import { CODE_CATEGORIES, CodebookFormatError, isCodeCategory, MAX_IMPORTED_CODES, tooManyCodes } from './types';
import type { ExchangeCode } from './types';

/** The columns {@link codebookToCsv} writes, in order. */
export const CODEBOOK_CSV_COLUMNS = [
  'id',
  'name',
  'description',
  'category',
  'parent_id',
  'parent_name',
] as const;

/**
 * Writes a codebook as CSV with the columns `id,name,description,category,
 * parent_id,parent_name`, parents before their children. `parent_name` is
 * for people reading the sheet; {@link codebookFromCsv} prefers `parent_id`.
 *
 * @throws CodebookFormatError for duplicate ids, unknown parents or parent loops
 */
export function codebookToCsv(codes: readonly ExchangeCode[]): string {
  const { ordered } = buildTree(codes);
  const nameOf = new Map(codes.map((c) => [c.id, c.name]));
  const rows = ordered.map((c) => [
    c.id,
    c.name,
    c.description ?? '',
    c.category,
    c.parentId ?? '',
    c.parentId === null ? '' : nameOf.get(c.parentId)!,
  ]);
  // Code names and descriptions are typed by people: guarded against spreadsheet formulas.
  return stringify([csvRow(CODEBOOK_CSV_COLUMNS), ...rows.map(csvRow)]);
}

/** A code read from one spreadsheet row, before its parent is known. */
interface Draft extends ExchangeCode {
  row: number;
  parentRef: { id: string } | { name: string } | null;
}

/** Header cells compare without case, surrounding spaces or space/underscore/hyphen differences. */
const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
function fail(row: number, message: string): never {
  throw new CodebookFormatError(`Row ${row}: ${message}`, { row });
}

/** Reads the rows of a codebook CSV into drafts (ids and parents not yet resolved). */
function readDrafts(csv: string): Draft[] {
  let records: string[][];
  // Room for the header and some blank rows; a file longer than that is refused unread.
  const maxRows = MAX_IMPORTED_CODES + 100;
  try {
    records = readCsvRows(csv, { maxRows: maxRows + 2 }); // +2: a last blank row is dropped
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CodebookFormatError(`The file could not be read as CSV: ${detail}`);
  }
  if (records.length > maxRows) throw tooManyCodes();
  const headerAt = records.findIndex((cells) => !isBlank(cells));
  if (headerAt < 0)
    throw new CodebookFormatError('The CSV is empty; it needs a header row and one row per code.');
  const headers = records[headerAt].map(headerKey);
  // Each column's index looked up once: per row it was a scan of the whole header (rows × columns).
  const at = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!at.has(h)) at.set(h, i);
  });
  const column = (name: string) => at.get(name) ?? -1;
  if (column('name') < 0) {
    throw new CodebookFormatError(
      `Row ${headerAt + 1}: the header has no "name" column; the columns are ${CODEBOOK_CSV_COLUMNS.join(',')}.`,
      { row: headerAt + 1 },
    );
  }
  const parentNameAt = column('parent_name') >= 0 ? column('parent_name') : column('parent');
  const drafts: Draft[] = [];
  for (let i = headerAt + 1; i < records.length; i++) {
    const cells = records[i];
    if (isBlank(cells)) continue;
    const row = i + 1;
    // csvUnguard: our own codebook.csv guards formula-like cells with a leading '; read them back as typed.
    const cell = (at: number) =>
      at < 0 ? '' : csvUnguard((cells[at] ?? '').replace(/\r\n?/g, '\n')).trim();
    if (drafts.length === MAX_IMPORTED_CODES) throw tooManyCodes();
    const name = cell(column('name'));
    if (!name) fail(row, 'the name is empty; every code needs a name.');
    const rawCategory = cell(column('category'));
    const category = rawCategory ? rawCategory.toUpperCase().replace(/[\s-]+/g, '_') : 'OTHER';
    if (!isCodeCategory(category)) {
      fail(
        row,
        `the category "${rawCategory}" is not one of ${CODE_CATEGORIES.join(', ')}; leave it empty for OTHER.`,
      );
    }
    const parentId = cell(column('parent_id'));
    const parentName = cell(parentNameAt);
    drafts.push({
      row,
      id: cell(column('id')),
      name,
      description: cell(column('description')) || null,
      category,
      parentId: null,
      parentRef: parentId ? { id: parentId } : parentName ? { name: parentName } : null,
      color: qdcColor(cell(column('color'))),
    });
  }
  return drafts;
}

/** Gives every draft an id: its own, or the first free "csv-N". */
function assignIds(drafts: Draft[]): Set<string> {
  const rowOfId = new Map<string, number>();
  for (const d of drafts) {
    if (!d.id) continue;
    const seen = rowOfId.get(d.id);
    if (seen)
      fail(d.row, `the id "${d.id}" is already used on row ${seen}; every code needs its own id.`);
    rowOfId.set(d.id, d.row);
  }
  const given = new Set(rowOfId.keys());
  let n = 1;
  for (const d of drafts) {
    if (d.id) continue;
    while (given.has(`csv-${n}`)) n++;
    d.id = `csv-${n++}`;
  }
  return given;
}

/** Codes by exact (NFC) name and by lower-cased name, for finding parents by name. */
interface NameIndex {
  exact: Map<string, Draft[]>;
  loose: Map<string, Draft[]>;
}

function indexNames(drafts: readonly Draft[]): NameIndex {
  const index: NameIndex = { exact: new Map(), loose: new Map() };
  const add = (map: Map<string, Draft[]>, key: string, d: Draft) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  for (const d of drafts) {
    const name = d.name.normalize('NFC');
    add(index.exact, name, d);
    add(index.loose, name.toLowerCase(), d);
  }
  return index;
}

/** Finds the parent a row names: by id, else by name (exact first, then ignoring case). */
function resolveParent(d: Draft, names: NameIndex, givenIds: ReadonlySet<string>): string | null {
  const ref = d.parentRef;
  if (!ref) return null;
  if ('id' in ref) {
    if (!givenIds.has(ref.id)) {
      fail(d.row, `the parent_id "${ref.id}" is not the id of any code in this file.`);
    }
    return ref.id;
  }
  const want = ref.name.normalize('NFC');
  const notSelf = (list: Draft[] | undefined) => (list ?? []).filter((o) => o !== d);
  let matches = notSelf(names.exact.get(want));
  if (!matches.length) matches = notSelf(names.loose.get(want.toLowerCase()));
  if (!matches.length) {
    fail(
      d.row,
      `the parent "${ref.name}" is not the name of any code in this file; check the spelling or add a row for it.`,
    );
  }
  if (matches.length > 1) {
    const rows = matches.map((m) => m.row).join(' and ');
    fail(
      d.row,
      `the parent "${ref.name}" matches the codes on rows ${rows}; fill in parent_id to say which one.`,
    );
  }
  return matches[0].id;
}

/**
 * Reads a codebook CSV. Columns are matched by header, ignoring case and
 * order: `name` is required; `id`, `description`, `category` (empty → OTHER),
 * `parent_id`, `parent_name` (or `parent`) and `color` are optional. A parent
 * is found by `parent_id`, or by name when that cell is empty. Rows without
 * an id get "csv-1", "csv-2", … Codes are returned parents first.
 *
 * @throws CodebookFormatError naming the row for an unreadable file, a missing
 *   name, an unknown category (listing the allowed ones), a duplicate id, an
 *   unknown or ambiguous parent, two codes with the same name under one
 *   parent, or parents that form a loop
 */
export function codebookFromCsv(csv: string): ExchangeCode[] {
  const drafts = readDrafts(csv);
  const givenIds = assignIds(drafts);
  const names = indexNames(drafts);
  for (const d of drafts) d.parentId = resolveParent(d, names, givenIds);
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const rowOfName = new Map<string, number>();
  for (const d of drafts) {
    const key = nameKey(d.parentId, d.name);
    const seen = rowOfName.get(key);
    if (seen) {
      const under =
        d.parentId === null ? 'at the top level' : `under "${byId.get(d.parentId)!.name}"`;
      fail(
        d.row,
        `the code "${d.name}" already appears ${under} on row ${seen}; names must differ under the same parent.`,
      );
    }
    rowOfName.set(key, d.row);
  }
  const { ordered } = buildTree(drafts, (d) => `"${d.name}" (row ${d.row})`);
  return ordered.map(({ id, name, description, category, parentId, color }) => ({
    id,
    name,
    description,
    category,
    parentId,
    color,
  }));
}
