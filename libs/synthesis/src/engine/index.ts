/**
 * @persona-lab/synthesis-engine — pure, deterministic, needs-based persona
 * synthesis: indicators from needs answers, themes and open-text topics →
 * latent class analysis → traits with verbatim evidence → quality → offline
 * words. Demographics describe segments; sensitive answers never enter.
 * No Nest, no database, no network.
 */
export * from './types';
export { synthesize, DEFAULT_SEED, MIN_PARTICIPANTS, SMALL_SEGMENT } from './synthesize';
export { SynthesisInputError, type SynthesisInputProblem } from './errors';
export { containsPrivate, findPrivate, redact, type PrivateSpan } from '@persona-lab/privacy';
export {
  prepareParticipants,
  categoryKind,
  CATEGORY_KIND,
  NEEDS_FIELDS,
  type Prepared,
  type TextField,
} from './prepare';
export {
  buildItems,
  encodeItem,
  MIN_ITEM_SHARE,
  MAX_ITEM_SHARE,
  type Item,
  type ItemEncoding,
} from './items';
export {
  assignToSegments,
  buildSegmentModel,
  MIN_FIT,
  MIN_ITEMS_IN_COMMON,
  MIN_SHARE_IN_COMMON,
  TYPICALITY_QUANTILE,
  type AssignmentReason,
  type SegmentAssignment,
  type SegmentModel,
} from './assign';
export {
  fitLca,
  em,
  lcaData,
  mapLabels,
  criteria,
  type LcaData,
  type LcaFit,
  type LcaModel,
} from './lca';
export {
  segment,
  minSegmentSize,
  MAX_K,
  SELECTION_SAMPLE,
  STABILITY_RESAMPLES,
  STABILITY_SAMPLE,
  type Segmentation,
} from './segment';
export { buildTopics, termSpace, TermCache, MAX_TERMS, type TopicModel } from './text-topics';
export {
  kmeans,
  sampleDistances,
  silhouette,
  type Clustering,
  type DistanceSample,
} from './cluster';
export {
  buildTraits,
  quantifier,
  traitPhrase,
  KIND_ORDER,
  type TraitContext,
  type TraitOptions,
} from './traits';
export { questionPhrase, selfExplanatory, clip, MAX_PHRASE_CHARS } from './phrases';
export { selectQuotes, type QuoteOptions } from './quotes';
export { sentenceRanges, spanOf, isQuotable, MAX_QUOTE_CHARS } from './evidence';
export {
  allEvidence,
  assertFaithful,
  buildQuality,
  evidenceCoverage,
  faithfulness,
  unfaithfulSpans,
  UnfaithfulEvidenceError,
} from './quality';
export {
  describeSegment,
  describeSegments,
  MAX_TAGLINE_CHARS,
  type DescribableSegment,
  type PersonaWords,
} from './words-offline';
export { adjustedRandIndex } from './ari';
export { indexSources, participantTexts, sourceKey } from './sources';
export { createRng, hashString, type Rng } from './rng';
export type { SparseRows } from './sparse';
