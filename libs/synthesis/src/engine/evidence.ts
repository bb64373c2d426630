import { containsPrivate } from '@persona-lab/privacy';
import { splitSentences } from '@persona-lab/text';
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

/**
 * Sentence ranges of a text (the shared splitter, sentences not clauses), trimmed of
 * surrounding white space; sentences over MAX_QUOTE_CHARS are cut at the last word
 * boundary that fits.
 */
export function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  let open: Range | null = null;
  for (const { start, end } of splitSentences(text, { clauses: false })) {
    // A stop inside brackets does not end a quote, nor does one followed by a comma or a
    // lower-case word: such pieces join the sentence they belong to.
    if (open && !startsSentence(text, open, start)) open.end = end;
    else {
      if (open) out.push(open);
      open = { start, end };
    }
  }
  if (open) out.push(open);
  return out
    .filter((r) => r.end - r.start >= 2)
    .map((r) => {
      if (r.end - r.start <= MAX_QUOTE_CHARS) return r;
      const cut = text.lastIndexOf(' ', r.start + MAX_QUOTE_CHARS);
      let end = cut > r.start ? cut : r.start + MAX_QUOTE_CHARS;
      while (end > r.start && /[\s,;:]/.test(text[end - 1])) end--;
      return { start: r.start, end };
    });
}

const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|cf|approx|incl|esp|resp|no|dr|mr|mrs|ms|prof|fig|ca)\.$/i;

/** Whether the piece at `next` starts a new sentence after `prev` (not an abbreviation's tail). */
function startsSentence(text: string, prev: Range, next: number): boolean {
  const before = text.slice(prev.start, prev.end);
  if (text[prev.end] === '\n' || text.slice(prev.end, next).includes('\n')) return true;
  if (ABBREVIATION.test(before)) return false;
  const opened = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
  if (opened > 0) return false;
  return !/^[a-z,;:)\]]/.test(text.slice(next, next + 1));
}

/** The sentence range that fully contains [start, end), if there is one. */
export function sentenceAround(text: string, start: number, end: number): Range | undefined {
  return sentenceRanges(text).find((r) => r.start <= start && r.end >= end);
}
