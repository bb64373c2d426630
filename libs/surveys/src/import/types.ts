import type { PersonaField, QuestionType, SurveyDefinition } from '@persona-lab/survey-logic';
import type { UnderstandOptions } from '../understanding/types';

/**
 * `CsvColumnInput` in the contract: how to read one column of an imported
 * CSV. Columns not listed are inferred. Nullable fields accept null because
 * GraphQL sends null for omitted ones.
 */
export interface CsvColumnInput {
  /** The header text of the column, as in the file (surrounding spaces ignored). */
  header: string;
  /** Forces the question type instead of inferring it. */
  type?: QuestionType | null;
  /** Sets the persona field (otherwise inferred by `understandQuestions`). */
  personaField?: PersonaField | null;
  /** Sets the sensitive flag (otherwise inferred: gender, ethnicity, religion, health...). */
  sensitive?: boolean | null;
  /** Splits each cell on this text into several choices (a multiple choice question). */
  delimiter?: string | null;
  /** true drops the column; false keeps a column that would be skipped as metadata. */
  skip?: boolean | null;
  /**
   * The expected answers of the column as an attention check; an empty list: not an attention
   * check. Omitted, a column worded like one is proposed as one (see `attentionCheck` below).
   */
  attentionCheckExpected?: readonly string[] | null;
  /**
   * true: the column is the customer id (not a question; each cell links its response to the
   * customer's participant and is stored only as a hash); false: it is not, even when its header
   * reads like one. Omitted: a header like customer_id, customer or user_id is proposed.
   */
  customerId?: boolean | null;
}

/** Limits for `importSurveyCsv`. */
export interface CsvImportOptions {
  /** Most responses accepted; more is an error (default `DEFAULT_MAX_ROWS`). */
  maxRows?: number;
  /** How columns' persona fields and sensitive flags are inferred (default offline). */
  understanding?: UnderstandOptions;
}

/** One imported response: only the questions it answered, each value valid for its question. */
export interface ImportedResponse {
  /** From the timestamp column; null when the file has none or the cell could not be read. */
  submittedAt: Date | null;
  /** Answer values keyed by question id (`q1`…). */
  answers: Record<string, unknown>;
  /**
   * The raw customer id from the customer id column (trimmed; null for an empty cell; absent
   * without such a column): for the importer to hash and link, never to store.
   */
  customerId?: string | null;
}

/** The outcome of `importSurveyCsv`. */
export interface CsvImportResult {
  /** One question per kept column, ids q1..qN in column order, titles = headers. */
  definition: SurveyDefinition;
  /** One response per non-empty data row, in file order. */
  responses: ImportedResponse[];
  /** Header of the column that became `submittedAt`, if any. */
  timestampColumn: string | null;
  /** Header of the customer id column, if any. */
  customerIdColumn: string | null;
  /** Headers of the columns that did not become questions (reasons in `warnings`). */
  skippedColumns: string[];
  /** Sentences for the researcher: skipped columns, renamed headers, answers left out. */
  warnings: string[];
}

/** One column of `previewSurveyCsv`: what the import would make of it. */
export interface CsvPreviewColumn {
  /** 0-based position in the file. */
  index: number;
  header: string;
  /** The question type it would get (the inferred type, for a skipped column). */
  type: QuestionType;
  personaField: PersonaField;
  sensitive: boolean;
  /** true: it would not become a question (metadata, the timestamp, the customer id, empty, or asked for). */
  skip: boolean;
  /** The customer id column: each cell links its response to a participant, stored only as a hash. */
  customerId: boolean;
  /** A short sentence for the researcher, e.g. "Asks what gets in the way → pain point". */
  reason: string;
  /** Up to 5 distinct non-empty cells, clipped to 120 characters; never emails, phone numbers or customer ids. */
  sampleValues: string[];
  /**
   * Set when the column would be an attention check: the expected answers set in columns, or
   * the one proposed (the most common normalized answer holding a clear majority; an empty list
   * when no answer does, so nothing is flagged until the researcher sets one).
   */
  attentionCheck: { expected: string[] } | null;
}

/** The outcome of `previewSurveyCsv`. */
export interface CsvPreview {
  /** Responses (non-empty data rows) in the file. */
  rowCount: number;
  columns: CsvPreviewColumn[];
  /** The sentences the import would give. */
  warnings: string[];
}

/**
 * Thrown when a CSV cannot be imported. The message is a sentence the
 * researcher can act on; `row` (1-based, the header is row 1, as in a
 * spreadsheet) and `column` (header text) say where, when it is one place.
 */
export class CsvImportError extends Error {
  constructor(
    message: string,
    readonly where: { row?: number; column?: string } = {},
  ) {
    super(message);
    this.name = 'CsvImportError';
  }
}
