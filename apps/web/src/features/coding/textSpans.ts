/**
 * Offsets of coded text. A highlight's start/end are UTF-16 indices into the
 * source text, end exclusive: exactly what `text.slice(start, end)` takes. The
 * text is rendered as slices of that one string, so counting the characters of
 * the text nodes before a selection boundary gives the index back.
 */

/** A half-open range [start, end) of string indices. */
export interface Span {
  start: number;
  end: number;
}

/** A run of the text between two boundaries, with what covers it. */
export interface TextPiece<H extends Span> extends Span {
  text: string;
  /** Highlights covering the whole piece, shortest first. */
  highlights: H[];
  /** Inside a search match. */
  match: boolean;
}

/** Cuts `text` at every highlight and match boundary; joining the pieces' text gives `text` back. */
export function splitText<H extends Span>(
  text: string,
  highlights: readonly H[],
  matches: readonly Span[] = [],
): TextPiece<H>[] {
  const clamp = (n: number) => Math.min(Math.max(n, 0), text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const span of [...highlights, ...matches]) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece<H>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = highlights
      .filter((h) => h.start <= start && h.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const match = matches.some((m) => m.start <= start && m.end >= end);
    pieces.push({ start, end, text: text.slice(start, end), highlights: covering, match });
  }
  return pieces;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Case-insensitive, non-overlapping occurrences of `query`, as indices into `text`. */
export function findMatches(text: string, query: string): Span[] {
  const needle = query.trim();
  if (!needle) return [];
  // The `i` flag folds case without changing lengths, so indices stay those of `text`.
  const pattern = new RegExp(needle.replace(SPECIAL, '\\$&'), 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Characters of text from the start of `root` up to a boundary point inside it. */
export function offsetWithin(root: Node, node: Node, offset: number): number | null {
  if (node !== root && !root.contains(node)) return null;
  const range = (root.ownerDocument ?? document).createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

const WORD = /^[\p{L}\p{N}\p{M}_]$/u;
/** Apostrophes and hyphens join two word characters into one word: "don't", "well-known". */
const JOINER = /^['’\-‐]$/u;

/** The code point ending just before index `i` (a surrogate pair counts as one). */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return i >= 2 && isLowSurrogate(low) && isHighSurrogate(text.charCodeAt(i - 2))
    ? text.slice(i - 2, i)
    : text.slice(i - 1, i);
}

/** The code point starting at index `i`. */
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i)!);
}

const isWordChar = (char: string) => WORD.test(char);

/** Whether the character at index `i` belongs to a word (a joiner only between word characters). */
function inWord(text: string, i: number): boolean {
  const char = charAt(text, i);
  if (isWordChar(char)) return true;
  return (
    JOINER.test(char) &&
    isWordChar(charBefore(text, i)) &&
    isWordChar(charAt(text, i + char.length))
  );
}

/**
 * Widens a span that starts or ends inside a word to that whole word, as word
 * processors do for a drag: "ey are painfully sl" becomes "they are painfully
 * slow". Offsets stay UTF-16 indices into `text`; a span that starts or ends at
 * punctuation or space keeps that end.
 */
export function snapToWords(text: string, span: Span): Span {
  let { start, end } = span;
  if (end <= start) return { start, end };
  if (inWord(text, start)) {
    while (start > 0) {
      const before = charBefore(text, start);
      if (!inWord(text, start - before.length)) break;
      start -= before.length;
    }
  }
  const last = charBefore(text, end);
  if (inWord(text, end - last.length)) {
    while (end < text.length && inWord(text, end)) end += charAt(text, end).length;
  }
  return { start, end };
}

/**
 * The span of `text` a range selects inside `root` (which renders exactly
 * `text`), without surrounding white space and widened to whole words; null when the range is empty,
 * leaves `root`, or does not read back as the same characters.
 */
export function rangeSpan(root: Node, range: Range, text: string): Span | null {
  if (range.collapsed) return null;
  const inside = clampToRoot(root, range);
  if (!inside) return null;
  let start = offsetWithin(root, inside.startContainer, inside.startOffset);
  let end = offsetWithin(root, inside.endContainer, inside.endOffset);
  if (start === null || end === null || end > text.length) return null;
  // Fail closed: the DOM must read back as exactly these characters of the source.
  if (inside.toString() !== text.slice(start, end)) return null;
  // Never cut an emoji (a surrogate pair) in half.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end += 1;
  while (start < end && isSpace(text[start])) start += 1;
  while (end > start && isSpace(text[end - 1])) end -= 1;
  return end > start ? snapToWords(text, { start, end }) : null;
}

/**
 * The part of `range` inside `root`, when all it selects outside is white
 * space (a triple-click ends at the start of the next block); else null.
 */
function clampToRoot(root: Node, range: Range): Range | null {
  const whole = (root.ownerDocument ?? document).createRange();
  whole.selectNodeContents(root);
  const clamped = range.cloneRange();
  if (range.compareBoundaryPoints(Range.START_TO_START, whole) < 0) {
    const before = range.cloneRange();
    before.setEnd(whole.startContainer, whole.startOffset);
    if (before.toString().trim()) return null;
    clamped.setStart(whole.startContainer, whole.startOffset);
  }
  if (range.compareBoundaryPoints(Range.END_TO_END, whole) > 0) {
    const after = range.cloneRange();
    after.setStart(whole.endContainer, whole.endOffset);
    if (after.toString().trim()) return null;
    clamped.setEnd(whole.endContainer, whole.endOffset);
  }
  return clamped.collapsed ? null : clamped;
}

/** The span the page's current selection covers inside `root`, if it lies wholly within it. */
export function selectionSpan(root: Node, text: string): Span | null {
  const selection = root.ownerDocument?.getSelection() ?? null;
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return rangeSpan(root, selection.getRangeAt(0), text);
}

/** Where to put a popover under the current selection, in page coordinates. */
export function selectionPosition(fallback: Element): { top: number; left: number } {
  const selection = document.getSelection();
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
  const rect =
    range && typeof range.getBoundingClientRect === 'function'
      ? range.getBoundingClientRect()
      : fallback.getBoundingClientRect();
  const width = typeof window.innerWidth === 'number' ? window.innerWidth : 1024;
  return {
    top: rect.bottom + window.scrollY + 6,
    left: Math.max(8, Math.min(rect.left + window.scrollX, width + window.scrollX - 328)),
  };
}
