import { PERSONA_FIELDS } from '@persona-lab/survey-logic';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitLabelled, type LabelledQuestion } from './labelled-questions';
import { nearestFields } from './nearest';
import { understandQuestions } from './understand';
import type { QuestionUnderstanding } from './types';

// Precision per field on the held-out half of the labelled wordings (the rules were tuned on
// the prototype half only; the encoder's neighbours are the prototype half).
//   npx vitest run libs/surveys/src/understanding/labelled.spec.ts

interface Scored {
  item: LabelledQuestion;
  got: QuestionUnderstanding;
}

function table(rows: Scored[]): { text: string; overall: number } {
  const lines = ['field          predicted  correct  precision  labelled  recall'];
  for (const field of PERSONA_FIELDS) {
    const predicted = rows.filter((r) => r.got.personaField === field);
    const correct = predicted.filter((r) => r.item.field === field).length;
    const labelled = rows.filter((r) => r.item.field === field).length;
    const p = predicted.length ? (correct / predicted.length).toFixed(2) : '—';
    const rec = labelled ? (correct / labelled).toFixed(2) : '—';
    lines.push(`${field.padEnd(15)}${String(predicted.length).padStart(9)}${String(correct).padStart(9)}${p.padStart(11)}${String(labelled).padStart(10)}${rec.padStart(8)}`);
  }
  const right = rows.filter((r) => r.got.personaField === r.item.field).length;
  const overall = right / rows.length;
  const sens = rows.filter((r) => r.item.sensitive);
  const flagged = rows.filter((r) => r.got.sensitive);
  lines.push(`overall precision (micro) ${overall.toFixed(3)} (${right}/${rows.length})`);
  lines.push(
    `sensitive: recall ${sens.filter((r) => r.got.sensitive).length}/${sens.length}, precision ${flagged.filter((r) => r.item.sensitive).length}/${flagged.length}`,
  );
  return { text: lines.join('\n'), overall };
}

async function score(items: LabelledQuestion[]): Promise<Scored[]> {
  const got = await understandQuestions(items.map((i) => ({ title: i.title, type: i.type ?? 'SHORT_TEXT', options: i.options })));
  return items.map((item, k) => ({ item, got: got[k] }));
}

describe('question understanding on the labelled wordings', () => {
  const { prototypes, heldOut } = splitLabelled();
  let test: Scored[];
  let train: Scored[];
  beforeAll(async () => {
    train = await score(prototypes);
    test = await score(heldOut);
  }, 120_000);

  it('splits into two halves of similar size, each with every field and sensitive items', () => {
    expect(prototypes.length + heldOut.length).toBeGreaterThanOrEqual(250);
    expect(Math.abs(prototypes.length - heldOut.length)).toBeLessThan(40);
    for (const half of [prototypes, heldOut]) {
      for (const field of PERSONA_FIELDS) expect(half.some((i) => i.field === field), field).toBe(true);
      expect(half.filter((i) => i.sensitive).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('reaches overall precision ≥ 0.85 on the held-out half', () => {
    const { text, overall } = table(test);
    console.log(`Held-out half (${test.length} wordings):\n${text}`);
    console.log(`Prototype half (${train.length} wordings, tuned on):\n${table(train).text}`);
    const wrong = train.filter((r) => r.got.personaField !== r.item.field || r.got.sensitive !== r.item.sensitive);
    console.log(`Prototype-half misses:\n${wrong.map((r) => `  ${r.item.field}${r.item.sensitive ? '*' : ''} → ${r.got.personaField}${r.got.sensitive ? '*' : ''}: ${r.item.title} [${r.got.reason}]`).join('\n')}`);
    expect(overall).toBeGreaterThanOrEqual(0.85);
  });

  it('flags every sensitive held-out wording, as DEMOGRAPHIC', () => {
    const sensitive = test.filter((r) => r.item.sensitive);
    expect(sensitive.filter((r) => !r.got.sensitive).map((r) => r.item.title)).toEqual([]);
    for (const r of sensitive) expect(r.got.personaField, r.item.title).toBe('DEMOGRAPHIC');
  });

  it('reports how often the encoder decides, and how the encoder alone does (no rules)', async () => {
    const byEncoder = test.filter((r) => r.got.reason.startsWith('Worded like'));
    const alone = await nearestFields(heldOut.map((i) => i.title));
    const right = heldOut.filter((item, k) => alone[k].personaField === item.field).length;
    console.log(
      `Held-out: the encoder decided ${byEncoder.length}/${test.length} (right ${byEncoder.filter((r) => r.got.personaField === r.item.field).length}); ` +
        `the encoder alone, without rules, is right on ${right}/${heldOut.length} (${(right / heldOut.length).toFixed(2)}).`,
    );
    // The nearest-prototype step must stay far better than chance (1/7) on its own.
    expect(right / heldOut.length).toBeGreaterThanOrEqual(0.5);
  });

  it('gives every question a reason sentence ending in the field', () => {
    for (const r of test) expect(r.got.reason).toMatch(/→ .+/);
  });
});
