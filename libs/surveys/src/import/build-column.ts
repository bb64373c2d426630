/**
 * Turning one column into a question and its cells into answer values that
 * `validateAnswer` accepts. Cells that cannot be such a value are left out
 * with a warning naming their rows; nothing is truncated or rounded.
 */
import {
  MAX_SCALE_POINTS,
  MAX_TEXT_LENGTH,
  SHORT_TEXT_MAX_LENGTH,
  isEmail,
  type Choice,
  type Question,
  type QuestionType,
} from '@persona-lab/survey-logic';
import { announcedScaleMax } from './header-rules';
import { MAX_INFERRED_OPTIONS, range, toNumber } from './infer-column';
import { commonChoices, splitChoicesSteps, type ChoiceSplit } from './split-choices';
import { ITEMS_PER_STEP, type Steps } from './steps';
import { parseCalendarDate, parseTimestamp } from './timestamp';
import { CsvImportError } from './types';

/** What to build: the chosen type and whether the researcher chose it. */
export interface ColumnSpec {
  header: string;
  /** "Column 3 ("Age?")", for messages. */
  name: string;
  type: QuestionType;
  delimiter?: string;
  /** Forced by `CsvColumnInput`: keep every choice, no "Other" bucket. */
  forced: boolean;
  /** The answered cells already split by inference, if it did (used when its delimiter is the column's). */
  split?: ChoiceSplit;
}

/** The question's type-specific fields and one value per cell (undefined = no answer). */
export interface BuiltColumn {
  fields: Pick<Question, 'type' | 'options' | 'min' | 'max'>;
  values: unknown[];
  warnings: string[];
}

/** Label of the option that collects rarely given choices. */
export const OTHER_LABEL = 'Other';

const SHOWN_ROWS = 5;

/** Options o1..oN; numbers-as-text ("1-2", "3-5", "10+") in natural order. */
function toOptions(labels: readonly string[]): Choice[] {
  const numeric = labels.every((l) => /^\d/.test(l));
  const ordered = numeric
    ? [...labels].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : labels;
  return ordered.map((label, i) => ({ id: `o${i + 1}`, label }));
}

/** Collects rows whose cells could not become a value, reported as one warning. */
class LeftOut {
  private rows: number[] = [];
  constructor(
    private readonly name: string,
    private readonly reason: string,
  ) {}
  add(row: number): undefined {
    this.rows.push(row);
    return undefined;
  }
  report(warnings: string[]): void {
    const n = this.rows.length;
    if (n === 0) return;
    const shown = this.rows.slice(0, SHOWN_ROWS).join(', ') + (n > SHOWN_ROWS ? ', …' : '');
    const what = n === 1 ? `the answer in row ${shown}` : `${n} answers (rows ${shown})`;
    warnings.push(`${this.name}: ${what} could not be imported: ${this.reason}.`);
  }
}

function needOptions(spec: ColumnSpec, options: readonly Choice[]): void {
  if (options.length >= 2) return;
  throw new CsvImportError(
    `${spec.name} has only one distinct answer, so it cannot be a choice question; choose another type in columns.`,
    { column: spec.header },
  );
}

function buildText(
  spec: ColumnSpec,
  cells: readonly string[],
  rows: readonly number[],
): BuiltColumn {
  const tooLong = new LeftOut(
    spec.name,
    `longer than ${MAX_TEXT_LENGTH} characters, the most a text answer can hold`,
  );
  const values = cells.map((c, i) =>
    c.length > MAX_TEXT_LENGTH ? tooLong.add(rows[i]) : c || undefined,
  );
  const warnings: string[] = [];
  tooLong.report(warnings);
  const [, longest] = range(values.map((v) => (v as string | undefined)?.length ?? 0));
  // A forced short text keeps its type; raising its limit beats dropping answers.
  const max = spec.type === 'SHORT_TEXT' && longest > SHORT_TEXT_MAX_LENGTH ? longest : undefined;
  return { fields: { type: spec.type, ...(max ? { max } : {}) }, values, warnings };
}

function buildSingle(spec: ColumnSpec, cells: readonly string[]): BuiltColumn {
  const options = toOptions([...new Set(cells.filter(Boolean))]);
  needOptions(spec, options);
  const ids = new Map(options.map((o) => [o.label, o.id]));
  return {
    fields: { type: spec.type, options },
    values: cells.map((c) => ids.get(c)),
    warnings: [],
  };
}

