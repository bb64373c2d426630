/**
 * CSV import of survey exports: `importSurveyCsv` turns a Google Forms,
 * SurveyGizmo, Qualtrics or Typeform export into a survey definition and its
 * responses.
 */
export { DEFAULT_MAX_ROWS, importSurveyCsv } from './csv-import';
export { parseCalendarDate, parseTimestamp } from './timestamp';
export {
  CsvImportError,
  type CsvColumnInput,
  type CsvImportOptions,
  type CsvImportResult,
  type ImportedResponse,
} from './types';
