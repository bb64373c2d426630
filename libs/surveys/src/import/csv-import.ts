/**
 * Survey exports (Google Forms, SurveyGizmo/Alchemer, Qualtrics, Typeform) to
 * a survey definition plus responses. Pure: no database, no framework.
 */
import { containsPrivate } from '@persona-lab/privacy';
import type { PersonaField, Question, QuestionType } from '@persona-lab/survey-logic';
import { looksLikeAttentionCheck, proposeExpectedAnswer } from '../quality/propose';
import { understandQuestions, type QuestionEvidence } from '../understanding';
import { buildColumnSteps, type BuiltColumn } from './build-column';
import { customerIdRank, isMetadataHeader, timestampRank } from './header-rules';
import { inferColumnSteps } from './infer-column';
import { readCsv, type CsvRow } from './read-csv';
import { Slicer } from './steps';
import { parseTimestamp } from './timestamp';
import {
  CsvImportError,
  type CsvColumnInput,
  type CsvImportOptions,
  type CsvImportResult,
  type CsvPreview,
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
  const customers = [...matched].filter(([, c]) => c.customerId === true);
  if (customers.length > 1) {
    throw new CsvImportError(
      `${customers.map(([i]) => nameOf(i, headers[i])).join(' and ')} are both marked as the customer id; mark one.`,
      { column: headers[customers[1][0]] },
    );
  }
  return matched;
}

/**
 * The customer id column: the one marked so in columns, else the best-ranked header like
 * customer_id, customer or user_id that no override makes a question, skips or unmarks; -1 for none.
 */
function findCustomerId(headers: readonly string[], overrides: Map<number, CsvColumnInput>) {
  for (const [i, o] of overrides) if (o.customerId === true) return i;
  let best = -1;
  headers.forEach((header, i) => {
    const rank = customerIdRank(header);
    const o = overrides.get(i);
    if (rank < 0 || o?.customerId === false || o?.type || o?.skip) return;
    if (best < 0 || rank < customerIdRank(headers[best])) best = i;
  });
  return best;
}

