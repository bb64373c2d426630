import { englishNlp, tokenLemma, type ItemToken } from '@persona-lab/text';
/**
 * Content terms of a text: lower-cased lemmas of words that are not stop
 * words, numbers, punctuation, emails or single letters. Used for TF-IDF and
 * for scoring quote candidates.
 */
export function contentTerms(text: string): string[] {
  const n = englishNlp();
  const its = n.its;
  const out: string[] = [];
  // Lower-cased first: the tagger reads a capitalised "Exports" as a name and would not lemmatise it.
  n.readDoc(text.toLowerCase())
    .tokens()
    .each((t: ItemToken) => {
      if (t.out(its.type) !== 'word' || t.out(its.stopWordFlag)) return;
      const lemma = tokenLemma(t);
      // Contractions ("i'm") and one-letter tokens carry no topic.
      if (lemma.length < 2 || lemma.includes("'") || lemma.includes('’')) return;
      out.push(lemma);
    });
  return out;
}
