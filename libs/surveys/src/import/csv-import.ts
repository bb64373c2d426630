/**
 * Survey exports (Google Forms, SurveyGizmo/Alchemer, Qualtrics, Typeform) to
 * a survey definition plus responses. Pure: no database, no framework.
 */
import type { Question } from '@persona-lab/survey-logic';
import { buildColumn } from './build-column';
import { defaultPersonaField, isMetadataHeader, timestampRank } from './header-rules';
import { inferColumn } from './infer-column';
import { readCsv, type CsvRow } from './read-csv';
import { parseTimestamp } from './timestamp';
import {
  CsvImportError,
  type CsvColumnInput,
  type CsvImportOptions,
  type CsvImportResult,
  type ImportedResponse,
} from './types';

/** Most responses one import accepts unless `options.maxRows` says otherwise. */
export const DEFAULT_MAX_ROWS = 100_000;

const SPLIT_TYPES = new Set(['MULTIPLE_CHOICE', 'RANKING']);

/** "Column 3 ("How old are you?")"; long question texts are shortened in messages only. */
function nameOf(index: number, header: string): string {
  const short = header.length > 60 ? `${header.slice(0, 57)}…` : header;
  return `Column ${index + 1} ("${short}")`;
}

/** Matches each `CsvColumnInput` to a column index, checking it makes sense. */
function matchOverrides(
  headers: readonly string[],
  columns: readonly CsvColumnInput[],
): Map<number, CsvColumnInput> {
  const index = new Map(headers.map((h, i) => [h, i]));
  const matched = new Map<number, CsvColumnInput>();
  for (const column of columns) {
    const i = index.get(column.header.trim());
    if (i === undefined) {
      throw new CsvImportError(
        `No column named "${column.header}" exists; check CsvColumnInput.header.`,
        { column: column.header },
      );
    }
    const name = nameOf(i, headers[i]);
    if (matched.has(i)) {
      throw new CsvImportError(`${name} is listed more than once in columns; list it once.`, {
        column: headers[i],
      });
    }
    if (column.delimiter === '') {
      throw new CsvImportError(
        `${name} has an empty delimiter; give the text that separates choices, such as ";".`,
        { column: headers[i] },
      );
    }
    if (column.delimiter != null && column.type && !SPLIT_TYPES.has(column.type)) {
      throw new CsvImportError(
        `${name} has a delimiter but the type ${column.type}; a delimiter only applies to MULTIPLE_CHOICE or RANKING.`,
        { column: headers[i] },
      );
    }
    matched.set(i, column);
  }
  return matched;
}

/** The best-ranked timestamp column no override turns into a question or skips. */
function findTimestamp(headers: readonly string[], overrides: Map<number, CsvColumnInput>) {
  let best = -1;
  headers.forEach((header, i) => {
    const rank = timestampRank(header);
    const o = overrides.get(i);
    if (rank < 0 || o?.type || o?.skip) return;
    if (best < 0 || rank < timestampRank(headers[best])) best = i;
  });
  return best;
}

/** submittedAt of each row; unreadable cells become null with one warning. */
function readTimestamps(rows: readonly CsvRow[], index: number, name: string, warnings: string[]) {
  const bad: number[] = [];
  const times = rows.map(({ row, cells }) => {
    const text = cells[index].trim();
    const time = text ? parseTimestamp(text) : null;
    if (text && !time) bad.push(row);
    return time;
  });
  if (bad.length > 0) {
    const shown = bad.slice(0, 5).join(', ') + (bad.length > 5 ? ', …' : '');
    warnings.push(
      `${name}: ${bad.length} timestamps (rows ${shown}) are not dates and times this import can read, so those responses have no submission time.`,
    );
  }
  return times;
}

