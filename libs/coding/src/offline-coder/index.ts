export type { CodeProfile, Suggestion, SuggestOptions, TextUnit } from './types';
export { suggestCodes } from './suggest';
export { splitSentences } from './sentences';
export { measure, splitCorpus, calibrateThreshold } from './measure';
export type { LabelledCorpus, Measurement, CodeFigures } from './measure';
