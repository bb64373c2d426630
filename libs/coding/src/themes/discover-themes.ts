import { DIMENSIONS, dot, embedTexts, unit } from '@persona-lab/embeddings';
import { splitSentences } from '@persona-lab/text';
import { wordsOf } from '../offline-coder/terms';
import {
  assignToCentres,
  averageLinkage,
  centroidOf,
  cutTree,
  hashOf,
  prng,
  sphericalKMeans,
  Yielder,
} from './cluster';
import { countPhrases, describe, labelFrom, phrasesOf, topKeyphrases } from './keyphrases';
import { looksEnglish } from './language';
import type { Theme, ThemeMember, ThemeOptions, ThemeResult, ThemeUnit } from './types';

/** The knobs of theme discovery (README.md says how they were tuned). */
export interface ThemeParams {
  /** Height (cosine distance) at which the average-linkage dendrogram is cut into seed clusters. */
  cutDistance: number;
  /** Least cosine to a theme's centre for a sentence to join it; below, it is noise. */
  assignSimilarity: number;
  /** Smallest theme, as a share of the sentences (at least 3 sentences). */
  minShare: number;
  /** Themes whose centres are closer than this cosine merge. */
  mergeSimilarity: number;
  /** Most distinct sentences the dendrogram is built on (its matrix is n² floats). */
  sampleSize: number;
  /**
   * Most distinct sentences given to the encoder (~10 ms of CPU each): the most frequent, then by
   * hash. The others join themes by their words alone (needs lexicalWeight > 0).
   */
  embedLimit: number;
  /** Seed clusters: cut of an average-linkage dendrogram, or spherical k-means with k = kmeansK. */
  method: 'average' | 'kmeans';
  kmeansK: number;
  /** Share of the similarity that comes from shared words (TF-IDF of lemmas) rather than the encoder. */
  lexicalWeight: number;
  /** Most frequent lemmas in the lexical part. */
  vocabularySize: number;
  /**
   * Whether one-word sentences that carry a content word ("git", "documentation", "student")
   * take part (they never seed the decision that there is enough text to group).
   */
  oneWordSentences: boolean;
  /**
   * A sentence also joins every other theme whose centre is at least this close (cosine), so an
   * answer about two things is in both themes; 1 turns it off.
   */
  alsoSimilarity: number;
  /** Most other themes a sentence joins that way (the closest first). */
  alsoMax: number;
  /**
   * A line (an answer box) of at most this many characters stays one unit of meaning rather than
   * being split into sentences ("Fast. Easy to share." is one point); 0 splits every line.
   */
  shortLineChars: number;
}

export const DEFAULT_THEME_PARAMS: ThemeParams = {
  cutDistance: 0.9,
  assignSimilarity: 0.15,
  minShare: 0.01,
  mergeSimilarity: 0.85,
  sampleSize: 2000,
  embedLimit: 5000,
  method: 'average',
  kmeansK: 12,
  lexicalWeight: 0.3,
  vocabularySize: 1000,
  oneWordSentences: true,
  alsoSimilarity: 0.2,
  alsoMax: 1,
  shortLineChars: 0,
};

/** Fewest answers (units with a usable sentence) worth looking for themes in. */
export const MIN_UNITS = 5;

/** A sentence of a unit, as a span, with the key it is embedded and deduplicated under. */
interface Sentence {
  unitId: string;
  start: number;
  end: number;
  quote: string;
  distinct: number;
}

/** Identical sentences up to case, spacing and closing punctuation embed once. */
const keyOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?…,;:]+$/u, '')
    .trim();

/**
 * The sentences of a text (verbatim spans), except that the sentences of one line no longer than
 * `shortLineChars` stay together as one span.
 */
