export type { CodeProfile, Suggestion, SuggestOptions, TextUnit } from './types';
export { suggestCodes } from './suggest';
