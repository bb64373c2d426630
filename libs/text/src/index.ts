/**
 * @persona-lab/text — shared English text handling: the one wink-nlp instance
 * and the one sentence splitter. Pure, no Nest, no I/O.
 */
export { englishNlp, tokenLemma, type ItemToken, type Nlp } from './nlp';
export { splitSentences, type SplitOptions, type TextSpan } from './sentences';
export { CsvSyntaxError, readCsvRows } from './csv';
export { jsonShapeExceeds, type JsonShapeLimits } from './json-shape';
