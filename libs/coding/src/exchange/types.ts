/** The categories a Persona Lab code can belong to, in display order. */
export const CODE_CATEGORIES = [
  'PAIN_POINT',
  'GOAL',
  'MOTIVATION',
  'BEHAVIOR',
  'NEED',
  'ATTITUDE',
  'DEMOGRAPHIC',
  'OTHER',
] as const;

/** What kind of persona evidence a code collects. */
export type CodeCategory = (typeof CODE_CATEGORIES)[number];

/** True when `value` is exactly one of {@link CODE_CATEGORIES}. */
export const isCodeCategory = (value: string): value is CodeCategory =>
  (CODE_CATEGORIES as readonly string[]).includes(value);

/** One code of a codebook, as exchanged with files; `parentId` makes the tree. */
export interface ExchangeCode {
  id: string;
  name: string;
  description: string | null;
  category: CodeCategory;
  /** Id of the parent code, or null for a top-level code. */
  parentId: string | null;
  /** `#RRGGBB`; importers always set it (null when the file has none). */
  color?: string | null;
}

/** One coded highlight, flattened for a spreadsheet. */
export interface ExchangeHighlight {
  id: string;
  codeName: string;
  category: string;
  sourceType: string;
  sourceLabel: string;
  /** Character offsets of the highlighted text in its source. */
  start: number;
  end: number;
  text: string;
  status: string;
  coder: string;
  confidence: number | null;
  /** ISO 8601 timestamp. */
  createdAt: string;
}

/** The most codes one codebook import may add. */
export const MAX_IMPORTED_CODES = 2000;

/**
 * A codebook file (or codebook data) that cannot be exchanged. The message is
 * a sentence a researcher can act on and names the line, element or row, e.g.
 * `Line 4: <Code> needs a name attribute.`
 */
export class CodebookFormatError extends Error {
  constructor(
    message: string,
    /** Where the problem is: an XML line or a spreadsheet row (header = row 1). */
    readonly where: { line?: number; row?: number } = {},
  ) {
    super(message);
    this.name = 'CodebookFormatError';
  }
}

/** The error of a file with more than {@link MAX_IMPORTED_CODES} codes (both importers stop there). */
export const tooManyCodes = (): CodebookFormatError =>
  new CodebookFormatError(
    `A codebook can have at most ${MAX_IMPORTED_CODES.toLocaleString('en')} codes; this file has more. Split it, or remove codes you do not use.`,
  );
