/**
 * CSV import of survey exports: `importSurveyCsv` turns a Google Forms,
 * SurveyGizmo, Qualtrics or Typeform export into a survey definition and its
 * responses; `previewSurveyCsv` shows what it would do with each column.
 */
export { DEFAULT_MAX_ROWS, importSurveyCsv, previewSurveyCsv } from './csv-import';
export { parseCalendarDate, parseTimestamp } from './timestamp';
export {
  CsvImportError,
  type CsvColumnInput,
  type CsvImportOptions,
  type CsvImportResult,
  type CsvPreview,
  type CsvPreviewColumn,
  type ImportedResponse,
} from './types';
