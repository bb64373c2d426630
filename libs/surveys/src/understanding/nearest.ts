/**
 * The encoder step: a question no rule is sure of takes the field of its nearest labelled
 * wordings (the prototype half of the labelled set), by similarity-weighted votes of the k
 * nearest. Sentence vectors come from the Universal Sentence Encoder lite the project ships.
 */
import { dot, embedTexts } from '@persona-lab/embeddings';
import type { PersonaField } from '@persona-lab/survey-logic';
import { splitLabelled, type LabelledQuestion } from './labelled-questions';
import { FIELD_WORDS, cleanTitle } from './rules';
import type { QuestionUnderstanding } from './types';

/** Neighbours that vote. */
export const K = 7;

interface Prototypes {
  items: LabelledQuestion[];
  vectors: Float32Array[];
}

let prototypes: Promise<Prototypes> | undefined;

/** The prototype half, embedded once per process. */
function loadPrototypes(): Promise<Prototypes> {
  prototypes ??= (async () => {
    // Sensitive items are found by rules only; as prototypes they stand for DEMOGRAPHIC.
    const items = splitLabelled().prototypes;
    const vectors = await embedTexts(items.map((i) => cleanTitle(i.title)));
    return { items, vectors };
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
