import { englishNlp, tokenLemma, type ItemToken } from '@persona-lab/text';
import { wordsOf } from '../offline-coder/terms';

/** Words that wink's stop-word list lacks but that say nothing about a theme in survey answers. */
const EMPTY_WORDS = new Set(
  (
    'um uh yeah yep okay ok like honestly basically actually kinda sorta gonna wanna thing stuff lot ' +
    'guess mean really maybe also etc eg ie would could get make use need want way much many well ' +
    'good great sometimes always never thing things something anything nothing everything one two'
  ).split(' '),
);

const lemmaCache = new Map<string, string | null>();

/** The lemma of a lower-cased word, or null for stop words, empty words and numbers. */
function lemmaOf(word: string): string | null {
  let lemma = lemmaCache.get(word);
  if (lemma !== undefined) return lemma;
  lemma = null;
  if (!EMPTY_WORDS.has(word) && /\p{L}/u.test(word) && word.length > 1) {
    const n = englishNlp();
    const tokens = n.readDoc(word).tokens();
    if (tokens.length() === 1) {
      tokens.each((t: ItemToken) => {
        if (t.out(n.its.type) !== 'word' || t.out(n.its.stopWordFlag)) return;
        const l = tokenLemma(t).toLowerCase();
        if (l.length > 1 && !EMPTY_WORDS.has(l) && !/['’]/.test(l)) lemma = l;
      });
    }
  }
  lemmaCache.set(word, lemma);
  return lemma;
}

/** A sentence's phrases: uni- to tri-grams of lemmas that cross no stop word, with their surface form. */
export function phrasesOf(sentence: string): Map<string, string> {
  const out = new Map<string, string>();
  let run: { lemma: string; word: string }[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= 3 && i + n <= run.length; n++) {
        const part = run.slice(i, i + n);
        const key = part.map((p) => p.lemma).join(' ');
        if (!out.has(key)) out.set(key, part.map((p) => p.word).join(' '));
      }
    }
    run = [];
  };
  for (const word of wordsOf(sentence)) {
    const lemma = lemmaOf(word);
    if (lemma) run.push({ lemma, word });
    else flush();
  }
  flush();
  return out;
}

/** Phrase counts of one group of sentences: in how many sentences (weighted) each phrase occurs. */
export interface PhraseCounts {
  counts: Map<string, number>;
  /** Surface forms of each phrase with their counts (the label shows the most frequent). */
  forms: Map<string, Map<string, number>>;
  /** Total weight of phrase occurrences (the group's size in words). */
  total: number;
}

/** Counts of `phrasesOf` results, each sentence counted `weight` times. */
export function countPhrases(
  sentences: { phrases: Map<string, string>; weight: number }[],
): PhraseCounts {
  const counts = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  let total = 0;
  for (const { phrases, weight } of sentences) {
    for (const [key, form] of phrases) {
      counts.set(key, (counts.get(key) ?? 0) + weight);
      let f = forms.get(key);
      if (!f) forms.set(key, (f = new Map()));
      f.set(form, (f.get(form) ?? 0) + weight);
      if (!key.includes(' ')) total += weight;
    }
  }
  return { counts, forms, total };
}

const mostFrequent = (m: Map<string, number>) =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];

/**
 * Class-based TF-IDF (BERTopic's c-TF-IDF): a phrase's weight in a theme is its frequency there
 * times log(1 + A / its frequency over all themes and the noise), A the average theme size in
 * words. Phrases seen once are left out unless the theme is tiny; a phrase that a longer,
 * nearly as strong phrase contains is left out ("version" under "version control").
 */
