import type { ItsFunction } from 'wink-nlp';
import { englishNlp, tokenLemma, type ItemToken } from '@persona-lab/text';
/** Spoken-language fillers that wink's stop-word list does not cover but carry no topic. */
const FILLERS = new Set([
  'um',
  'uh',
  'erm',
  'hmm',
  'mm',
  'yeah',
  'yep',
  'okay',
  'ok',
  'like',
  'honestly',
  'basically',
  'actually',
  'kinda',
  'sorta',
  'gonna',
  'wanna',
  'thing',
  'stuff',
  'lot',
  'guess',
  'mean',
]);

/** A word: letters and digits, inner apostrophes kept ("don't"), hyphens split ("co-editing"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}_'’]*[\p{L}\p{N}])?/gu;

/** Lower-cased words of text[start, end), curly apostrophes made straight. */
export function wordsOf(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  for (const m of text.slice(start, end).matchAll(WORD))
    out.push(m[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

const stemCache = new Map<string, string>();
const termCache = new Map<string, readonly string[]>();

function stemOf(lemma: string): string {
  let stem = stemCache.get(lemma);
  if (stem === undefined) {
    const n = englishNlp();
    // Like `its.lemma`, `its.stem` is typed with the wrong parameters; it works at run time.
    const its = n.its.stem as unknown as ItsFunction<string>;
    stem = String(n.readDoc(lemma).tokens().out(its)[0] ?? lemma);
    stemCache.set(lemma, stem);
  }
  return stem;
}

/**
 * Index terms of one lower-cased word: the Porter stem of each wink-nlp lemma
 * of its non-stop-word tokens ("integrations" → "integr", "slower" → "slow",
 * "app's" → "applic"). Empty for stop words, fillers and numbers. Cached:
 * a corpus has far fewer distinct words than tokens.
 */
export function termsOfWord(word: string): readonly string[] {
  let terms = termCache.get(word);
  if (terms) return terms;
  const out: string[] = [];
  // Numbers ("2015", "3.5") carry no topic; skipping them also keeps the cache small.
  if (!FILLERS.has(word) && /\p{L}/u.test(word)) {
    const n = englishNlp();
    const its = n.its;
    n.readDoc(word)
      .tokens()
      .each((t: ItemToken) => {
        if (t.out(its.type) !== 'word' || t.out(its.stopWordFlag)) return;
        const lemma = tokenLemma(t);
        if (lemma.length < 2 || !/\p{L}/u.test(lemma) || /['’]/.test(lemma) || FILLERS.has(lemma))
          return;
        out.push(stemOf(lemma));
      });
  }
  terms = out;
  termCache.set(word, terms);
  return terms;
}

/** Index terms of a text, in reading order (repeats kept). */
export function termsOf(text: string): string[] {
  return wordsOf(text).flatMap((w) => termsOfWord(w));
}
