import { buildCodebook, DEFAULT_PARAMS, type CoderParams, type Codebook } from './profile';
import { exampleSimilarities } from './semantic';
import { splitSentences } from '@persona-lab/text';
import { termsOfWord, wordsOf } from './terms';
import type { CodeProfile, Span, SuggestOptions, Suggestion, TextUnit } from './types';

/** A sentence of a unit with its index terms. */
interface Sentence extends Span {
  unit: number;
  sequence: string[];
  terms: string[];
}

/** A code's score for one sentence. */
export interface ScoredSentence extends Span {
  unitId: string;
  codeIndex: number;
  score: number;
}

function sentencesOf(units: TextUnit[], book: Codebook): Sentence[] {
  const out: Sentence[] = [];
  units.forEach((unit, u) => {
    for (const span of splitSentences(unit.text)) {
      const sequence: string[] = [];
      for (const word of wordsOf(unit.text, span.start, span.end)) {
        sequence.push(...termsOfWord(word), ...book.expand(word));
      }
      if (sequence.length) out.push({ ...span, unit: u, sequence, terms: [...new Set(sequence)] });
    }
  });
  return out;
}

function containsPhrase(sequence: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= sequence.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (sequence[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

/** Raw scores of every sentence against every code (row-major: sentence × code). */
function rawScores(
  book: Codebook,
  sentences: Sentence[],
  idf: (t: string) => number,
  avgLength: number,
  similarity: Float64Array | undefined,
  p: CoderParams,
) {
  const size = book.profiles.length;
  const scores = new Float64Array(sentences.length * size);
  sentences.forEach((s, i) => {
    const acc = scores.subarray(i * size, (i + 1) * size);
    for (const t of s.terms) {
      const list = book.postings.get(t);
      if (!list) continue;
      const weight = idf(t);
      for (const [c, w] of list) acc[c]! += weight * w;
    }
    const lengthNorm = (p.k1 + 1) / (1 + p.k1 * (1 - p.b + (p.b * s.terms.length) / avgLength));
    for (let c = 0; c < size; c++) {
      const semantic = similarity
        ? p.semanticWeight * Math.max(0, similarity[i * size + c]! - p.semanticFloor)
        : 0;
      if (acc[c] === 0) {
        acc[c] = semantic;
        continue;
      }
      const phrase = book.profiles[c]!.phrase;
      acc[c] =
        acc[c]! * lengthNorm +
        (phrase.length && containsPhrase(s.sequence, phrase) ? p.phraseBonus : 0) +
        semantic;
    }
  });
  return scores;
}

/**
 * Scores every sentence of every unit against every code: BM25 with the code
 * profile as the weighted query and the sentence as the document (IDF over
 * all sentences of all units), plus a bonus when the code's name occurs as a
 * phrase. Returns the (sentence, code) pairs that pass the relative floor,
 * in unit, sentence and code order.
 */
export function scoreSentences(
  codes: CodeProfile[],
  units: TextUnit[],
  p: CoderParams,
  similarity?: Float64Array,
): ScoredSentence[] {
  return scorePrepared(prepare(codes, units, p), similarity);
}

/** The codebook and the sentences of `units` that the scoring works on, built once per call. */
interface Prepared {
  codes: CodeProfile[];
  units: TextUnit[];
  p: CoderParams;
  book: Codebook;
  sentences: Sentence[];
}

function prepare(codes: CodeProfile[], units: TextUnit[], p: CoderParams): Prepared {
  const book = buildCodebook(codes, p);
  return { codes, units, p, book, sentences: sentencesOf(units, book) };
}

const sentenceTexts = ({ units, sentences }: Prepared) =>
  sentences.map((s) => units[s.unit]!.text.slice(s.start, s.end));

function scorePrepared(
  { codes, units, p, book, sentences }: Prepared,
  similarity?: Float64Array,
): ScoredSentence[] {
  const df = new Map<string, number>();
  let totalLength = 0;
  for (const s of sentences) {
    totalLength += s.terms.length;
    for (const t of s.terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = Math.max(sentences.length, p.minSentences);
  const avgLength = Math.max(1, totalLength / Math.max(1, sentences.length));
  const idf = (t: string) =>
    Math.min(p.idfCap, Math.log(1 + (n - df.get(t)! + 0.5) / (df.get(t)! + 0.5)));
  const size = codes.length;
  const scores = rawScores(book, sentences, idf, avgLength, similarity, p);
  const out: ScoredSentence[] = [];
  sentences.forEach((s, i) => {
    const row = scores.subarray(i * size, (i + 1) * size);
    const best = Math.max(...row);
    for (let c = 0; c < size; c++) {
      if (row[c]! > 0 && row[c]! >= p.relativeFloor * best) {
        out.push({
          unitId: units[s.unit]!.id,
          codeIndex: c,
          start: s.start,
          end: s.end,
          score: row[c]!,
        });
      }
    }
  });
  return out;
}

/** The texts of the sentences `scoreSentences` scores, in its order (for the similarity matrix). */
export function scoredSentenceTexts(
  codes: CodeProfile[],
  units: TextUnit[],
  p: CoderParams,
): string[] {
  return sentenceTexts(prepare(codes, units, p));
}

/** `scoreSentences` with the sentence-encoder similarity to the codes' examples. */
export async function scoreSentencesWithExamples(
  codes: CodeProfile[],
  units: TextUnit[],
  p: CoderParams,
  onProgress?: (fraction: number) => void,
): Promise<ScoredSentence[]> {
  const prepared = prepare(codes, units, p);
  const similarity =
    p.semanticWeight > 0
      ? await exampleSimilarities(codes, sentenceTexts(prepared), onProgress)
      : undefined;
  return scorePrepared(prepared, similarity);
}

/** Maps a score to 0..1: 0.5 at the threshold, 0.75 at twice it, 0.875 at three times. */
export function confidenceOf(score: number, threshold: number): number {
  return 1 - Math.pow(2, -score / threshold);
}

const byConfidence = (a: Suggestion, b: Suggestion) =>
  b.confidence - a.confidence ||
  a.start - b.start ||
  (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0);
const byPosition = (a: Suggestion, b: Suggestion) =>
  a.start - b.start || a.end - b.end || (a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0);

/** Keeps at most `max` suggestions of one unit: the best sentence of each code first, then further sentences. */
function pickForUnit(candidates: Suggestion[], max: number): Suggestion[] {
  const ranked = [...candidates].sort(byConfidence);
  const seen = new Set<string>();
  const first: Suggestion[] = [];
  const rest: Suggestion[] = [];
  for (const s of ranked) {
    (seen.has(s.codeId) ? rest : first).push(s);
    seen.add(s.codeId);
  }
  return [...first, ...rest].slice(0, max).sort(byPosition);
}

/** `suggestCodes` with explicit tuning parameters (for calibration and measurement). */
export async function suggestWithParams(
  codes: CodeProfile[],
  units: TextUnit[],
  options: SuggestOptions = {},
  p: CoderParams = DEFAULT_PARAMS,
): Promise<Suggestion[]> {
  const minConfidence = options.minConfidence ?? 0.5;
  const maxPerUnit = Math.max(0, Math.floor(options.maxPerUnit ?? 3));
  if (!codes.length || !units.length || maxPerUnit === 0) return [];
  const perUnit = new Map<string, Suggestion[]>();
  for (const s of await scoreSentencesWithExamples(codes, units, p, options.onProgress)) {
    const raw = confidenceOf(s.score, p.threshold);
    if (raw < minConfidence) continue;
    const confidence = Math.round(raw * 10_000) / 10_000;
    let list = perUnit.get(s.unitId);
    if (!list) perUnit.set(s.unitId, (list = []));
    list.push({
      unitId: s.unitId,
      codeId: codes[s.codeIndex]!.id,
      start: s.start,
      end: s.end,
      confidence,
    });
  }
  const out: Suggestion[] = [];
  for (const unit of units) {
    const list = perUnit.get(unit.id);
    if (list) out.push(...pickForUnit(list, maxPerUnit));
    perUnit.delete(unit.id); // a repeated unit id is served once
  }
  return out;
}

/**
 * Suggests codes for sentences of text units, offline and deterministically.
 * Each suggestion's span is one sentence or clause of the unit; at most
 * `maxPerUnit` (default 3) per unit, each with confidence ≥ `minConfidence`
 * (default 0.5 = the calibrated threshold). Ordered by unit (input order),
 * then position in the unit, then code id.
 */
export function suggestCodes(
  codes: CodeProfile[],
  units: TextUnit[],
  options?: SuggestOptions,
): Promise<Suggestion[]> {
  return suggestWithParams(codes, units, options, DEFAULT_PARAMS);
}
