/** A span of a text by UTF-16 offsets, end exclusive: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** `clauses` (default true) also cuts at semicolons and inline list markers; false cuts sentences only. */
export interface SplitOptions {
  clauses?: boolean;
}

// Abbreviations whose period never ends a sentence ("e.g. Slack", "vs. Excel").
const NEVER_ENDS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'cf',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'approx',
  'incl',
  'esp',
  'fig',
  'ca',
  'resp',
  'viz',
]);
// Abbreviations that end a sentence only when a capital letter follows ("… etc. Then we …").
const MAY_END = new Set(['etc', 'al', 'inc', 'ltd', 'co', 'corp']);

const TERMINATOR = /[.!?…]/;
const CLOSER = /["'”’)\]»]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
// List markers at the start of a piece: "- ", "* ", "• ", "1. ", "2) ", "(3) ".
const LIST_MARKER = /^(?:[-*•·–—]+|\(?\d{1,2}[.)])\s+/;
// An inline enumerator ("features: 1. Foo 2. Bar", "… - foo"): a list marker preceded by whitespace.
const INLINE_MARKER = /\s(?:\(?\d{1,2}[.)]|[-•–—])\s+(?=\S)/g;
// In sentence mode only numbered items cut ("… future. 2. memory"); a dash may be a pause.
const INLINE_NUMBER = /\s\(?\d{1,2}[.)]\s+(?=\S)/g;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end).replace(/^\.+/, '').toLowerCase();
}

function nextVisible(text: string, from: number): string {
  for (let i = from; i < text.length; i++) if (!/\s/.test(text[i]!)) return text[i]!;
  return '';
}

/** True when the terminator run text[i..j) (plus closers) ends a sentence. */
function endsSentence(text: string, i: number, j: number): boolean {
  if (j < text.length && !/\s/.test(text[j]!)) return false; // "3.5", "file.csv", "?!x"
  // An ellipsis followed by a lower-case word trails off mid-sentence ("pdf, ... with").
  if (text[i] === '…' || text.startsWith('..', i)) return !/\p{Ll}/u.test(nextVisible(text, j));
  if (text[i] !== '.') return true; // "!", "?"
  const word = wordBefore(text, i);
  if (NEVER_ENDS.has(word)) return false;
  if (/^\d{1,2}$/.test(word)) return false; // an enumerator "1." — INLINE_MARKER cuts before it
  if (MAY_END.has(word)) return /\p{Lu}/u.test(nextVisible(text, j));
  // Single initials ("J. Smith") do not end sentences; one-letter words other than I/a are rare.
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(word)) return false;
  return true;
}

/** Cut points: positions where a new sentence or clause may start. */
function cutPoints(text: string, clauses: boolean): number[] {
  const cuts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (LINE_BREAK.test(ch) || (clauses && ch === ';')) {
      cuts.push(i + 1);
      i++;
    } else if (TERMINATOR.test(ch)) {
      let j = i + 1;
      while (j < text.length && TERMINATOR.test(text[j]!)) j++;
      while (j < text.length && CLOSER.test(text[j]!)) j++;
      if (endsSentence(text, i, j)) cuts.push(j);
      i = j;
    } else i++;
  }
  for (const m of text.matchAll(clauses ? INLINE_MARKER : INLINE_NUMBER)) cuts.push(m.index! + 1);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/**
 * Splits a text into sentences and clauses (split at . ! ? … ; line breaks and
 * list markers; with `clauses: false` only at . ! ? … and line breaks),
 * keeping exact UTF-16 offsets. The one sentence splitter of the code base. Spans are trimmed of whitespace
 * and leading list markers and always hold at least one letter or digit, so
 * `text.slice(start, end)` is never empty. Cuts fall only on ASCII punctuation
 * or whitespace, never inside a surrogate pair.
 */
export function splitSentences(text: string, { clauses = true }: SplitOptions = {}): TextSpan[] {
  const spans: TextSpan[] = [];
  const bounds = [0, ...cutPoints(text, clauses), text.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let start = bounds[k]!;
    let end = bounds[k + 1]!;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    const marker = LIST_MARKER.exec(text.slice(start, end));
    if (marker && marker[0].length < end - start) start += marker[0].length;
    if (start < end && HAS_CONTENT.test(text.slice(start, end))) spans.push({ start, end });
    // A sentence keeps a trailing ")" or ":)" on its line rather than losing it.
    else if (
      !clauses &&
      start < end &&
      spans.length &&
      !/\n/.test(text.slice(spans.at(-1)!.end, start))
    )
      spans.at(-1)!.end = end;
  }
  return spans;
}
