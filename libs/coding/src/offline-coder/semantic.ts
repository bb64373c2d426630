import { DIMENSIONS, dot, embedTexts, unit } from '@persona-lab/embeddings';
import { splitSentences } from '@persona-lab/text';
import type { CodeProfile } from './types';

export { dot, embedTexts };

/**
 * The texts that stand for a code: the sentences of its accepted examples (an
 * example is a whole unit) and "name: description" (the name alone without a
 * description).
 */
export function referenceTexts(code: CodeProfile): string[] {
  const examples = code.examples.flatMap((e) =>
    splitSentences(e).map((s) => e.slice(s.start, s.end)),
  );
  const description = code.description?.trim();
  return [...examples, description ? `${code.name}: ${description}` : code.name];
}

/** The unit-length mean of unit vectors. */
function centroid(vectors: Float32Array[]): Float32Array {
  const c = new Float32Array(DIMENSIONS);
  for (const v of vectors) for (let k = 0; k < DIMENSIONS; k++) c[k] = c[k]! + v[k]!;
  return unit(c);
}

/**
 * Similarity of every sentence to every code (row-major: sentence × code): the
 * cosine between the sentence's Universal Sentence Encoder vector and the
 * centroid of the vectors of the code's reference texts (`referenceTexts`).
 */
export async function exampleSimilarities(
  codes: CodeProfile[],
  sentences: string[],
  onProgress?: (fraction: number) => void,
): Promise<Float64Array> {
  const size = codes.length;
  const out = new Float64Array(sentences.length * size);
  if (!sentences.length || !size) return out;
  const references = codes.map(referenceTexts);
  const vectors = await embedTexts([...references.flat(), ...sentences], onProgress);
  let next = 0;
  const centroids = references.map((list) => centroid(list.map(() => vectors[next++]!)));
  sentences.forEach((_, i) => {
    const v = vectors[next + i]!;
    for (let c = 0; c < size; c++) out[i * size + c] = dot(v, centroids[c]!);
  });
  return out;
}
