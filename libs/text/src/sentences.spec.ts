import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at sentence ends and keeps exact, trimmed offsets', () => {
    const text = '  It is slow.  Really slow!\nWhy? ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 13 },
      { start: 15, end: 27 },
      { start: 28, end: 32 },
    ]);
    expect(pieces(text)).toEqual(['It is slow.', 'Really slow!', 'Why?']);
  });

  it('splits clauses at semicolons and line breaks (CRLF too)', () => {
    expect(pieces('Exports fail; imports work\r\nno idea why')).toEqual([
      'Exports fail;',
      'imports work',
      'no idea why',
    ]);
  });

  it('does not split at abbreviations, decimals, file names or a trailing-off ellipsis', () => {
    expect(
      pieces(
        'We use tools e.g. Slack vs. Teams. Version 3.5 of data.csv is fine... mostly. Done etc. Then more.',
      ),
    ).toEqual([
      'We use tools e.g. Slack vs. Teams.',
      'Version 3.5 of data.csv is fine... mostly.',
      'Done etc.',
      'Then more.',
    ]);
  });

  it('cuts before inline enumerators and list markers and strips the markers', () => {
    expect(pieces('Two things: 1. Collapsible sections 2. Multi-cell selection')).toEqual([
      'Two things:',
      'Collapsible sections',
      'Multi-cell selection',
    ]);
    expect(pieces('- first point\n* second point\n• third')).toEqual([
      'first point',
      'second point',
      'third',
    ]);
  });

  it('keeps UTF-16 offsets right around emoji (surrogate pairs)', () => {
    const text = '🚀🚀 Love it! 😀 But so slow 🐢. Ok 👍🏽';
    const spans = splitSentences(text);
    expect(pieces(text)).toEqual(['🚀🚀 Love it!', '😀 But so slow 🐢.', 'Ok 👍🏽']);
    for (const { start, end } of spans) {
      expect(text.charCodeAt(start) & 0xfc00).not.toBe(0xdc00); // never starts on a low surrogate
      expect(text.charCodeAt(end - 1) & 0xfc00).not.toBe(0xd800); // never ends on a high surrogate
    }
  });

  it('never returns empty or content-free spans', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n ;;; ... ')).toEqual([]);
    expect(pieces('👍 . ok')).toEqual(['ok']);
    for (const text of ['a', '.a.', ' ; x ; ', '-', '1. 2. 3.']) {
      for (const s of splitSentences(text)) expect(s.end).toBeGreaterThan(s.start);
    }
  });
});

describe('splitSentences without clauses', () => {
  const sentences = (text: string) =>
    splitSentences(text, { clauses: false }).map((s) => text.slice(s.start, s.end));

  it('cuts sentences, not clauses, and keeps numbered items apart', () => {
    expect(sentences('Exports fail; imports work. 2. memory - sometimes')).toEqual([
      'Exports fail; imports work.',
      'memory - sometimes',
    ]);
  });

  it('keeps a trailing bracket or smiley with its sentence, and file names whole', () => {
    expect(
      sentences('All in one IDE (plots, API etc.. )\nI love it. :)\nusing .Rmd files'),
    ).toEqual(['All in one IDE (plots, API etc.. )', 'I love it. :)', 'using .Rmd files']);
  });
});