/** The best-ranked timestamp column no override turns into a question or skips. */
function findTimestamp(headers: readonly string[], overrides: Map<number, CsvColumnInput>) {
  let best = -1;
  headers.forEach((header, i) => {
    const rank = timestampRank(header);
    const o = overrides.get(i);
    if (rank < 0 || o?.type || o?.skip || o?.customerId) return;
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
function whyNotAQuestion(
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

/** Most columns that become questions (a survey's limit), checked before any inference. */
export const MAX_QUESTION_COLUMNS = 500;
/** Answer cells per column that question understanding sees. */
const EVIDENCE_ANSWERS = 50;
/** Example cells per column in a preview, and their longest length. */
const SAMPLE_VALUES = 5;
const SAMPLE_LENGTH = 120;

/** What the import does with one column: the one plan both the import and the preview read. */
interface ColumnPlan {
  index: number;
  header: string;
  /** Why it is not a question (sentence end), or null when it becomes one. */
  skipReason: string | null;
  /** The submission-time column. */
  timestamp: boolean;
  /** The customer id column (not a question; its cells are hashed and linked, never stored). */
  customer: boolean;
  type: QuestionType;
  /** Its question fields and answer values, when it becomes a question. */
  built: BuiltColumn | null;
  personaField: PersonaField;
  sensitive: boolean;
  reason: string;
  /** Answered cells, in row order. */
  answered: string[];
  /** The attention check it would be (expected answers may be empty: proposed, no clear majority). */
  attentionCheck: { expected: string[] } | null;
}

interface CsvPlan {
  rows: CsvRow[];
  warnings: string[];
  timestampColumn: string | null;
  submittedAt: (Date | null)[];
  /** Index of the customer id column, or -1. */
  customerIndex: number;
  columns: ColumnPlan[];
}

/** Up to `n` answered cells spread over the file (first, last and evenly between). */
function spread(cells: readonly string[], n: number): string[] {
  if (cells.length <= n) return [...cells];
  return Array.from({ length: n }, (_, k) => cells[Math.round((k * (cells.length - 1)) / (n - 1))]);
}

/**
 * Reads the file and decides every column: skipped or kept, its type, answer values, persona
 * field and sensitive flag (overrides first, then `understandQuestions` on the kept columns).
 */
async function planCsv(
  csv: string,
  columns: readonly CsvColumnInput[] | null | undefined,
  options: CsvImportOptions,
): Promise<CsvPlan> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const { headers, rows, warnings } = readCsv(csv, { maxRows });
  if (rows.length > maxRows) {
    // Reading stopped a little past the limit: the file's own count is not known, only that it is over.
    throw new CsvImportError(
      `The CSV has more than ${maxRows.toLocaleString('en')} responses, the most one import takes; split the file and import it in parts.`,
    );
  }
  const overrides = matchOverrides(headers, columns ?? []);
  const timestampIndex = findTimestamp(headers, overrides);
  const customerIndex = findCustomerId(headers, overrides);
  const timestampColumn = timestampIndex < 0 ? null : headers[timestampIndex];
  const submittedAt =
    timestampIndex < 0
      ? rows.map(() => null)
      : readTimestamps(rows, timestampIndex, nameOf(timestampIndex, timestampColumn!), warnings);

  const rowNumbers = rows.map((r) => r.row);
  // First what each column is (cheap: its cells and the skip rules), so the question limit is
  // checked before any inference: 4 million one-character columns used to be inferred one by
  // one (a minute of a busy server) before being refused.
  const columnsRead = headers.map((header, i) => {
    const cells = rows.map((r) => r.cells[i].trim());
    const answered = cells.filter(Boolean);
    const skipReason =
      i === timestampIndex || i === customerIndex
        ? null
        : (whyNotAQuestion(header, overrides.get(i), timestampColumn) ??
          (answered.length === 0 ? 'no response answers it' : null));
    return { header, cells, answered, skipReason };
  });
  const questionColumns = columnsRead.filter(
    (c, i) => i !== timestampIndex && i !== customerIndex && !c.skipReason,
  ).length;
  if (questionColumns > MAX_QUESTION_COLUMNS) {
    throw new CsvImportError(
      `The CSV has ${questionColumns} question columns but a survey can have at most ${MAX_QUESTION_COLUMNS} questions; skip columns in columns or split the file.`,
    );
  }
  // Columns are planned in slices of the event loop: a 50k-row choice column takes a second.
  const slicer = new Slicer();
  const planColumn = async (
    { header, cells, answered, skipReason }: (typeof columnsRead)[number],
    i: number,
  ): Promise<ColumnPlan> => {
    const override = overrides.get(i);
    const name = nameOf(i, header);
    const base = {
      index: i,
      header,
      answered,
      personaField: 'NONE' as PersonaField,
      sensitive: false,
      built: null,
      attentionCheck: null,
      customer: false,
    };
    const guessType = async () =>
      answered.length ? (await slicer.run(inferColumnSteps(header, answered))).type : 'SHORT_TEXT';
    if (i === timestampIndex) {
      return {
        ...base,
        skipReason: 'it holds the submission times',
        timestamp: true,
        type: await guessType(),
        reason: 'The submission time of each response → not a question',
      };
    }
    if (i === customerIndex) {
      warnings.push(
        `${name} is the customer id: each response joins that customer's participant (shared with feedback, interviews and analytics); the ids are stored only as hashes.`,
      );
      return {
        ...base,
        skipReason: 'it identifies the customer',
        timestamp: false,
        customer: true,
        type: 'SHORT_TEXT' as QuestionType,
        reason:
          "The customer id → links each response to the customer's participant (stored only as a hash), not a question",
      };
    }
    if (skipReason) {
      warnings.push(`Skipped ${name}: ${skipReason}.`);
      return {
        ...base,
        skipReason,
        timestamp: false,
        type: override?.type ?? (await guessType()),
        reason: `Skipped: ${skipReason} → not used for personas`,
      };
    }
    const inferred =
      override?.type || override?.delimiter
        ? null
        : await slicer.run(inferColumnSteps(header, answered));
    const type = override?.type ?? inferred?.type ?? 'MULTIPLE_CHOICE';
    const delimiter = override?.delimiter ?? inferred?.delimiter;
    const forced = inferred === null;
    const spec = { header, name, type, delimiter, forced, split: inferred?.split };
    const built = await slicer.run(buildColumnSteps(spec, cells, rowNumbers));
    warnings.push(...built.warnings);
    return { ...base, skipReason: null, timestamp: false, type, built, reason: '' };
  };
  const plans: ColumnPlan[] = [];
  for (const [i, column] of columnsRead.entries()) {
    await slicer.pause();
    plans.push(await planColumn(column, i));
  }

  const kept = plans.filter((p) => p.built);
  // Rows that answer no kept question: sessions opened and left (SurveyGizmo's partials hold only
  // a start time). Imported like any row, but said, so the response count does not surprise.
  const answeredRows = new Uint8Array(rows.length);
  for (const p of kept) {
    await slicer.pause();
    // The cells, not the values: a cell left out with a warning of its own was not left blank.
    rows.forEach(({ cells }, r) => {
      if ((cells[p.index] ?? '').trim() !== '') answeredRows[r] = 1;
    });
  }
  const blank = rows.length - answeredRows.reduce((n, a) => n + a, 0);
  if (blank > 0 && kept.length > 0)
    warnings.push(
      `${blank} of ${rows.length} rows answer none of the imported questions (sessions opened and left); they are imported as responses without answers, and synthesis leaves them out.`,
    );
  const evidence: QuestionEvidence[] = kept.map((p) => ({
    title: p.header,
    type: p.type,
    options: p.built!.fields.options?.map((o) => o.label),
    answers: spread(p.answered, EVIDENCE_ANSWERS),
  }));
  const understood = await understandQuestions(evidence, options.understanding);
  kept.forEach((p, k) => {
    const override = overrides.get(p.index);
    const set = override?.personaField != null || override?.sensitive != null;
    p.personaField = override?.personaField ?? understood[k].personaField;
    p.sensitive = override?.sensitive ?? understood[k].sensitive;
    p.reason = set ? `Set in columns (suggested: ${understood[k].reason})` : understood[k].reason;
    p.attentionCheck = attentionCheckOf(p, override, warnings);
  });
  return { rows, warnings, timestampColumn, submittedAt, customerIndex, columns: plans };
}

/** Rows assembled between two looks at the clock (a look is cheap; a pause happens only after 20 ms). */
const ROWS_PER_PAUSE = 256;

/**
 * Imports a survey export: one header row of question texts, one row per
 * response. Each kept column becomes a question (ids q1..qN in column order,
 * title = header); its type is inferred from the answers unless `columns`
 * says otherwise, and so are its persona field and sensitive flag
 * (`understandQuestions`, offline). Every answer value passes `validateAnswer` for its
 * question; cells that cannot (e.g. a non-number under a forced NUMBER) are
 * left out with a warning, never truncated.
 *
 * @param csv - the file's text; a BOM and CRLF line endings are fine
 * @param columns - per-column overrides matched by header text
 * @param options - `maxRows`: most responses accepted (default `DEFAULT_MAX_ROWS`)
 * @returns the definition, responses, timestamp column, skipped columns and warnings
 * @throws CsvImportError with a sentence naming the row or column to fix
 */
export async function importSurveyCsv(
  csv: string,
  columns?: readonly CsvColumnInput[] | null,
  options: CsvImportOptions = {},
): Promise<CsvImportResult> {
  const plan = await planCsv(csv, columns, options);
  const kept = plan.columns.filter((c) => c.built);
  if (kept.length === 0) {
    throw new CsvImportError(
      'No column can become a question: every column is empty, skipped or the timestamp.',
    );
  }
  const questions: Question[] = kept.map((c, k) => ({
    id: `q${k + 1}`,
    title: c.header,
    required: false,
    personaField: c.personaField,
    sensitive: c.sensitive,
    ...c.built!.fields,
    ...(c.attentionCheck?.expected.length ? { attentionCheck: c.attentionCheck } : {}),
  }));
  const skippedColumns = plan.columns
    .filter((c) => c.skipReason && !c.timestamp && !c.customer)
    .map((c) => c.header);
  // Rows × questions values: 50k rows of 40 questions is two million, so the loop runs in slices too.
  const slicer = new Slicer();
  const responses: ImportedResponse[] = new Array(plan.rows.length);
  for (let r = 0; r < plan.rows.length; r++) {
    if (r % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await slicer.pause();
    const answers: Record<string, unknown> = {};
    questions.forEach((q, k) => {
      const value = kept[k].built!.values[r];
      if (value !== undefined) answers[q.id] = value;
    });
    const submittedAt = plan.submittedAt[r];
    responses[r] =
      plan.customerIndex < 0
        ? { submittedAt, answers }
        : {
            submittedAt,
            answers,
            customerId: plan.rows[r].cells[plan.customerIndex].trim() || null,
          };
  }
  return {
    definition: { questions },
    responses,
    timestampColumn: plan.timestampColumn,
    customerIdColumn: plan.customerIndex < 0 ? null : plan.columns[plan.customerIndex].header,
    skippedColumns,
    warnings: plan.warnings,
  };
}

/**
 * What `importSurveyCsv` would do with each column, without importing: the same plan (type,
 * skip, persona field, sensitive flag), with the reason for each and up to five example
 * cells (never an email address or phone number). Writes nothing.
 *
 * @throws CsvImportError exactly as `importSurveyCsv` would, except for a file with no
 *   question column, which previews with every column skipped
 */
export async function previewSurveyCsv(
  csv: string,
  columns?: readonly CsvColumnInput[] | null,
  options: CsvImportOptions = {},
): Promise<CsvPreview> {
  const plan = await planCsv(csv, columns, options);
  return {
    rowCount: plan.rows.length,
    columns: plan.columns.map((c) => ({
      index: c.index,
      header: c.header,
      type: c.type,
      personaField: c.personaField,
      sensitive: c.sensitive,
      skip: c.skipReason !== null,
      customerId: c.customer,
      reason: c.reason,
      // A customer id is never shown, not even a sample.
      sampleValues: c.customer ? [] : sampleValues(c.answered),
      attentionCheck: c.attentionCheck,
    })),
    warnings: plan.warnings,
  };
}

/**
 * The attention check a kept column would be: the expected answers set in columns (an empty list
 * says it is none), or, for a column worded like one ("…you are not a robot…", "attention
 * check", "please select … to show you are paying attention"), the most common normalized answer
 * when it holds a clear majority. Says so in a warning, which the preview shows.
 */
function attentionCheckOf(
  plan: ColumnPlan,
  override: CsvColumnInput | undefined,
  warnings: string[],
): { expected: string[] } | null {
  const name = nameOf(plan.index, plan.header);
  if (override?.attentionCheckExpected != null) {
    const expected = [
      ...new Set(override.attentionCheckExpected.map((e) => e.trim()).filter(Boolean)),
    ];
    if (expected.length > 20)
      throw new CsvImportError(
        `${name}: give at most 20 expected answers for the attention check.`,
        {
          column: plan.header,
        },
      );
    return expected.length ? { expected } : null;
  }
  if (!looksLikeAttentionCheck(plan.header)) return null;
  const proposed = proposeExpectedAnswer(plan.answered);
  warnings.push(
    proposed
      ? `${name} reads like an attention check: responses that do not answer "${proposed}" (or the same in other words, such as a number for a number word) will be flagged. Change the expected answer in columns.`
      : `${name} reads like an attention check, but no answer holds a clear majority; set its expected answer in columns to flag the responses that fail it.`,
  );
  return { expected: proposed ? [proposed] : [] };
}

/** Up to five distinct example cells, clipped, none holding an email address or phone number. */
function sampleValues(answered: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const cell of answered) {
    if (out.length >= SAMPLE_VALUES) break;
    const shown = cell.length > SAMPLE_LENGTH ? `${cell.slice(0, SAMPLE_LENGTH - 1)}…` : cell;
    if (seen.has(shown)) continue;
    seen.add(shown);
    if (!containsPrivate(cell)) out.push(shown);
  }
  return out;
}