function spansOf(text: string, shortLineChars: number): { start: number; end: number }[] {
  const spans = splitSentences(text);
  if (shortLineChars <= 0 || spans.length < 2) return spans;
  const lineOf = (i: number) => {
    const from = text.lastIndexOf('\n', i - 1) + 1;
    const to = text.indexOf('\n', i);
    return { from, to: to < 0 ? text.length : to };
  };
  const out: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    const line = lineOf(span.start);
    if (
      last &&
      last.start >= line.from &&
      text.slice(line.from, line.to).trim().length <= shortLineChars
    ) {
      last.end = span.end;
    } else out.push({ start: span.start, end: span.end });
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Discovers themes in open text, offline and deterministically (the same units in any order give
 * the same themes): sentences (the project's splitter, verbatim spans), Universal Sentence Encoder
 * vectors of the distinct sentences, average-linkage clustering of a content-chosen sample cut at
 * a fixed height, every sentence assigned to its nearest theme centre or left as noise, labels
 * from class-based TF-IDF keyphrases. Degenerate input gives no themes and a `message` saying why.
 */
export function discoverThemes(
  units: ThemeUnit[],
  options: ThemeOptions = {},
): Promise<ThemeResult> {
  return discoverThemesWith(units, options, DEFAULT_THEME_PARAMS);
}

/** `discoverThemes` with explicit knobs (for tuning and the reference report). */
export async function discoverThemesWith(
  units: ThemeUnit[],
  options: ThemeOptions,
  params: ThemeParams,
): Promise<ThemeResult> {
  const maxThemes = options.maxThemes ?? 12;
  const progress = options.onProgress ?? (() => undefined);
  const none = (message: string, sentenceCount = 0): ThemeResult => ({
    themes: [],
    unassigned: sentenceCount,
    sentenceCount,
    message,
  });

  const withText = units.filter((u) => /[\p{L}\p{N}]/u.test(u.text));
  if (!withText.length) return none('There are no answers to look for themes in.');
  const english = withText.filter((u) => looksEnglish(u.text));
  const foreign = withText.length - english.length;
  if (foreign * 2 > withText.length) {
    return none(
      `${foreign} of ${plural(withText.length, 'answer')} are not in English. The offline sentence ` +
        'encoder reads English only, so no themes were drawn: they would be noise.',
    );
  }

  const yielder = new Yielder();
  const sentences: Sentence[] = [];
  const distinctKeys = new Map<string, number>();
  let oneWord = 0;
  const usable = new Set<string>();
  for (const u of english) {
    await yielder.maybe();
    for (const span of spansOf(u.text, params.shortLineChars)) {
      const quote = u.text.slice(span.start, span.end);
      if (wordsOf(quote).length < 2) {
        if (!params.oneWordSentences || !phrasesOf(quote).size) {
          oneWord++;
          continue;
        }
      } else usable.add(u.id);
      const key = keyOf(quote);
      let distinct = distinctKeys.get(key);
      if (distinct === undefined) distinctKeys.set(key, (distinct = distinctKeys.size));
      sentences.push({ unitId: u.id, start: span.start, end: span.end, quote, distinct });
    }
  }
  const notes: string[] = [];
  if (foreign)
    notes.push(
      `${plural(foreign, 'answer')} not in English ${foreign === 1 ? 'was' : 'were'} left out (the sentence encoder reads English only).`,
    );
  if (oneWord)
    notes.push(
      `${plural(oneWord, 'one-word sentence')} ${oneWord === 1 ? 'was' : 'were'} left out.`,
    );
  const usableUnits = usable.size;
  if (!usableUnits) {
    return none(
      'Every answer is a single word, and themes need sentences. Count the words instead, or ask ' +
        'this as a closed question.',
    );
  }
  if (usableUnits < MIN_UNITS) {
    return none(
      `Only ${plural(usableUnits, 'answer')} ${usableUnits === 1 ? 'has' : 'have'} a sentence of two words or more; ` +
        `theme discovery needs at least ${MIN_UNITS}.`,
      sentences.length,
    );
  }

  // Distinct sentences in a content order (sorted keys), so input order cannot matter.
  const keys = [...distinctKeys.keys()].sort();
  const rank = new Map(keys.map((k, i) => [k, i]));
  const remap = [...distinctKeys.keys()].map((k) => rank.get(k)!);
  for (const s of sentences) s.distinct = remap[s.distinct]!;
  const weights = new Array<number>(keys.length).fill(0);
  for (const s of sentences) weights[s.distinct]!++;

  // Beyond embedLimit, the most frequent distinct sentences (then by hash) get encoder vectors.
  const embedded =
    keys.length <= params.embedLimit
      ? keys.map((_, i) => i)
      : keys
          .map((k, i) => ({ i, w: weights[i]!, h: hashOf(k) }))
          .sort((a, b) => b.w - a.w || a.h - b.h || a.i - b.i)
          .slice(0, params.embedLimit)
          .map((x) => x.i)
          .sort((a, b) => a - b);
  const raw = await embedTexts(
    embedded.map((i) => keys[i]!),
    (f) => progress(0.85 * f),
  );
  const encoded: Float32Array[] = keys.map(() => new Float32Array(DIMENSIONS));
  const centredVectors = await centred(
    raw,
    embedded.map((i) => weights[i]!),
    yielder,
  );
  embedded.forEach((i, k) => (encoded[i] = centredVectors[k]!));
  const phrases: Map<string, string>[] = [];
  for (const k of keys) {
    phrases.push(phrasesOf(k));
    await yielder.maybe();
  }
  const vectors =
    params.lexicalWeight > 0
      ? await withWords(encoded, phrases, weights, params, yielder)
      : encoded;
  const clusters =
    keys.length === 1
      ? [[0]]
      : await clusterDistinct(vectors, weights, keys, embedded, params, maxThemes, yielder, (f) =>
          progress(0.85 + 0.1 * f),
        );

  const themes = await labelThemes(clusters, sentences, vectors, weights, phrases, params, yielder);
  progress(1);
  const assigned = new Set(
    themes.flatMap((t) => t.members.map((m) => `${m.unitId}\u0000${m.start}`)),
  ).size;
  if (keys.length === 1) notes.unshift('Every answer says the same thing: one theme.');
  if (!themes.length) {
    notes.unshift('No theme is shared by enough answers: they are too few or too varied to group.');
  }
  return {
    themes,
    unassigned: sentences.length - assigned,
    sentenceCount: sentences.length,
    message: notes.length ? notes.join(' ') : null,
  };
}

/**
 * The vectors minus their weighted mean, unit length again. Answers to one question share a
 * common direction ("about notebooks"); without it, cosines measure what sets answers apart.
 */
async function centred(
  vectors: Float32Array[],
  weights: number[],
  yielder: Yielder,
): Promise<Float32Array[]> {
  if (vectors.length < 2) return vectors;
  const mean = new Float32Array(DIMENSIONS);
  let total = 0;
  vectors.forEach((v, i) => {
    const w = weights[i]!;
    total += w;
    for (let k = 0; k < DIMENSIONS; k++) mean[k] = mean[k]! + w * v[k]!;
  });
  const out: Float32Array[] = [];
  for (const v of vectors) {
    out.push(unit(v.map((x, k) => x - mean[k]! / total)));
    await yielder.maybe();
  }
  return out;
}

/**
 * Encoder vectors joined with TF-IDF vectors of the sentences' lemmas (the most frequent
 * `vocabularySize`), weighted so that a dot product is (1 − w)·encoder cosine + w·word cosine.
 */
async function withWords(
  encoded: Float32Array[],
  phrases: Map<string, string>[],
  weights: number[],
  params: ThemeParams,
  yielder: Yielder,
): Promise<Float32Array[]> {
  const terms = phrases.map((p) => [...p.keys()].filter((t) => !t.includes(' ')));
  const df = new Map<string, number>();
  terms.forEach((ts, i) => ts.forEach((t) => df.set(t, (df.get(t) ?? 0) + weights[i]!)));
  const total = weights.reduce((a, b) => a + b, 0);
  const vocabulary = [...df]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, params.vocabularySize);
  const column = new Map(vocabulary.map(([t], j) => [t, j]));
  const idf = vocabulary.map(([, n]) => Math.log(total / n));
  const a = Math.sqrt(1 - params.lexicalWeight);
  const b = Math.sqrt(params.lexicalWeight);
  const joined: Float32Array[] = [];
  for (const [i, v] of encoded.entries()) {
    const out = new Float32Array(v.length + vocabulary.length);
    for (let k = 0; k < v.length; k++) out[k] = a * v[k]!;
    const words = new Float32Array(vocabulary.length);
    for (const t of terms[i]!) {
      const j = column.get(t);
      if (j !== undefined) words[j] = idf[j]!;
    }
    let norm = 0;
    for (const x of words) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < words.length; j++) out[v.length + j] = (b * words[j]!) / norm;
    joined.push(unit(out));
    await yielder.maybe();
  }
  return joined;
}

