import { isQuotable, sentenceAround, sentenceRanges, spanOf } from './evidence';
import { participantTexts } from './sources';
import { contentTerms } from './tokenize';
import type { EvidenceSpan, ParticipantInput, Trait } from './types';

/** Options of `selectQuotes`. */
export interface QuoteOptions {
  /** Quotes per segment (default 5). */
  max?: number;
  /** Members looked at, nearest the centre first (default 200): bounds the cost on big segments. */
  scan?: number;
}

const MIN_QUOTE_CHARS = 20;

/**
 * Quotes of one segment: the strongest span of each of the most central
 * members (one per member, no repeated wording). A highlight of one of the
 * segment's traits wins, quoted as its whole sentence; otherwise the sentence
 * richest in the segment's distinctive terms (`termWeights`).
 */
export function selectQuotes(
  participants: ParticipantInput[],
  segMembers: number[],
  traits: Trait[],
  termWeights: Map<string, number>,
  options: QuoteOptions = {},
): EvidenceSpan[] {
  const max = options.max ?? 5;
  const traitLift = new Map(traits.map((t) => [t.key, t.lift]));
  const out: EvidenceSpan[] = [];
  const seen = new Set<string>();
  for (const i of segMembers.slice(0, options.scan ?? 200)) {
    const best = strongestSpan(participants[i], traitLift, termWeights, seen);
    if (best) {
      out.push(best);
      seen.add(normalise(best.quote));
    }
    if (out.length >= max) break;
  }
  return out;
}

function strongestSpan(
  p: ParticipantInput,
  traitLift: Map<string, number>,
  termWeights: Map<string, number>,
  seen: Set<string>,
): EvidenceSpan | null {
  let best: EvidenceSpan | null = null;
  let bestScore = 0;
  const consider = (span: EvidenceSpan | null, score: number): void => {
    if (
      !span ||
      score <= bestScore ||
      span.quote.length < MIN_QUOTE_CHARS ||
      seen.has(normalise(span.quote))
    )
      return;
    best = span;
    bestScore = score;
  };
  for (const c of p.codes) {
    const lift = traitLift.get(`code:${c.codeId}`);
    if (lift === undefined || !isQuotable(c.source)) continue;
    const r = sentenceAround(c.source.text, c.start, c.end) ?? { start: c.start, end: c.end };
    // A trait highlight always beats plain text: it is what the persona claims.
    consider(spanOf(c.source, r.start, r.end, p.id), 2 + lift);
  }
  if (best) return best;
  for (const source of participantTexts(p)) {
    if (!isQuotable(source)) continue;
    for (const r of sentenceRanges(source.text)) {
      const terms = new Set(contentTerms(source.text.slice(r.start, r.end)));
      let score = 0;
      for (const t of terms) score += termWeights.get(t) ?? 0;
      // Dividing by √length favours focused sentences over long rambles.
      consider(spanOf(source, r.start, r.end, p.id), score / Math.sqrt(terms.size + 1));
    }
  }
  return best;
}

function normalise(quote: string): string {
  return quote.toLowerCase().replace(/\s+/g, ' ').trim();
}
