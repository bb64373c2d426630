import {
  chooseK,
  clusterRows,
  sampleDistances,
  silhouette,
  stability,
  type Clustering,
} from './cluster';
import { buildFeatures, type FeatureMatrix } from './features';
import { assertFaithful, buildQuality } from './quality';
import { selectQuotes } from './quotes';
import { createRng, deriveSeed } from './rng';
import { indexSources } from './sources';
import { sqDistToDense } from './sparse';
import { buildTraits } from './traits';
import type {
  CentroidFeature,
  ProgressFn,
  SegmentResult,
  SynthesisInput,
  SynthesisResult,
} from './types';

/** Seed used when the input gives none. */
export const DEFAULT_SEED = 1;
/** Below this many participants there is one segment: silhouette needs at least two of each. */
const MIN_PARTICIPANTS_TO_SPLIT = 4;
const CENTROID_SUMMARY_SIZE = 8;

/**
 * Runs the whole offline pipeline: features → segments (k by silhouette
 * unless personaCount is given, tiny segments merged) → bootstrap stability →
 * traits with evidence → quotes → quality. Pure and deterministic: the same
 * input and seed give the same result. Throws UnfaithfulEvidenceError if a
 * quote ever differs from its source (a bug).
 */
export function synthesize(input: SynthesisInput, onProgress?: ProgressFn): SynthesisResult {
  const report = (stage: string, progress: number): void => onProgress?.(stage, progress);
  const seed = input.seed ?? DEFAULT_SEED;
  const { participants } = input;
  const n = participants.length;
  if (n === 0) {
    report('done', 1);
    return {
      segments: [],
      quality: { silhouette: 0, stability: 0, evidenceCoverage: 0, faithfulness: 1 },
      k: 0,
    };
  }

  report('features', 0);
  const features = buildFeatures(participants);
  const { rows } = features;

  report('segments', 0.3);
  const sample = sampleDistances(rows, createRng(deriveSeed(seed, 'silhouette')));
  let clustering: Clustering;
  let sil: number;
  if (input.personaCount != null) {
    const k = Math.max(1, Math.min(Math.round(input.personaCount), n));
    clustering = clusterRows(rows, k, createRng(deriveSeed(seed, `k${k}`)));
    sil = silhouette(sample, clustering.labels, clustering.k);
  } else if (n < MIN_PARTICIPANTS_TO_SPLIT) {
    clustering = clusterRows(rows, 1, createRng(seed));
    sil = 0;
  } else {
    ({ clustering, silhouette: sil } = chooseK(rows, seed, { sample }));
  }

  report('stability', 0.55);
  const stab = stability(rows, clustering, seed);

  report('traits', 0.8);
  const members = membersByCentrality(features, clustering);
  const traits = buildTraits(participants, members);
  const studyMean = columnMeans(features);
  const segments: SegmentResult[] = members.map((m, s) => {
    const centroidSummary = summariseCentroid(features, clustering, s, studyMean);
    const termWeights = distinctiveTerms(features, clustering, s, studyMean);
    return {
      memberIds: m.map((i) => participants[i].id),
      share: m.length / n,
      traits: traits[s],
      quotes: selectQuotes(participants, m, traits[s], termWeights),
      centroidSummary,
    };
  });

  report('quality', 0.95);
  const sources = indexSources(participants);
  const quality = buildQuality(segments, sources, { silhouette: sil, stability: stab });
  // Below 1 is a bug: fail the run rather than store a misquote.
  assertFaithful(segments, input, sources);
  report('done', 1);
  return { segments, quality, k: segments.length };
}

/** Participant indices of each segment, nearest the centroid first (index breaks ties). */
function membersByCentrality(features: FeatureMatrix, clustering: Clustering): number[][] {
  const { rows } = features;
  const dist = new Float64Array(rows.n);
  const members: number[][] = Array.from({ length: clustering.k }, () => []);
  clustering.labels.forEach((s, i) => {
    dist[i] = sqDistToDense(
      rows,
      i,
      clustering.centroids,
      s * rows.dim,
      clustering.centroidSqNorm[s],
    );
    members[s].push(i);
  });
  return members.map((m) => m.sort((a, b) => dist[a] - dist[b] || a - b));
}

function columnMeans(features: FeatureMatrix): Float64Array {
  const { rows } = features;
  const mean = new Float64Array(rows.dim);
  for (let p = 0; p < rows.vals.length; p++) mean[rows.cols[p]] += rows.vals[p] / rows.n;
  return mean;
}

/** The features that most raise a segment's centre above the study mean. */
function summariseCentroid(
  features: FeatureMatrix,
  clustering: Clustering,
  s: number,
  mean: Float64Array,
): CentroidFeature[] {
  const dim = features.rows.dim;
  const out: CentroidFeature[] = [];
  for (let c = 0; c < dim; c++) {
    const value = clustering.centroids[s * dim + c];
    if (value > mean[c])
      out.push({
        key: features.columns[c].key,
        label: features.columns[c].label,
        value,
        studyMean: mean[c],
      });
  }
  return out
    .sort((a, b) => b.value - b.studyMean - (a.value - a.studyMean) || (a.key < b.key ? -1 : 1))
    .slice(0, CENTROID_SUMMARY_SIZE);
}

/** Weight of each term that is more frequent at the segment's centre than in the study (for scoring quotes). */
function distinctiveTerms(
  features: FeatureMatrix,
  clustering: Clustering,
  s: number,
  mean: Float64Array,
): Map<string, number> {
  const dim = features.rows.dim;
  const weights = new Map<string, number>();
  features.columns.forEach((col, c) => {
    const lift = clustering.centroids[s * dim + c] - mean[c];
    if (col.group === 'term' && lift > 0) weights.set(col.label, lift);
  });
  return weights;
}