/** Clusters of distinct sentences (indices into `keys`), noise left out. */
async function clusterDistinct(
  vectors: Float32Array[],
  weights: number[],
  keys: string[],
  embedded: number[],
  params: ThemeParams,
  maxThemes: number,
  yielder: Yielder,
  progress: (fraction: number) => void,
): Promise<number[][]> {
  const total = weights.reduce((a, b) => a + b, 0);
  const minWeight = Math.max(3, Math.ceil(params.minShare * total));
  // A sample of the embedded sentences chosen by content (hash order), not by input order.
  const sample =
    embedded.length <= params.sampleSize
      ? embedded
      : embedded
          .map((i) => ({ h: hashOf(keys[i]!), i }))
          .sort((a, b) => a.h - b.h || a.i - b.i)
          .slice(0, params.sampleSize)
          .map((x) => x.i)
          .sort((a, b) => a - b);
  const sampleVectors = sample.map((i) => vectors[i]!);
  const sampleWeights = sample.map((i) => weights[i]!);
  const sampleTotal = sampleWeights.reduce((a, b) => a + b, 0);
  const sampleMin = Math.max(2, Math.ceil(params.minShare * sampleTotal));
  const seeds =
    params.method === 'kmeans'
      ? await sphericalKMeans(
          sampleVectors,
          sampleWeights,
          params.kmeansK,
          prng(hashOf(keys.join('\n'))),
          yielder,
        )
      : cutTree(
          sample.length,
          await averageLinkage(sampleVectors, sampleWeights, yielder),
          params.cutDistance,
        );
  progress(0.6);
  let centres = seeds
    .filter((g) => g.reduce((n, i) => n + sampleWeights[i]!, 0) >= sampleMin)
    .map((g) => centroidOf(sampleVectors, sampleWeights, g));

  // Sentences without an encoder vector (beyond embedLimit) are compared by their words alone,
  // which carry `lexicalWeight` of a full similarity: their bar is lowered in proportion.
  const hasEncoder = new Uint8Array(vectors.length);
  for (const i of embedded) hasEncoder[i] = 1;
  const wordsOnlyBar = params.assignSimilarity * Math.sqrt(params.lexicalWeight);
  const barOf = (i: number) => (hasEncoder[i] ? params.assignSimilarity : wordsOnlyBar);

  // Three rounds of assigning every sentence and re-centring (a short k-means with noise).
  let groups: number[][] = [];
  for (let round = 0; round < 3 && centres.length; round++) {
    const { assignment } = await assignToCentres(
      vectors,
      centres,
      params.assignSimilarity,
      yielder,
      barOf,
    );
    groups = centres.map(() => []);
    assignment.forEach((c, i) => c >= 0 && groups[c]!.push(i));
    groups = groups.filter((g) => g.reduce((n, i) => n + weights[i]!, 0) >= minWeight);
    groups = mergeClose(groups, vectors, weights, params.mergeSimilarity);
    groups.sort((a, b) => weightOf(b, weights) - weightOf(a, weights) || a[0]! - b[0]!);
    if (round === 1) groups = groups.slice(0, maxThemes);
    centres = groups.map((g) => centroidOf(vectors, weights, g));
  }
  progress(1);
  return groups;
}

