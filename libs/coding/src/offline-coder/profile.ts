import { termsOf, termsOfWord, wordsOf } from './terms';
import type { CodeProfile } from './types';

/** Tuning knobs of the offline coder. The defaults are documented in README.md. */
export interface CoderParams {
  /** Score at which confidence is 0.5: the decision threshold. */
  threshold: number;
  /** Profile weight of a term of the code's name. */
  nameWeight: number;
  /** Profile weight of a description word (a synonym or paraphrase of the code). */
  descriptionWeight: number;
  /** Profile weight of a term found in every example; a term in a share f of them gets this × f^examplePower. */
  exampleWeight: number;
  examplePower: number;
  /** Added to the score when the name's words occur as a phrase in the sentence. */
  phraseBonus: number;
  /** Terms several codes share count `weight × share^distinctPower` for each (share = this code's part of the total). */
  distinctPower: number;
  /** A code is suggested for a sentence only if its score is ≥ this share of the sentence's best code. */
  relativeFloor: number;
  /** BM25 length normalisation of sentences. */
  k1: number;
  b: number;
  /** Highest IDF (a term in ~0.25 % of sentences); rarer terms are not more telling. */
  idfCap: number;
  /** IDF is computed as if there were at least this many sentences, so tiny inputs behave. */
  minSentences: number;
  /** Name words at least this long also match words they begin ("collab" → "collaborating"). */
  prefixMinLength: number;
  /**
   * Added to the score: this × max(0, s − `semanticFloor`), where s is the sentence-encoder
   * cosine to the centroid of the code's example sentences and description; 0 = off.
   */
  semanticWeight: number;
  semanticFloor: number;
}

export const DEFAULT_PARAMS: Readonly<CoderParams> = Object.freeze({
  threshold: 6.75,
  nameWeight: 1,
  descriptionWeight: 0.8,
  exampleWeight: 0.8,
  examplePower: 0.5,
  phraseBonus: 1.75,
  distinctPower: 0.5,
  relativeFloor: 0.5,
  k1: 1.2,
  b: 0.75,
  idfCap: 6,
  minSentences: 200,
  prefixMinLength: 4,
  semanticWeight: 16,
  semanticFloor: 0.3,
});

/** One code's weighted terms, built from its name, description and examples. */
export interface BuiltProfile {
  codeId: string;
  weights: Map<string, number>;
  /** The name's terms in order when the name has two or more, for the phrase bonus. */
  phrase: string[];
}

export interface Codebook {
  profiles: BuiltProfile[];
  /** term → [code index, weight] for every code whose profile holds the term. */
  postings: Map<string, Array<[number, number]>>;
  /** Extra terms a sentence word contributes: name-word prefixes and stop-word-only names. */
  expand(word: string): readonly string[];
}

interface NameWord {
  word: string;
  term: string;
  exactOnly: boolean;
}

function rawWeights(code: CodeProfile, nameTerms: string[], p: CoderParams): Map<string, number> {
  const weights = new Map<string, number>();
  const description = new Set(termsOf(code.description ?? ''));
  const shares = new Map<string, number>();
  const examples = code.examples.filter((e) => e.trim());
  for (const example of examples) {
    for (const t of new Set(termsOf(example)))
      shares.set(t, (shares.get(t) ?? 0) + 1 / examples.length);
  }
  for (const t of new Set([...description, ...shares.keys()])) {
    const fromExamples = p.exampleWeight * Math.pow(shares.get(t) ?? 0, p.examplePower);
    weights.set(t, (description.has(t) ? p.descriptionWeight : 0) + fromExamples);
  }
  for (const t of nameTerms) weights.set(t, Math.max(p.nameWeight, weights.get(t) ?? 0));
  return weights;
}

/**
 * Builds the weighted term profile of every code. A term's weight is the
 * strongest of: name term; description word plus its share of examples.
 * Terms several codes share are then scaled by this code's share of their
 * total weight, so a word typical of one code counts most for that code.
 */
export function buildCodebook(codes: CodeProfile[], p: CoderParams): Codebook {
  const nameWords: NameWord[] = [];
  const raw = codes.map((code) => {
    let nameTerms = termsOf(code.name);
    const words = wordsOf(code.name);
    if (nameTerms.length === 0) {
      // A name of stop words only ("Nothing", "Other") still matches its own words.
      nameTerms = words;
      for (const word of words) nameWords.push({ word, term: word, exactOnly: true });
    } else {
      for (const word of words) {
        const term = termsOfWord(word)[0];
        if (term && word.length >= p.prefixMinLength)
          nameWords.push({ word, term, exactOnly: false });
      }
    }
    return {
      codeId: code.id,
      weights: rawWeights(code, nameTerms, p),
      phrase: nameTerms.length > 1 ? nameTerms : [],
    };
  });
  const totals = new Map<string, number>();
  for (const r of raw) for (const [t, w] of r.weights) totals.set(t, (totals.get(t) ?? 0) + w);
  const postings = new Map<string, Array<[number, number]>>();
  const profiles = raw.map((r, i) => {
    const weights = new Map<string, number>();
    for (const [t, w] of r.weights) {
      const weight = w * Math.pow(w / totals.get(t)!, p.distinctPower);
      weights.set(t, weight);
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, weight]);
    }
    return { codeId: r.codeId, weights, phrase: r.phrase };
  });
  const expansions = new Map<string, readonly string[]>();
  const expand = (word: string): readonly string[] => {
    let extra = expansions.get(word);
    if (!extra) {
      const own = termsOfWord(word);
      const found = nameWords.filter((n) =>
        n.exactOnly
          ? word === n.word
          : word.length > n.word.length && word.startsWith(n.word) && !own.includes(n.term),
      );
      extra = [...new Set(found.map((n) => n.term))];
      expansions.set(word, extra);
    }
    return extra;
  };
  return { profiles, postings, expand };
}
