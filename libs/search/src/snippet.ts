import { HEADLINE_START, HEADLINE_STOP } from '@persona-lab/db';

/** A marked span of a snippet: UTF-16 offsets, end exclusive. */
export interface SnippetRange {
  start: number;
  end: number;
}

/** A snippet as plain text plus the spans that matched the query. */
export interface Snippet {
  text: string;
  ranges: SnippetRange[];
}

/**
 * Reads a `ts_headline` result whose hits are wrapped in the private-use sentinels
 * U+E000 … U+E001 (the source text had them stripped first) into plain text and ranges. The text
 * is never HTML: the client renders it as text and marks the ranges, so nothing in a transcript or
 * an answer can become markup. Unbalanced or empty marks are dropped.
 */
export function parseHeadline(headline: string): Snippet {
  let text = '';
  const ranges: SnippetRange[] = [];
  let open = -1;
  for (const ch of headline) {
    if (ch === HEADLINE_START) open = text.length;
    else if (ch === HEADLINE_STOP) {
      if (open >= 0 && text.length > open) ranges.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, ranges };
}