const weightOf = (g: number[], weights: number[]) => g.reduce((n, i) => n + weights[i]!, 0);

/** Merges clusters whose centres are closer than `similarity` (largest first absorbs). */
function mergeClose(
  groups: number[][],
  vectors: Float32Array[],
  weights: number[],
  similarity: number,
): number[][] {
  const sorted = [...groups].sort(
    (a, b) => weightOf(b, weights) - weightOf(a, weights) || a[0]! - b[0]!,
  );
  const out: { members: number[]; centre: Float32Array }[] = [];
  for (const g of sorted) {
    const centre = centroidOf(vectors, weights, g);
    const host = out.find((o) => dot(o.centre, centre) > similarity);
    if (host) {
      host.members.push(...g);
      host.centre = centroidOf(vectors, weights, host.members);
    } else out.push({ members: [...g], centre });
  }
  return out.map((o) => o.members.sort((a, b) => a - b));
}

/** Themes with keyphrases, labels and members; themes with the same top keyphrase merge. */
async function labelThemes(
  clusters: number[][],
  sentences: Sentence[],
  vectors: Float32Array[],
  weights: number[],
  phrases: Map<string, string>[],
  params: Pick<ThemeParams, 'alsoSimilarity' | 'alsoMax'>,
  yielder: Yielder,
): Promise<Theme[]> {
  const corpus = countPhrases(phrases.map((p, i) => ({ phrases: p, weight: weights[i]! })));
  await yielder.maybe();
  const phrasesOfGroup = (g: number[]) => {
    const counts = countPhrases(g.map((i) => ({ phrases: phrases[i]!, weight: weights[i]! })));
    return topKeyphrases(counts, corpus.counts, corpus.total / (clusters.length + 1));
  };
  let groups: { members: number[]; keyphrases: string[] }[] = [];
  for (const g of clusters) {
    groups.push({ members: g, keyphrases: phrasesOfGroup(g) });
    await yielder.maybe();
  }
  const byTop = new Map<string, { members: number[]; keyphrases: string[] }>();
  const merged: typeof groups = [];
  for (const g of groups) {
    const top = g.keyphrases[0];
    const host = top !== undefined ? byTop.get(top) : undefined;
    if (host) host.members.push(...g.members);
    else {
      merged.push(g);
      if (top !== undefined) byTop.set(top, g);
    }
  }
  if (merged.length < groups.length) {
    groups = merged.map((g) => ({ members: g.members, keyphrases: phrasesOfGroup(g.members) }));
  }

  const themeOf = new Int32Array(phrases.length).fill(-1);
  groups.forEach((g, t) => g.members.forEach((i) => (themeOf[i] = t)));
  const centres = groups.map((g) => centroidOf(vectors, weights, g.members));
  const members: ThemeMember[][] = groups.map(() => []);
  // Each distinct sentence's themes: its own, and any other whose centre is `alsoSimilarity` close.
  const themesOf: number[][] = [];
  for (let i = 0; i < phrases.length; i++) {
    const own = themeOf[i]!;
    const list = own >= 0 ? [own] : [];
    if (params.alsoSimilarity < 1 && params.alsoMax > 0) {
      const near: { t: number; s: number }[] = [];
      centres.forEach((c, t) => {
        const s = dot(vectors[i]!, c);
        if (t !== own && s >= params.alsoSimilarity) near.push({ t, s });
      });
      near.sort((a, b) => b.s - a.s || a.t - b.t);
      for (const n of near.slice(0, params.alsoMax)) list.push(n.t);
    }
    themesOf.push(list);
    if (i % 256 === 0) await yielder.maybe();
  }
  for (const s of sentences) {
    for (const t of themesOf[s.distinct]!) {
      const fit = Math.max(0, Math.min(1, dot(vectors[s.distinct]!, centres[t]!)));
      members[t]!.push({ unitId: s.unitId, start: s.start, end: s.end, quote: s.quote, fit });
    }
  }
  const themes = groups.map((g, t): Theme => {
    const m = members[t]!.sort(
      (a, b) =>
        b.fit - a.fit || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.start - b.start),
    );
    const unitCount = new Set(m.map((x) => x.unitId)).size;
    const fallback = m[0] ? m[0].quote.split(/\s+/).slice(0, 4).join(' ') : 'Theme';
    return {
      label: labelFrom(g.keyphrases, fallback),
      description: describe(unitCount, g.keyphrases),
      keyphrases: g.keyphrases,
      members: m,
      unitCount,
    };
  });
  return themes
    .filter((t) => t.members.length)
    .sort((a, b) => b.members.length - a.members.length || (a.label < b.label ? -1 : 1));
}
