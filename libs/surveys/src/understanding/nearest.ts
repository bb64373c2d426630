/**
 * The encoder step: a question no rule is sure of takes the field of its nearest labelled
 * wordings (the prototype half of the labelled set), by similarity-weighted votes of the k
 * nearest. Sentence vectors come from the Universal Sentence Encoder lite the project ships.
 */
import { DIMENSIONS, dot, embedTexts, unit } from '@persona-lab/embeddings';
import type { PersonaField } from '@persona-lab/survey-logic';
import { splitLabelled, type LabelledQuestion } from './labelled-questions';
import { PROTOTYPE_VECTORS } from './prototype-vectors';
import { FIELD_WORDS, cleanTitle } from './rules';
import type { QuestionUnderstanding } from './types';

/** Neighbours that vote. */
export const K = 7;

interface Prototypes {
  items: LabelledQuestion[];
  vectors: Float32Array[];
}

/** The texts the prototypes are embedded from, and a key naming exactly that list. */
export function prototypeTexts(): { items: LabelledQuestion[]; texts: string[]; key: string } {
  const items = splitLabelled().prototypes;
  const texts = items.map((i) => cleanTitle(i.title));
  let h = 0x811c9dc5;
  const joined = texts.join('\n');
  for (let i = 0; i < joined.length; i++) h = Math.imul(h ^ joined.charCodeAt(i), 0x01000193) >>> 0;
  return { items, texts, key: `${texts.length}:${h.toString(16)}` };
}

/**
 * Prototype vectors as stored in prototype-vectors.ts: each unit vector scaled to int8 by its
 * largest component (about 0.1 KB a vector; similarities move by about 0.001).
 */
export function encodeVectors(vectors: readonly Float32Array[]): string {
  const out = Buffer.alloc(vectors.length * (4 + DIMENSIONS));
  vectors.forEach((v, i) => {
    const max = v.reduce((m, x) => Math.max(m, Math.abs(x)), 0) || 1;
    const at = i * (4 + DIMENSIONS);
    out.writeFloatLE(max / 127, at);
    for (let k = 0; k < DIMENSIONS; k++) out.writeInt8(Math.round((v[k] / max) * 127), at + 4 + k);
  });
  return out.toString('base64');
}

export function decodeVectors(base64: string): Float32Array[] {
  const bytes = Buffer.from(base64, 'base64');
  const vectors: Float32Array[] = [];
  for (let at = 0; at < bytes.length; at += 4 + DIMENSIONS) {
    const scale = bytes.readFloatLE(at);
    vectors.push(unit(Array.from({ length: DIMENSIONS }, (_, k) => bytes.readInt8(at + 4 + k) * scale)));
  }
  return vectors;
}

let prototypes: Promise<Prototypes> | undefined;

/**
 * The prototype half as vectors: from prototype-vectors.ts when it was made from exactly these
 * wordings (no encoder work at all), else embedded once per process.
 */
function loadPrototypes(): Promise<Prototypes> {
  prototypes ??= (async () => {
    // Sensitive items are found by rules only; as prototypes they stand for DEMOGRAPHIC.
    const { items, texts, key } = prototypeTexts();
    if (PROTOTYPE_VECTORS.key === key) return { items, vectors: decodeVectors(PROTOTYPE_VECTORS.vectors) };
    return { items, vectors: await embedTexts(texts) };
  })();
  prototypes.catch(() => (prototypes = undefined));
  return prototypes;
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The field of each title by its K nearest prototypes, with a reason naming the closest
 * prototype of the winning field.
 */
export async function nearestFields(titles: readonly string[]): Promise<QuestionUnderstanding[]> {
  if (titles.length === 0) return [];
  const { items, vectors } = await loadPrototypes();
  const queries = await embedTexts(titles.map(cleanTitle));
  return queries.map((query) => {
    const scored = vectors.map((v, i) => ({ i, sim: dot(query, v) })).sort((a, b) => b.sim - a.sim || a.i - b.i);
    const votes = new Map<PersonaField, number>();
    for (const { i, sim } of scored.slice(0, K)) {
      const field = items[i].field;
      votes.set(field, (votes.get(field) ?? 0) + Math.max(sim, 0));
    }
    let best: PersonaField = 'NONE';
    let top = -1;
    for (const [field, weight] of votes) {
      if (weight > top) {
        best = field;
        top = weight;
      }
    }
    const example = scored.find((s) => items[s.i].field === best)!;
    return {
      personaField: best,
      sensitive: false,
      reason: `Worded like "${clip(items[example.i].title)}" (similarity ${example.sim.toFixed(2)}) → ${FIELD_WORDS[best]}`,
    };
  });
}
