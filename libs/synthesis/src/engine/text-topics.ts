import { redact } from '@persona-lab/privacy';
import { allIndices, kmeans } from './kmeans';
import type { FieldText, Prepared, TextField } from './prepare';
import { createRng } from './rng';
import { toSparseRows, type SparseRows } from './sparse';
import { contentTerms } from './tokenize';
import type { TextInput } from './types';

/** Vocabulary cap of one TF-IDF space (the most widespread terms). */
export const MAX_TERMS = 500;

/** Content terms of each text, computed once per run (tokenising is the costly part); keyed by the text itself. */
export class TermCache {
  private readonly cache = new Map<string, string[]>();
  terms(source: Pick<TextInput, 'text'>): string[] {
    let t = this.cache.get(source.text);
    if (!t) this.cache.set(source.text, (t = contentTerms(redact(source.text, ' '))));
    return t;
  }
}

/** A TF-IDF space over documents (one per participant), rows L2-normalised. */
export interface TermSpace {
  vocab: string[];
  index: Map<string, number>;
  idf: Float64Array;
  rows: SparseRows;
}

/** Builds a TF-IDF space from term lists; terms used by one document only are dropped. */
export function termSpace(docs: string[][], maxTerms = MAX_TERMS): TermSpace {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const vocab = [...df]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxTerms)
    .map(([t]) => t);
  const index = new Map(vocab.map((t, i) => [t, i]));
  const n = docs.length;
  const idf = Float64Array.from(vocab, (t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  return {
    vocab,
    index,
    idf,
    rows: toSparseRows(
      docs.map((d) => tfidfRow(d, index, idf)),
      vocab.length,
    ),
  };
}

/** One L2-normalised TF-IDF row of a term list in a space's vocabulary. */
export function tfidfRow(
  terms: string[],
  index: Map<string, number>,
  idf: Float64Array,
): Map<number, number> {
  const tf = new Map<number, number>();
  for (const t of terms) {
    const c = index.get(t);
    if (c !== undefined) tf.set(c, (tf.get(c) ?? 0) + 1);
  }
  let sq = 0;
  for (const [c, f] of tf) {
    const v = (1 + Math.log(f)) * idf[c];
    tf.set(c, v);
    sq += v * v;
  }
  const norm = Math.sqrt(sq);
  if (norm > 0) for (const [c, v] of tf) tf.set(c, v / norm);
  return tf;
}

/** Topics of one field's open text: each participant with text of the field falls in one topic. */
export interface TopicModel {
  field: TextField;
  /** Per prepared participant (of those clustered): topic index, or -1 (no text, or nothing shared with others). */
  topicOf: Int32Array;
  k: number;
  /** The terms most typical of each topic, strongest first (TF-IDF only; empty with embeddings). */
  topTerms: string[][];
  /** Weight of each term in each topic's centre (for scoring sentences as evidence). */
  termWeights: Map<string, number>[];
  vectors: 'embedding' | 'tfidf';
  /**
   * Interview turns only: topics are of single turns, and `mentions[j]` lists the topics
   * participant j's turns touch (each topic then becomes a yes/no indicator).
   */
  mentions?: Int32Array[];
  /**
   * TF-IDF field topics only: the space and each topic's centre, so a later participant's text of
   * the field falls in the topic of the nearest centre (`topicOfTerms`), as k-means placed the run's.
   */
  encoder?: TopicEncoder;
}

/** What places a new text in a field's topics: the TF-IDF vocabulary, its idf and the topic centres (dense over the vocabulary). */
export interface TopicEncoder {
  vocab: string[];
  idf: number[];
  centroids: number[][];
}

/** The topic of a term list under an encoder: the nearest centre (squared Euclidean, as k-means), -1 when no term is in the vocabulary. */
export function topicOfTerms(encoder: TopicEncoder, terms: string[]): number {
  const index = new Map(encoder.vocab.map((t, i) => [t, i]));
  const row = tfidfRow(terms, index, Float64Array.from(encoder.idf));
  if (row.size === 0) return -1;
  let best = -1;
  let bestD = Infinity;
  encoder.centroids.forEach((c, t) => {
    let d = 0;
    for (let i = 0; i < c.length; i++) d += c[i] * c[i];
    for (const [col, v] of row) d += v * v - 2 * v * c[col];
    if (d < bestD) {
      bestD = d;
      best = t;
    }
  });
  return best;
}

/** Topics per field need at least this many writers. */
export const MIN_TOPIC_WRITERS = 12;

/**
 * Clusters each field's open text into topics (k-means on per-participant
 * TF-IDF, or on mean embeddings when every text of the field has a `vector`);
 * topic membership becomes one categorical indicator of latent class analysis.
 * `people` are indices into `prepared`; results are indexed like `people`.
 */
export function buildTopics(
  prepared: Prepared[],
  people: number[],
  fields: TextField[],
  seed: number,
  cache: TermCache,
): TopicModel[] {
  const out: TopicModel[] = [];
  for (const field of fields) {
    if (field === 'TURN') {
      const model = turnTopics(prepared, people, seed, cache);
      if (model) out.push(model);
      continue;
    }
    const docs: FieldText[][] = people.map((i) =>
      prepared[i].texts.filter((t) => t.field === field),
    );
    const writers = docs.filter((d) => d.length > 0).length;
    if (writers < MIN_TOPIC_WRITERS) continue;
    const k = Math.max(2, Math.min(10, Math.floor(writers / 8)));
    const embedded = docs.every((d) =>
      d.every((t) => Array.isArray(t.source.vector) && t.source.vector.length > 0),
    );
    const termLists = docs.map((d) => d.flatMap((t) => cache.terms(t.source)));
    const space = termSpace(termLists);
    let rows: SparseRows;
    if (embedded) {
      const dim = docs.find((d) => d.length > 0)![0].source.vector!.length;
      rows = toSparseRows(
        docs.map((d) => {
          const mean = new Map<number, number>();
          for (const t of d)
            t.source.vector!.forEach((v, c) => mean.set(c, (mean.get(c) ?? 0) + v));
          let sq = 0;
          for (const v of mean.values()) sq += v * v;
          const norm = Math.sqrt(sq) || 1;
          for (const [c, v] of mean) mean.set(c, v / norm);
          return mean;
        }),
        dim,
      );
    } else {
      rows = space.rows;
    }
    const usable = Int32Array.from(
      allIndices(rows.n).filter((i) => rows.rowPtr[i + 1] > rows.rowPtr[i]),
    );
    if (usable.length < MIN_TOPIC_WRITERS) continue;
    const clustering = kmeans(
      rows,
      Math.min(k, usable.length),
      createRng(seed ^ hashField(field)),
      {
        indices: usable,
        nInit: 3,
      },
    );
    const topicOf = new Int32Array(people.length).fill(-1);
    usable.forEach((i, j) => (topicOf[i] = clustering.labels[j]));
    // Topic term weights from the TF-IDF rows of the topic's members (works with embeddings too).
    const sums = Array.from({ length: clustering.k }, () => new Float64Array(space.vocab.length));
    const sizes = new Int32Array(clustering.k);
    const mean = new Float64Array(space.vocab.length);
    for (let i = 0; i < people.length; i++) {
      const t = topicOf[i];
      if (t < 0) continue;
      sizes[t]++;
      for (let p = space.rows.rowPtr[i]; p < space.rows.rowPtr[i + 1]; p++) {
        sums[t][space.rows.cols[p]] += space.rows.vals[p];
        mean[space.rows.cols[p]] += space.rows.vals[p] / usable.length;
      }
    }
    const termWeights: Map<string, number>[] = [];
    const topTerms: string[][] = [];
    for (let t = 0; t < clustering.k; t++) {
      const w = new Map<string, number>();
      space.vocab.forEach((term, c) => {
        const lift = sums[t][c] / Math.max(1, sizes[t]) - mean[c];
        if (lift > 0) w.set(term, lift);
      });
      termWeights.push(w);
      topTerms.push(
        [...w]
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, 5)
          .map(([term]) => term),
      );
    }
    out.push({
      field,
      topicOf,
      k: clustering.k,
      topTerms,
      termWeights,
      vectors: embedded ? 'embedding' : 'tfidf',
      ...(embedded
        ? {}
        : {
            encoder: {
              vocab: space.vocab,
              idf: [...space.idf],
              centroids: sums.map((sum, t) => Array.from(sum, (x) => x / Math.max(1, sizes[t]))),
            },
          }),
    });
  }
  return out;
}