function* buildSplitSteps(
  spec: ColumnSpec,
  cells: readonly string[],
  rows: readonly number[],
): Steps<BuiltColumn> {
  const delimiter = spec.delimiter ?? (cells.some((c) => c.includes(';')) ? ';' : ', ');
  const answered = cells.map((c, i) => i).filter((i) => cells[i]);
  // Inference split the same answered cells: with this delimiter, a column is split only once.
  const split =
    spec.split?.delimiter === delimiter
      ? spec.split
      : yield* splitChoicesSteps(
          answered.map((i) => cells[i]),
          delimiter,
        );
  const warnings: string[] = [];
  let labels = [...split.counts.keys()];
  let other: string | undefined;
  if (!spec.forced) {
    const common = commonChoices(split, MAX_INFERRED_OPTIONS);
    labels = common.options;
    if (common.rare > 0) {
      other = labels.find((l) => l.toLowerCase() === OTHER_LABEL.toLowerCase()) ?? OTHER_LABEL;
      if (!labels.includes(other)) labels.push(other);
      const [n, was] =
        common.rare === 1
          ? ['1 rarely given answer', 'was']
          : [`${common.rare} rarely given answers`, 'were'];
      warnings.push(
        `${spec.name}: ${n} (each chosen in fewer than ${common.minRows} rows) ${was} imported as "${other}"; set its type to LONG_TEXT in columns to keep the answers word for word.`,
      );
    }
  }
  const options = toOptions(labels);
  needOptions(spec, options);
  const ids = new Map(options.map((o) => [o.label, o.id]));
  const unranked = new LeftOut(spec.name, 'not a ranking of every option exactly once');
  const values: unknown[] = cells.map(() => undefined);
  for (let k = 0; k < answered.length; k++) {
    if (k % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const cellIndex = answered[k];
    const chosen = [...new Set(split.cells[k].map((l) => ids.get(l) ?? ids.get(other ?? '')!))];
    const complete = chosen.length === options.length;
    values[cellIndex] =
      spec.type !== 'RANKING' || complete ? chosen : unranked.add(rows[cellIndex]);
  }
  unranked.report(warnings);
  return { fields: { type: spec.type, options }, values, warnings };
}

function buildScale(
  spec: ColumnSpec,
  cells: readonly string[],
  rows: readonly number[],
): BuiltColumn {
  const nps = spec.type === 'NPS';
  const reason = nps ? 'not a whole number from 0 to 10' : 'not a whole number';
  const bad = new LeftOut(spec.name, reason);
  const values = cells.map((c, i) => {
    if (!c) return undefined;
    const n = toNumber(c);
    const ok = n !== null && Number.isInteger(n) && (!nps || (n >= 0 && n <= 10));
    return ok ? n : bad.add(rows[i]);
  });
  const warnings: string[] = [];
  bad.report(warnings);
  if (nps) return { fields: { type: 'NPS' }, values, warnings };
  const numbers = values.filter((v): v is number => v !== undefined);
  if (numbers.length === 0) {
    throw new CsvImportError(
      `${spec.name} has no whole-number answers, so it cannot be a scale question; choose another type in columns.`,
      { column: spec.header },
    );
  }
  const [low, high] = range(numbers);
  // Scales start at 1 unless answers go lower; the header may announce a top no one picked.
  const min = Math.min(1, low);
  const announced = announcedScaleMax(spec.header) ?? 0;
  const max = Math.max(high, min + 1, announced - min + 1 <= MAX_SCALE_POINTS ? announced : 0);
  if (max - min + 1 > MAX_SCALE_POINTS) {
    throw new CsvImportError(
      `${spec.name} has answers from ${min} to ${max}, but a ${spec.type === 'LIKERT' ? 'Likert' : 'rating'} scale has at most ${MAX_SCALE_POINTS} points; import it as NUMBER instead.`,
      { column: spec.header },
    );
  }
  return { fields: { type: spec.type, min, max }, values, warnings };
}

// Per-cell readers for the types whose answers are single values.
const READERS: Partial<Record<QuestionType, { reason: string; read: (c: string) => unknown }>> = {
  NUMBER: { reason: 'not a number', read: (c) => toNumber(c) ?? undefined },
  EMAIL: { reason: 'not an email address', read: (c) => (isEmail(c) ? c : undefined) },
  DATE: {
    reason: 'not a date such as 2024-03-31 or 3/31/2024',
    read: (c) => parseCalendarDate(c) ?? parseTimestamp(c)?.toISOString().slice(0, 10),
  },
};

/**
 * Builds the question fields and answer values of one column.
 *
 * @param spec - the column and its chosen type
 * @param cells - every data row's cell, trimmed ('' = unanswered)
 * @param rows - the spreadsheet row number of each cell, for warnings
 * @returns cooperative steps ({@link Steps}): a choice-list column's split and answers yield now and then
 * @throws CsvImportError when the type cannot hold this column at all
 */
export function* buildColumnSteps(
  spec: ColumnSpec,
  cells: readonly string[],
  rows: readonly number[],
): Steps<BuiltColumn> {
  switch (spec.type) {
    case 'SHORT_TEXT':
    case 'LONG_TEXT':
      return buildText(spec, cells, rows);
    case 'SINGLE_CHOICE':
    case 'DROPDOWN':
      return buildSingle(spec, cells);
    case 'MULTIPLE_CHOICE':
    case 'RANKING':
      return yield* buildSplitSteps(spec, cells, rows);
    case 'RATING':
    case 'LIKERT':
    case 'NPS':
      return buildScale(spec, cells, rows);
    case 'MATRIX':
      throw new CsvImportError(
        `${spec.name} cannot be a matrix question: a matrix needs one column per row. Choose another type in columns.`,
        { column: spec.header },
      );
    default: {
      const { reason, read } = READERS[spec.type]!;
      const bad = new LeftOut(spec.name, reason);
      const values = cells.map((c, i) => (c ? (read(c) ?? bad.add(rows[i])) : undefined));
      const warnings: string[] = [];
      bad.report(warnings);
      return { fields: { type: spec.type }, values, warnings };
    }
  }
}
