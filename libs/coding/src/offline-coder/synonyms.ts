import { termsOf, termsOfWord } from './terms';
import { getWordNet, WORDNET_POS, type Synset, type WordNetPos } from './wordnet';

/** One WordNet sense of a lemma, as index terms. */
export interface SenseTerms {
  /** Terms (lemma → Porter stem) of the synset's other single-word members. */
  synonyms: readonly string[];
  /** Terms of the synset's members and gloss: what the sense is about, to tell senses apart. */
  signature: ReadonlySet<string>;
  /** True for a synset reached through a relation (e.g. a hypernym), not a sense of the lemma. */
  related: boolean;
}

const cache = new Map<string, readonly SenseTerms[]>();

/** A single-word WordNet lemma ("postponement"); multi-word ("time_lag") and hyphenated ones are dropped. */
const SINGLE_WORD = /^[a-z]+$/;

/**
 * The `senses` most frequent WordNet senses of a lemma in each part of speech
 * (WordNet's order: noun, verb, adjective, adverb), each followed by the
 * synsets it points to with one of `relations` (wndb pointer symbols, e.g.
 * `@` hypernym). Synonyms are single words only, through the same lemma →
 * stem pipeline as sentence words, without the lemma's own terms.
 * Deterministic; cached per lemma and settings.
 */
export function senseTerms(
  lemma: string,
  senses: number,
  relations: readonly string[] = [],
  only?: ReadonlySet<WordNetPos>,
): readonly SenseTerms[] {
  const parts = only ? WORDNET_POS.filter((pos) => only.has(pos)) : WORDNET_POS;
  const key = `${lemma}\u0000${senses}\u0000${relations.join(' ')}\u0000${parts.join(' ')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: SenseTerms[] = [];
  if (SINGLE_WORD.test(lemma)) {
    const wn = getWordNet();
    const own = new Set(termsOfWord(lemma));
    const describe = (synset: Synset, related: boolean): SenseTerms => {
      const synonyms = new Set<string>();
      for (const word of synset.words) {
        if (!SINGLE_WORD.test(word) || word === lemma) continue;
        for (const term of termsOfWord(word)) if (!own.has(term)) synonyms.add(term);
      }
      const signature = new Set(termsOf(`${synset.words.join(' ')} ${synset.gloss}`.replace(/_/g, ' ')));
      for (const term of own) signature.delete(term);
      return { synonyms: [...synonyms], signature, related };
    };
    for (const pos of parts) {
      for (const synset of wn.synsets(lemma, pos).slice(0, Math.max(0, senses))) {
        out.push(describe(synset, false));
        for (const ptr of synset.pointers) {
          if (relations.includes(ptr.symbol)) out.push(describe(wn.synset(ptr.pos, ptr.offset), true));
        }
      }
    }
  }
  cache.set(key, out);
  return out;
}