/** Topics of single interview turns (long transcripts mix many subjects, so a person has several). */
function turnTopics(
  prepared: Prepared[],
  people: number[],
  seed: number,
  cache: TermCache,
): TopicModel | null {
  const owner: number[] = [];
  const docs: string[][] = [];
  people.forEach((pi, j) => {
    for (const t of prepared[pi].texts) {
      if (t.field !== 'TURN') continue;
      owner.push(j);
      docs.push(cache.terms(t.source));
    }
  });
  const space = termSpace(docs);
  const rows = space.rows;
  const usable = Int32Array.from(
    allIndices(rows.n).filter((i) => rows.rowPtr[i + 1] > rows.rowPtr[i]),
  );
  if (usable.length < MIN_TOPIC_WRITERS) return null;
  const k = Math.max(2, Math.min(12, Math.floor(usable.length / 20)));
  const clustering = kmeans(rows, Math.min(k, usable.length), createRng(seed ^ hashField('TURN')), {
    indices: usable,
    nInit: 3,
  });
  // A person "talks about" a topic when at least two turns and a tenth of their turns fall in it
  // (a stray turn, or the interviewer steering one answer, is not a subject of theirs).
  const counts = people.map(() => new Int32Array(clustering.k));
  const turns = new Int32Array(people.length);
  usable.forEach((d, j) => {
    counts[owner[d]][clustering.labels[j]]++;
    turns[owner[d]]++;
  });
  const sets = counts.map(
    (c, j) => new Set([...c.keys()].filter((t) => c[t] >= Math.max(2, 0.1 * turns[j]))),
  );
  const sums = Array.from({ length: clustering.k }, () => new Float64Array(space.vocab.length));
  const sizes = new Int32Array(clustering.k);
  const mean = new Float64Array(space.vocab.length);
  usable.forEach((d, j) => {
    const t = clustering.labels[j];
    sizes[t]++;
    for (let p = rows.rowPtr[d]; p < rows.rowPtr[d + 1]; p++) {
      sums[t][rows.cols[p]] += rows.vals[p];
      mean[rows.cols[p]] += rows.vals[p] / usable.length;
    }
  });
  const termWeights: Map<string, number>[] = [];
  const topTerms: string[][] = [];
  for (let t = 0; t < clustering.k; t++) {
    const w = new Map<string, number>();
    space.vocab.forEach((term, c) => {
      const lift = sums[t][c] / Math.max(1, sizes[t]) - mean[c];
      if (lift > 0) w.set(term, lift);
    });
    termWeights.push(w);
    topTerms.push(
      [...w]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([term]) => term),
    );
  }
  return {
    field: 'TURN',
    topicOf: new Int32Array(people.length).fill(-1),
    k: clustering.k,
    topTerms,
    termWeights,
    vectors: 'tfidf',
    mentions: sets.map((s) => Int32Array.from([...s].sort((a, b) => a - b))),
  };
}

function hashField(field: string): number {
  let h = 0;
  for (let i = 0; i < field.length; i++) h = (h * 31 + field.charCodeAt(i)) | 0;
  return h >>> 0;
}
