import { containsPrivate } from '@persona-lab/privacy';
import type { EvidenceSpan, TextSource } from './types';

/** Quotes longer than this are cut at a word boundary (a persona card shows a sentence, not a page). */
export const MAX_QUOTE_CHARS = 280;

const privateCache = new WeakMap<TextSource, boolean>();

/** True when the source may serve as evidence: it holds no email or phone number. */
export function isQuotable(source: TextSource): boolean {
  let hit = privateCache.get(source);
  if (hit === undefined) privateCache.set(source, (hit = containsPrivate(source.text)));
  return !hit;
}

/**
 * The evidence span `source.text.slice(start, end)`, or null when the offsets
 * are out of range, the span is blank, or the source holds private data.
 * Building spans only here is what keeps every quote verbatim.
 */
export function spanOf(
  source: TextSource,
  start: number,
  end: number,
  participantId: string,
): EvidenceSpan | null {
  const { text } = source;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  )
    return null;
  const quote = text.slice(start, end);
  if (quote.trim() === '' || !isQuotable(source)) return null;
  return { ref: source.ref, start, end, quote, participantId };
}

/** A plain offset range into a text. */
export interface Range {
  start: number;
  end: number;
}

const SENTENCE = /[^.!?…\n]+(?:[.!?…]+["'”’)\]]*|(?=\n)|$)/g;

/**
 * Sentence ranges of a text, trimmed of surrounding white space; sentences
 * over MAX_QUOTE_CHARS are cut at the last word boundary that fits.
 */
export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start < 2) continue;
    if (end - start > MAX_QUOTE_CHARS) {
      const cut = text.lastIndexOf(' ', start + MAX_QUOTE_CHARS);
      end = cut > start ? cut : start + MAX_QUOTE_CHARS;
      while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    }
    out.push({ start, end });
  }
  return out;
}

/** The sentence range that fully contains [start, end), if there is one. */
export function sentenceAround(text: string, start: number, end: number): Range | undefined {
  return sentenceRanges(text).find((r) => r.start <= start && r.end >= end);
}