/** Why a column without a type override is not a question, or null to keep it. */
function skipReason(
  header: string,
  override: CsvColumnInput | undefined,
  timestampHeader: string | null,
): string | null {
  if (override?.skip) return 'as requested in columns';
  if (override) return null;
  if (timestampRank(header) >= 0 && timestampHeader !== null) {
    return `it is another timestamp; submission times come from "${timestampHeader}". List it in columns to keep it as a question`;
  }
  if (isMetadataHeader(header)) {
    return 'it looks like export metadata (an id, address or status), not an answer. List it in columns with skip: false to keep it';
  }
  return null;
}

/**
 * Imports a survey export: one header row of question texts, one row per
 * response. Each kept column becomes a question (ids q1..qN in column order,
 * title = header); its type is inferred from the answers unless `columns`
 * says otherwise. Every answer value passes `validateAnswer` for its
 * question; cells that cannot (e.g. a non-number under a forced NUMBER) are
 * left out with a warning, never truncated.
 *
 * @param csv - the file's text; a BOM and CRLF line endings are fine
 * @param columns - per-column overrides matched by header text
 * @param options - `maxRows`: most responses accepted (default `DEFAULT_MAX_ROWS`)
 * @returns the definition, responses, timestamp column, skipped columns and warnings
 * @throws CsvImportError with a sentence naming the row or column to fix
 */
export function importSurveyCsv(
  csv: string,
  columns?: readonly CsvColumnInput[] | null,
  options: CsvImportOptions = {},
): CsvImportResult {
  const { headers, rows, warnings } = readCsv(csv);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (rows.length > maxRows) {
    throw new CsvImportError(
      `The CSV has ${rows.length} responses but at most ${maxRows} can be imported at once; split the file and import it in parts.`,
    );
  }
  const overrides = matchOverrides(headers, columns ?? []);
  const timestampIndex = findTimestamp(headers, overrides);
  const timestampColumn = timestampIndex < 0 ? null : headers[timestampIndex];
  const submittedAt =
    timestampIndex < 0
      ? rows.map(() => null)
      : readTimestamps(rows, timestampIndex, nameOf(timestampIndex, timestampColumn!), warnings);

  const questions: Question[] = [];
  const answerColumns: unknown[][] = [];
  const skippedColumns: string[] = [];
  const rowNumbers = rows.map((r) => r.row);
  headers.forEach((header, i) => {
    if (i === timestampIndex) return;
    const override = overrides.get(i);
    const name = nameOf(i, header);
    const cells = rows.map((r) => r.cells[i].trim());
    const answered = cells.filter(Boolean);
    const reason =
      skipReason(header, override, timestampColumn) ??
      (answered.length === 0 ? 'no response answers it' : null);
    if (reason) {
      skippedColumns.push(header);
      warnings.push(`Skipped ${name}: ${reason}.`);
      return;
    }
    const inferred = override?.type || override?.delimiter ? null : inferColumn(header, answered);
    const type = override?.type ?? inferred?.type ?? 'MULTIPLE_CHOICE';
    const delimiter = override?.delimiter ?? inferred?.delimiter;
    const forced = inferred === null;
    const spec = { header, name, type, delimiter, forced, split: inferred?.split };
    const built = buildColumn(spec, cells, rowNumbers);
    warnings.push(...built.warnings);
    questions.push({
      id: `q${questions.length + 1}`,
      title: header,
      required: false,
      personaField: override?.personaField ?? defaultPersonaField(header),
      ...built.fields,
    });
    answerColumns.push(built.values);
  });
  if (questions.length === 0) {
    throw new CsvImportError(
      'No column can become a question: every column is empty, skipped or the timestamp.',
    );
  }

  const responses: ImportedResponse[] = rows.map((_, r) => {
    const answers: Record<string, unknown> = {};
    questions.forEach((q, k) => {
      const value = answerColumns[k][r];
      if (value !== undefined) answers[q.id] = value;
    });
    return { submittedAt: submittedAt[r], answers };
  });
  return { definition: { questions }, responses, timestampColumn, skippedColumns, warnings };
}
