/**
 * @persona-lab/synthesis-engine — pure, deterministic persona synthesis:
 * features, segmentation, traits with verbatim evidence, quality, offline words.
 * No Nest, no database, no network.
 */
export * from './types';
export { synthesize, DEFAULT_SEED } from './synthesize';
export { containsPrivate, findPrivate, redact, type PrivateSpan } from '@persona-lab/privacy';
export {
  buildFeatures,
  MAX_TERMS,
  TEXT_WEIGHT,
  type FeatureColumn,
  type FeatureGroup,
  type FeatureMatrix,
  type FeatureOptions,
} from './features';
export {
  chooseK,
  clusterRows,
  kmeans,
  mergeSmallClusters,
  sampleDistances,
  silhouette,
  stability,
  MIN_SEGMENT_SHARE,
  SILHOUETTE_SAMPLE,
  STABILITY_RESAMPLES,
  type Clustering,
  type DistanceSample,
  type KScore,
} from './cluster';
export { buildTraits, quantifier, CATEGORY_KIND, KIND_ORDER, type TraitOptions } from './traits';
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
  avatarSvg,
  describeSegment,
  describeSegments,
  type DescribableSegment,
  type PersonaWords,
} from './words-offline';
export {
  adjustedRandIndex,
  generateStudy,
  type GenerateStudyOptions,
  type GeneratedStudy,
} from './generate-study';
export { indexSources, participantTexts, sourceKey } from './sources';
export { createRng, hashString, type Rng } from './rng';
export type { SparseRows } from './sparse';
