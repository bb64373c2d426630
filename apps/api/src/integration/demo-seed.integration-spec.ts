import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RESPONSES, DEMO_STUDY } from '../seed/demo-study';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from '../seed/seed-demo';
import { createTestApp, type TestApp } from '../../test/support/test-app';

const logger = pino({ level: 'silent' });
const OPEN = new Set(['routine', 'goal', 'pain', 'why']);

interface Ev {
  quote: string;
  source: { type: string; questionId: string | null };
}
interface PersonaRow {
  name: string;
  smallSegment: boolean;
  backstory: string | null;
  sensitiveProfile: unknown[];
  traits: { kind: string; text: string; evidence: Ev[] }[];
  quotes: Ev[];
}

let t: TestApp;
let token: string;
let seconds: number;

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  expect(await seedDemo(t.app, logger)).toBe(true);
  seconds = (performance.now() - started) / 1000;
  const login = await t.gql('mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
  token = login.data!.logIn.token;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

async function demoStudy() {
  const res = await t.gql('{ workspaces { studies { id name } } }', {}, token);
  return res.data!.workspaces.flatMap((w: { studies: { id: string; name: string }[] }) => w.studies) as { id: string; name: string }[];
}

describe('the demo seed', () => {
  it('seeds once: a second boot on the same database adds nothing', async () => {
    console.log(`demo seed: ${seconds.toFixed(1)} s`);
    expect(await seedDemo(t.app, logger)).toBe(false);
    const studies = await demoStudy();
    expect(studies.map((s) => s.name)).toEqual([DEMO_STUDY.name]);
    const { data } = await t.gql('query($id: ID!) { study(id: $id) { surveys { responseCount } interviews { id } } }', { id: studies[0].id }, token);
    expect(data!.study.surveys).toEqual([{ responseCount: DEMO_RESPONSES }]);
    expect(data!.study.interviews).toHaveLength(4);
  });

  it('drafts four needs personas offline, each with behaviour, pain point and goal or motivation in people’s own words', async () => {
    const [study] = await demoStudy();
    let run: { status: string; error: string | null } | undefined;
    for (let i = 0; i < 240 && !(run && ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)); i++) {
      if (i) await new Promise((r) => setTimeout(r, 250));
      run = (await t.gql('query($id: ID!) { study(id: $id) { synthesisRuns { status error } } }', { id: study.id }, token)).data!.study.synthesisRuns[0];
    }
    expect(run, run?.error ?? '').toMatchObject({ status: 'SUCCEEDED' });
    const EV = 'quote source { type questionId }';
    const { data } = await t.gql(
      `query($id: ID!) { study(id: $id) { personas { name smallSegment backstory sensitiveProfile { question }
        traits { kind text evidence { ${EV} } } quotes { ${EV} } } } }`,
      { id: study.id },
      token,
    );
    const personas = data!.study.personas as PersonaRow[];
    expect(personas).toHaveLength(4);
    const ownWords = (e: Ev) => e.source.type === 'TRANSCRIPT_SEGMENT' || OPEN.has(e.source.questionId ?? '');
    for (const p of personas) {
      const quoted = (kinds: string[]) => p.traits.some((tr) => kinds.includes(tr.kind) && tr.evidence.some(ownWords));
      expect(quoted(['BEHAVIOR']), `${p.name}: a behaviour in their words`).toBe(true);
      expect(quoted(['PAIN_POINT']), `${p.name}: a pain point in their words`).toBe(true);
      expect(quoted(['GOAL', 'MOTIVATION']), `${p.name}: a goal or motivation in their words`).toBe(true);
      expect(p.smallSegment).toBe(false);
      expect(p.backstory).toBeTruthy();
      // Gender is sensitive and not opted in: no trait, no evidence, no description.
      expect(p.sensitiveProfile).toEqual([]);
      const evidence = [...p.quotes, ...p.traits.flatMap((tr) => tr.evidence)];
      expect(evidence.some((e) => e.source.questionId === 'gender')).toBe(false);
      expect(p.traits.some((tr) => /gender|non-binary|\bwom[ae]n\b/i.test(tr.text))).toBe(false);
      expect(evidence.some((e) => /@example\.com/.test(e.quote))).toBe(false);
    }
    const quotingInterviews = personas.filter((p) => [...p.quotes, ...p.traits.flatMap((tr) => tr.evidence)].some((e) => e.source.type === 'TRANSCRIPT_SEGMENT'));
    expect(quotingInterviews.length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
