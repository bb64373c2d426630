import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex, createRng } from '@persona-lab/synthesis-engine';
import { generateNeedsStudy } from '@persona-lab/synthesis-engine/testing';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// The whole product path on a study whose segments we know: a CSV export generated with five
// latent NEEDS segments (behaviours, goals, pains, motives; open text paraphrased with synonyms
// and 15 % noise; demographics, gender and ethnicity drawn independently of the segment) is
// imported with no column hints, synthesized offline, and the personas' members are compared
// with the latent segments — and again after reordering the rows.

const RESPONDENTS = 500;
const study = generateNeedsStudy({ respondents: RESPONDENTS, seed: 11, themes: false });
const [header, ...rows] = parse(study.csv) as string[][];
const latentOfRow = [...study.latent.entries()].filter(([id]) => id.startsWith('resp-')).map(([, s]) => s);
const OPEN_TITLES = study.questions.filter((q) => q.id.endsWith('_text')).map((q) => q.title);
const openColumns = OPEN_TITLES.map((t) => header.indexOf(t));
const signature = (cells: string[]) => cells.join('\u0001');

let t: TestApp;
let token: string;
let workspaceId: string;

const must = <T>(r: { data?: T | null; errors?: unknown }): T => {
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

interface Outcome {
  /** Open-answer signature → persona index. */
  personaOf: Map<string, number>;
  questions: { id: string; title: string; personaField: string; sensitive: boolean }[];
  personas: { traits: { kind: string; text: string; evidence: { source: { questionId: string | null } }[] }[] }[];
}

async function runPath(csv: string, name: string): Promise<Outcome> {
  const studyId = must(await t.gql<{ createStudy: { id: string } }>('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId, name } }, token)).createStudy.id;
  const survey = must(
    await t.gql<{ importSurveyCsv: { id: string; questions: Outcome['questions'] } }>(
      'mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id questions { id title personaField sensitive } } }',
      { i: { studyId, title: name, csv } },
      token,
    ),
  ).importSurveyCsv;
  const runId = must(await t.gql<{ startSynthesis: { id: string } }>('mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }', { i: { studyId, provider: 'offline' } }, token)).startSynthesis.id;
  let run: { status: string; error: string | null; personas: { id: string; traits: Outcome['personas'][number]['traits'] }[] };
  for (;;) {
    run = must(
      await t.gql<{ synthesisRun: typeof run }>(
        'query($id: ID!) { synthesisRun(id: $id) { status error personas { id traits { kind text evidence { source { questionId } } } } } }',
        { id: runId },
        token,
      ),
    ).synthesisRun;
    if (!['QUEUED', 'RUNNING'].includes(run.status)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  expect(run.status, run.error ?? '').toBe('SUCCEEDED');
  const openIds = OPEN_TITLES.map((title) => survey.questions.find((q) => q.title === title)!.id);
  const responses = await t.db.query<{ id: string; answers: Record<string, unknown> }>('SELECT id, answers FROM response WHERE survey_id = $1', [survey.id]);
  const sigOfResponse = new Map(responses.map((r) => [r.id, signature(openIds.map((q) => String(r.answers[q] ?? '')))]));
  const personaOf = new Map<string, number>();
  const members = await t.db.query<{ id: string; member_ids: string[] }>('SELECT id, member_ids FROM persona WHERE study_id = $1', [studyId]);
  const order = run.personas.map((p) => p.id);
  for (const m of members) {
    for (const id of m.member_ids) if (id.startsWith('r:')) personaOf.set(sigOfResponse.get(id.slice(2))!, order.indexOf(m.id));
  }
  return { personaOf, questions: survey.questions, personas: run.personas };
}

beforeAll(async () => {
  t = await createTestApp();
  const owner = await t.signUp('Needs owner');
  token = owner.token;
  workspaceId = must(await t.gql<{ createWorkspace: { id: string } }>('mutation { createWorkspace(name: "Needs") { id } }', {}, token)).createWorkspace.id;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('needs personas from a CSV export imported with no column hints', () => {
  let first: Outcome;
  let shuffled: Outcome;

  beforeAll(async () => {
    first = await runPath(study.csv, 'Generated needs study');
    const rng = createRng(99);
    const order = rows.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    shuffled = await runPath(stringify([header, ...order.map((i) => rows[i])]), 'Generated needs study, rows reordered');
  }, 600_000);

  it('reads every needs question as a needs field and the gender and ethnicity columns as sensitive', () => {
    for (const q of study.questions) {
      const got = first.questions.find((x) => x.title === q.title)!;
      if (q.sensitive) expect(got.sensitive, q.title).toBe(true);
      else if (q.field !== 'DEMOGRAPHIC') expect(['BEHAVIOR', 'GOAL', 'PAIN_POINT', 'MOTIVATION', 'PSYCHOGRAPHIC'], q.title).toContain(got.personaField);
    }
  });

  for (const [label, pick] of [['as exported', () => first], ['after reordering the rows', () => shuffled]] as const) {
    it(`recovers the latent needs segments ${label} (adjusted Rand index ≥ 0.8)`, () => {
      const outcome = pick();
      const found = rows.map((r) => outcome.personaOf.get(signature(openColumns.map((c) => r[c]))) ?? -1);
      const ari = adjustedRandIndex(latentOfRow, found);
      console.log(`needs path ${label}: ${outcome.personas.length} personas, ARI ${ari.toFixed(3)}`);
      expect(found.filter((f) => f < 0).length).toBeLessThan(RESPONDENTS * 0.02);
      expect(ari).toBeGreaterThanOrEqual(0.8);
    });
  }

  // A re-import mints new ids and lists options in first-seen order: the engine orders and seeds
  // by content only, so the members are identical.
  it('gives the same members whatever the row order', () => {
    const a = rows.map((r) => first.personaOf.get(signature(openColumns.map((c) => r[c]))) ?? -1);
    const b = rows.map((r) => shuffled.personaOf.get(signature(openColumns.map((c) => r[c]))) ?? -1);
    const ari = adjustedRandIndex(a, b);
    console.log(`needs path: members of the two row orders agree at ARI ${ari.toFixed(3)}`);
    expect(ari).toBe(1);
  });

  it('rests no trait on a sensitive column, and every persona has behaviour, pain point and goal or motivation traits', () => {
    const sensitiveIds = new Set(first.questions.filter((q) => q.sensitive).map((q) => q.id));
    expect(sensitiveIds.size).toBe(2);
    for (const p of first.personas) {
      for (const trait of p.traits) for (const e of trait.evidence) expect(sensitiveIds.has(e.source.questionId ?? '')).toBe(false);
      expect(p.traits.some((x) => /\b(woman|man|non-binary|white|asian|black|hispanic)\b/i.test(x.text))).toBe(false);
      const kinds = new Set(p.traits.map((x) => x.kind));
      expect(kinds.has('BEHAVIOR')).toBe(true);
      expect(kinds.has('PAIN_POINT')).toBe(true);
      expect(kinds.has('GOAL') || kinds.has('MOTIVATION')).toBe(true);
    }
  });
});
