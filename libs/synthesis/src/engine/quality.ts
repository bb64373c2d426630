import { indexSources, sourceKey } from './sources';
import type { EvidenceSpan, SegmentResult, SynthesisInput, SynthesisQuality, Trait } from './types';

/** Share of traits backed by evidence from at least two different participants (0 when there are no traits). */
export function evidenceCoverage(traits: Trait[]): number {
  if (traits.length === 0) return 0;
  const backed = traits.filter(
    (t) => new Set(t.evidence.map((e) => e.participantId)).size >= 2,
  ).length;
  return backed / traits.length;
}

/** Every evidence span of the segments: trait evidence and quotes. */
export function allEvidence(segments: SegmentResult[]): EvidenceSpan[] {
  return segments.flatMap((s) => [...s.traits.flatMap((t) => t.evidence), ...s.quotes]);
}

/** The spans whose quote is not exactly their source text at their offsets (or whose source is unknown). */
export function unfaithfulSpans(
  spans: EvidenceSpan[],
  sources: Map<string, string>,
): EvidenceSpan[] {
  return spans.filter((e) => {
    const text = sources.get(sourceKey(e.ref));
    return text === undefined || text.slice(e.start, e.end) !== e.quote || e.start >= e.end;
  });
}

/** Share of spans whose quote === source text.slice(start, end); 1 when there are none. Below 1 is a bug. */
export function faithfulness(spans: EvidenceSpan[], sources: Map<string, string>): number {
  if (spans.length === 0) return 1;
  return 1 - unfaithfulSpans(spans, sources).length / spans.length;
}

/** Thrown when a quote does not match its source: a bug, never a data problem. */
export class UnfaithfulEvidenceError extends Error {
  constructor(readonly spans: EvidenceSpan[]) {
    const first = spans[0];
    super(
      `${spans.length} evidence span(s) do not match their source, e.g. ${sourceKey(first.ref)} [${first.start}, ${first.end})`,
    );
    this.name = 'UnfaithfulEvidenceError';
  }
}

/**
 * Throws UnfaithfulEvidenceError unless every span of the segments is verbatim
 * in the input (`sources`: a prebuilt `indexSources` of the input, to save rebuilding it).
 */
export function assertFaithful(
  segments: SegmentResult[],
  input: SynthesisInput,
  sources: Map<string, string> = indexSources(input.participants),
): void {
  const bad = unfaithfulSpans(allEvidence(segments), sources);
  if (bad.length > 0) throw new UnfaithfulEvidenceError(bad);
}

/**
 * The quality figures of a run: silhouette and stability come from clustering;
 * coverage and faithfulness are measured here on the segments' evidence.
 */
export function buildQuality(
  segments: SegmentResult[],
  sources: Map<string, string>,
  clustering: { silhouette: number; stability: number },
): SynthesisQuality {
  return {
    silhouette: clustering.silhouette,
    stability: clustering.stability,
    evidenceCoverage: evidenceCoverage(segments.flatMap((s) => s.traits)),
    faithfulness: faithfulness(allEvidence(segments), sources),
  };
}
