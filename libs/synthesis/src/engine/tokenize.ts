import winkNLP, { type ItemToken, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

// Loading the model takes ~0.3 s, so it happens on first use, not on import.
function getNlp(): Nlp {
  // Only the POS tagger runs: lemmas need it; sentiment and NER would triple the cost.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * Content terms of a text: lower-cased lemmas of words that are not stop
 * words, numbers, punctuation, emails or single letters. Used for TF-IDF and
 * for scoring quote candidates.
 */
export function contentTerms(text: string): string[] {
  const n = getNlp();
  const its = n.its;
  const out: string[] = [];
  // Lower-cased first: the tagger reads a capitalised "Exports" as a name and would not lemmatise it.
  n.readDoc(text.toLowerCase())
    .tokens()
    .each((t: ItemToken) => {
      if (t.out(its.type) !== 'word' || t.out(its.stopWordFlag)) return;
      // wink-nlp's typings declare `its.lemma` with the wrong parameters; it works at run time.
      const lemma = String(t.out(its.lemma as unknown as ItsFunction<string>));
      // Contractions ("i'm") and one-letter tokens carry no topic.
      if (lemma.length < 2 || lemma.includes("'") || lemma.includes('’')) return;
      out.push(lemma);
    });
  return out;
}