export function topKeyphrases(
  group: PhraseCounts,
  corpus: Map<string, number>,
  averageWords: number,
  count = 6,
): string[] {
  const minCount = group.total >= 30 ? 2 : 1;
  const scored: { key: string; score: number }[] = [];
  for (const [key, tf] of group.counts) {
    if (tf < minCount || !nameable(key)) continue;
    const n = key.split(' ').length;
    // Longer phrases are rarer by nature; a small bonus lets a clear bigram lead its unigram.
    const score = tf * Math.log(1 + averageWords / (corpus.get(key) ?? tf)) * (1 + 0.25 * (n - 1));
    scored.push({ key, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const chosen: { key: string; score: number }[] = [];
  for (const s of scored) {
    if (chosen.length >= count) break;
    const words = s.key.split(' ');
    // Skip a phrase inside (or containing) one already chosen: one of them says it.
    const overlaps = chosen.some((c) => {
      const cw = c.key.split(' ');
      return (
        (` ${c.key} `.includes(` ${s.key} `) || ` ${s.key} `.includes(` ${c.key} `)) &&
        (cw.length !== words.length || c.key === s.key)
      );
    });
    if (!overlaps) chosen.push(s);
  }
  return chosen.map((c) => mostFrequent(group.forms.get(c.key)!));
}

/**
 * Words that say how someone feels or how much, not what about ("love", "great", "lack"): a
 * keyphrase that starts or ends with one names no theme ("Love and fixable").
 */
const NOT_A_NAME = new Set(
  (
    'love hate like dislike nice great good bad awesome cool amazing fantastic excellent wonderful ' +
    'terrible horrible better best worse worst fine happy glad enjoy prefer wish hope fixable ' +
    'lack lacking ability able possibility option sure right wrong bit lots general overall kind ' +
    'sort type thank thanks please feel think know see find try seem give take keep let put come ' +
    'go say tell ask look nothing none'
  ).split(' '),
);

/** Whether a phrase can name a theme: it neither starts nor ends with a sentiment or filler word. */
function nameable(key: string): boolean {
  const words = key.split(' ');
  return !NOT_A_NAME.has(words[0]!) && !NOT_A_NAME.has(words.at(-1)!);
}

/** Short function words that stay lower case inside a title. */
const SMALL = new Set('a an and as at by for from in of on or the to via with vs'.split(' '));

/** "version control" → "Version Control"; small words stay lower case except first. */
function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/**
 * A 2–4 word Title Case label from the top keyphrases (strongest first): the first phrase of two
 * to four words among the top three, else the first two single words joined by "and".
 */
export function labelFrom(keyphrases: string[], fallback: string): string {
  const [first] = keyphrases;
  if (!first) return fallback;
  const phrase = keyphrases.slice(0, 3).find((k) => {
    const n = k.split(' ').length;
    return n >= 2 && n <= 4;
  });
  if (phrase) return titleCase(phrase);
  const words = first.split(' ');
  if (words.length > 4) return titleCase(words.slice(0, 4).join(' '));
  // The second word, not a variant of the first ("Code and Coding", "Integration and Integrated").
  const stem = (w: string) => w.toLowerCase().replace(/(?:ions?|ing|ed|ive|ity|es|e|s)$/, '');
  const variant = (a: string, b: string) => {
    const [x, y] = [stem(a), stem(b)].sort((p, q) => p.length - q.length);
    return y!.startsWith(x!);
  };
  const other = keyphrases.slice(1, 4).find((k) => !k.includes(' ') && !variant(k, first));
  if (words.length === 1 && other) return titleCase(`${first} and ${other}`);
  return `Mentions of ${titleCase(first)}`;
}

/** "42 answers about slow kernels, git and start-up time". */
export function describe(unitCount: number, keyphrases: string[]): string {
  const n = `${unitCount} ${unitCount === 1 ? 'answer' : 'answers'}`;
  const k = keyphrases.slice(0, 3);
  if (!k.length) return `${n} that say much the same thing`;
  const list = k.length === 1 ? k[0]! : `${k.slice(0, -1).join(', ')} and ${k.at(-1)!}`;
  return `${n} about ${list}`;
}
