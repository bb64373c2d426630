/**
 * Codebook and highlight exchange: REFI-QDA codebooks (.qdc, read by
 * ATLAS.ti, NVivo, MAXQDA and QualCoder) and CSV. Pure functions, no I/O.
 */
export { codebookFromCsv, codebookToCsv, CODEBOOK_CSV_COLUMNS } from './csv';
export { HIGHLIGHT_CSV_COLUMNS, highlightsToCsv } from './highlights';
export { codebookFromQdc, codebookToQdc, qdcGuid } from './qdc';
export { CODE_CATEGORIES, CodebookFormatError, isCodeCategory, MAX_IMPORTED_CODES } from './types';
export type { CodeCategory, ExchangeCode, ExchangeHighlight } from './types';
