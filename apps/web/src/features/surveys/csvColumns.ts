import type { PersonaField, QuestionType } from '@persona-lab/survey-logic';
import type { CsvColumnInput } from '../../gql/graphql';

/** One column of a CSV preview, as `previewSurveyCsv` describes it. */
export interface PreviewColumn {
  index: number;
  header: string;
  type: QuestionType;
  personaField: PersonaField;
  sensitive: boolean;
  skip: boolean;
  reason: string;
  sampleValues: string[];
  /** The attention check the import proposes (expected answers; empty: no clear majority). */
  attentionCheck?: { expected: string[] } | null;
  /** The customer id column (proposed or chosen): linked by hash, never a question. */
  customerId: boolean;
}

/** What the researcher changed on one column; an absent key means "as inferred". */
export interface ColumnEdit {
  type?: QuestionType;
  personaField?: PersonaField;
  sensitive?: boolean;
  skip?: boolean;
  /** Splits a cell into several choices; only with a MULTIPLE_CHOICE or RANKING type. */
  delimiter?: string;
  /** The column's expected answers as an attention check; [] says it is none. */
  attentionCheckExpected?: string[];
  /** true: this column is the customer id (at most one); false: it is not, whatever its header. */
  customerId?: boolean;
}

/** The researcher's changes, by column header. */
export type ColumnEdits = Record<string, ColumnEdit>;

/** The types whose cells a delimiter can split into several choices. */
export const SPLIT_TYPES: ReadonlySet<QuestionType> = new Set(['MULTIPLE_CHOICE', 'RANKING']);

/** The column as the table shows it: the researcher's changes over the latest preview. */
export function shownColumn(column: PreviewColumn, edit: ColumnEdit | undefined): PreviewColumn {
  return { ...column, ...withoutDelimiter(edit) };
}

function withoutDelimiter(
  edit: ColumnEdit | undefined,
): Omit<ColumnEdit, 'delimiter' | 'attentionCheckExpected'> & Pick<PreviewColumn, 'attentionCheck'> {
  if (!edit) return {};
  const { delimiter: _delimiter, attentionCheckExpected, ...rest } = edit;
  return attentionCheckExpected === undefined
    ? rest
    : { ...rest, attentionCheck: attentionCheckExpected.length ? { expected: attentionCheckExpected } : null };
}

/**
 * `edits` with `patch` applied to column `header`. A value equal to what the import inferred
 * without any change (`inferred`) is dropped again, so only real changes are sent; the persona
 * field and sensitive flag of a column the import skipped were never inferred, so they stay.
 */
export function applyEdit(
  edits: ColumnEdits,
  inferred: PreviewColumn | undefined,
  header: string,
  patch: ColumnEdit,
): ColumnEdits {
  const next: ColumnEdit = { ...edits[header], ...patch };
  for (const key of Object.keys(next) as (keyof ColumnEdit)[]) {
    const value = next[key];
    const inferable = key === 'type' || key === 'skip' || key === 'customerId' || !inferred?.skip;
    if (key === 'attentionCheckExpected') {
      if (value === undefined) delete next[key];
      continue;
    }
    if (value === undefined || (key === 'delimiter' && value === '')) delete next[key];
    else if (inferred && key !== 'delimiter' && inferable && inferred[key] === value)
      delete next[key];
  }
  if (next.delimiter !== undefined && !SPLIT_TYPES.has(next.type ?? inferred?.type ?? 'SHORT_TEXT'))
    delete next.delimiter;
  const { [header]: _old, ...others } = edits;
  // One customer id column: choosing one takes the choice back from any other.
  const rest = patch.customerId ? withoutCustomerChoice(others) : others;
  return Object.keys(next).length ? { ...rest, [header]: next } : rest;
}

function withoutCustomerChoice(edits: ColumnEdits): ColumnEdits {
  const out: ColumnEdits = {};
  for (const [header, edit] of Object.entries(edits)) {
    if (edit.customerId !== true) {
      out[header] = edit;
      continue;
    }
    const { customerId: _chosen, ...left } = edit;
    if (Object.keys(left).length) out[header] = left;
  }
  return out;
}

/** Only the changes to columns the file still has (a new file keeps what still applies). */
export function keepEdits(edits: ColumnEdits, headers: readonly string[]): ColumnEdits {
  const present = new Set(headers);
  return Object.fromEntries(Object.entries(edits).filter(([header]) => present.has(header)));
}

/** `CsvColumnInput`s for the changed columns, in file order; null when nothing changed. */
export function columnsInput(
  edits: ColumnEdits,
  headers: readonly string[],
): CsvColumnInput[] | null {
  const columns = headers
    .filter((header) => edits[header])
    .map((header) => ({ header, ...edits[header] }));
  return columns.length ? columns : null;
}
