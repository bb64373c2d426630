export * from './types';
export { foldText, normalizeCheckAnswer, normalizeForDuplicate } from './normalize';
export {
  DUPLICATE_MIN_CHARS,
  DUPLICATE_MIN_WORDS,
  MIN_STRAIGHT_ITEMS,
  MIN_TIMED_RESPONSES,
  SPEEDING_SHARE,
  computeQualityFlags,
  detectAttentionCheck,
  detectDuplicates,
  detectLowEffortText,
  detectSpeeding,
  detectStraightLining,
  lowEffortReason,
  passesAttentionCheck,
} from './detectors';
export {
  ATTENTION_CHECK_WORDING,
  CLEAR_MAJORITY,
  looksLikeAttentionCheck,
  proposeExpectedAnswer,
} from './propose';
export { computeQualityFlagsOffThread, type StoredQualityResponse } from './run-quality';
