import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The English wink-nlp pipeline (tokens, stop words, POS tags, lemmas). */
export type Nlp = ReturnType<typeof winkNLP>;
export type { ItemToken };

let nlp: Nlp | undefined;

/**
 * The one wink-nlp instance of the process, loaded on first use (~0.3 s), not on import.
 * Only the POS tagger runs: lemmas need it; sentiment and NER would triple the cost.
 */
export function englishNlp(): Nlp {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** A token's lemma. wink-nlp's typings declare `its.lemma` with the wrong parameters; it works at run time. */
export function tokenLemma(token: ItemToken): string {
  return String(token.out(englishNlp().its.lemma as unknown as ItsFunction<string>));
}
