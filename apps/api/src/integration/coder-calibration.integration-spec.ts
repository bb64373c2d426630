import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from '@persona-lab/fake-openai';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

const CREATE_CODE = 'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }';
const APPLY = 'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }';
const IMPORT = 'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id text } } }';
const START =
  'mutation($s: ID!, $p: String, $n: Int) { startCalibration(studyId: $s, provider: $p, sampleSize: $n) { id status sampleSize coder } }';
const LATEST = `query($s: ID!) { latestCalibration(studyId: $s) { id status error progress provider coder sampleSize sampledUnits createdAt finishedAt
  result { units minSharedUnits enough observed cohensKappa perCode { codeId codeName units humanUses coderUses observed cohensKappa precision recall enough } } } }`;

const TEXTS = [
  ...Array.from({ length: 8 }, (_, i) => `The dashboard is slow to load, it takes ages every morning (${i + 1}).`),
  ...Array.from({ length: 6 }, (_, i) => `The price of the plan is too expensive for our team (${i + 1}).`),
  ...Array.from({ length: 6 }, (_, i) => `We mostly talk about the weather at standup (${i + 1}).`),
  ...Array.from({ length: 4 }, (_, i) => `Nobody read this turn yet, though it is slow and expensive (${i + 1}).`),
];

let t: TestApp;
let fake: FakeOpenAI;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let segs: { id: string; text: string }[];
let speed: string;
let price: string;

async function waitForCalibration(studyId: string) {
  for (let i = 0; i < 240; i++) {
    const run = (await t.gql(LATEST, { s: studyId }, ctx.owner.token)).data!.latestCalibration;
    if (['SUCCEEDED', 'FAILED'].includes(run.status)) return run;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('calibration did not finish');
}

/** Cohen's kappa of two yes/no lists, written out from the textbook formula. */
function handKappa(a: boolean[], b: boolean[]) {
  const n = a.length;
  const po = a.filter((x, i) => x === b[i]).length / n;
  const pa = a.filter(Boolean).length / n;
  const pb = b.filter(Boolean).length / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return pe === 1 ? (po === 1 ? 1 : 0) : (po - pe) / (1 - pe);
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestApp({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'fake-coder' });
  ctx = await createStudyFixture(t, 'Calibration');
  const content = TEXTS.map((x) => `Bo: ${x}`).join('\n\n');
  segs = (await t.gql(IMPORT, { i: { studyId: ctx.studyId, title: 'Bo', format: 'PLAIN', content } }, ctx.owner.token)).data!
    .importTranscript.segments;
  expect(segs).toHaveLength(24);
  speed = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Slow loading', category: 'PAIN_POINT', description: 'The product is slow or takes long to load.' } }, ctx.owner.token)).data!.createCode.id;
  price = (await t.gql(CREATE_CODE, { i: { studyId: ctx.studyId, name: 'Price', category: 'PAIN_POINT', description: 'The plan is too expensive.' } }, ctx.owner.token)).data!.createCode.id;
  const code = async (codeId: string, i: number) => {
    const res = await t.gql(APPLY, { i: { codeId, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segs[i].id }, start: 0, end: 20 } }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
  };
  for (let i = 0; i < 8; i++) await code(speed, i);
  for (let i = 8; i < 14; i++) await code(price, i);
  // Turns 15–20: a person rejected a model's suggestion and coded nothing (judged, no code).
  for (let i = 14; i < 20; i++) {
    await t.db.query(
      `INSERT INTO highlight (study_id, code_id, source_type, segment_id, start_offset, end_offset, text, status, coder, confidence)
       VALUES ($1, $2, 'TRANSCRIPT_SEGMENT', $3, 0, 10, $4, 'REJECTED', 'offline-coder', 0.6)`,
      [ctx.studyId, speed, segs[i].id, segs[i].text.slice(0, 10)],
    );
  }
  // Turns 21–24 nobody judged: never sampled.
}, 120_000);
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('coder calibration', () => {
  it('refuses a sample size out of bounds and a study nobody coded, writing nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM calibration_run');
    for (const n of [5, 501]) {
      const err = errorOf(await t.gql(START, { s: ctx.studyId, p: 'offline', n }, ctx.owner.token));
      expect(err.code).toBe('BAD_USER_INPUT');
      expect(err.message).toMatch(/10 to 500 passages/);
    }
    const empty = (await t.gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Empty' } }, ctx.owner.token)).data!.createStudy.id;
    expect((await t.gql(LATEST, { s: empty }, ctx.owner.token)).data!.latestCalibration).toBeNull();
    const err = errorOf(await t.gql(START, { s: empty, p: 'offline' }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/Code some passages first/);
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM calibration_run'))[0].n).toBe(before[0].n);
  });

  it('has the offline coder code the judged units blind, stores results (no highlight) and reports kappa per code as computed by hand', async () => {
    const highlightsBefore = await t.db.query('SELECT id, status, coder, code_id FROM highlight ORDER BY id');
    const started = (await t.gql(START, { s: ctx.studyId, p: 'offline' }, ctx.owner.token)).data!.startCalibration;
    expect(started).toMatchObject({ sampleSize: 100, coder: 'offline-coder' });
    const run = await waitForCalibration(ctx.studyId);
    expect(run.error).toBeNull();
    expect(run).toMatchObject({ status: 'SUCCEEDED', progress: 1, sampledUnits: 20 });
    expect(run.finishedAt).toBeTruthy();
    // A calibration never changes the coding.
    expect(await t.db.query('SELECT id, status, coder, code_id FROM highlight ORDER BY id')).toEqual(highlightsBefore);

    const rows = await t.db.query<{ unit_key: string; human_codes: string[]; coder_codes: string[] }>(
      'SELECT unit_key, human_codes::text[] AS human_codes, coder_codes::text[] AS coder_codes FROM calibration_unit WHERE run_id = $1',
      [run.id],
    );
    const keys = new Set(rows.map((r) => r.unit_key));
    expect(keys).toEqual(new Set(segs.slice(0, 20).map((s) => `seg:${s.id}`)));
    const humanOf = new Map(rows.map((r) => [r.unit_key, r.human_codes]));
    for (let i = 0; i < 20; i++) {
      expect(humanOf.get(`seg:${segs[i].id}`)).toEqual(i < 8 ? [speed] : i < 14 ? [price] : []);
    }
    expect(rows.every((r) => Array.isArray(r.coder_codes))).toBe(true);
    // The offline coder finds the slow-loading turns (the words of the code's description are in them).
    const coderSpeed = rows.filter((r) => r.coder_codes.includes(speed)).length;
    expect(coderSpeed).toBeGreaterThan(0);

    for (const codeId of [speed, price]) {
      const human = rows.map((r) => r.human_codes.includes(codeId));
      const coder = rows.map((r) => r.coder_codes.includes(codeId));
      const figures = run.result.perCode.find((c: { codeId: string }) => c.codeId === codeId);
      if (!human.some(Boolean) && !coder.some(Boolean)) continue;
      const both = human.filter((h, i) => h && coder[i]).length;
      expect(figures).toMatchObject({
        units: 20,
        humanUses: human.filter(Boolean).length,
        coderUses: coder.filter(Boolean).length,
        recall: both / human.filter(Boolean).length,
      });
      expect(figures.cohensKappa).toBeCloseTo(handKappa(human, coder), 10);
      expect(figures.observed).toBeCloseTo(human.filter((h, i) => h === coder[i]).length / 20, 10);
    }
    // Speed: 8 human uses < 10 → too few to say; overall 20 units ≥ 10 → enough.
    expect(run.result).toMatchObject({ units: 20, minSharedUnits: 10, enough: true });
    expect(run.result.perCode.every((c: { enough: boolean }) => !c.enough)).toBe(true);
  }, 180_000);

  it('sends the model the codebook and the texts only, never an existing highlight', async () => {
    fake.reset();
    const answer = (req: ChatRequest) => {
      const user = String(req.messages!.find((m) => m.role === 'user')!.content);
      const data = JSON.parse(user.slice(user.indexOf('<<<DATA') + 8, user.indexOf('DATA>>>')).trim()) as { unitId: string; text: string }[];
      return {
        suggestions: data
          .filter((u) => /slow|price/i.test(u.text))
          .map((u) => ({ unitId: u.unitId, codeId: /slow/i.test(u.text) ? speed : price, quote: u.text.slice(4, 30) })),
      };
    };
    fake.script([{ custom: answer }, { custom: answer }]);
    const started = (await t.gql(START, { s: ctx.studyId, p: 'openai', n: 10 }, ctx.owner.token)).data!.startCalibration;
    expect(started.coder).toBe('fake-coder');
    const run = await waitForCalibration(ctx.studyId);
    expect(run.error).toBeNull();
    expect(run).toMatchObject({ id: started.id, status: 'SUCCEEDED', sampledUnits: 10, provider: 'openai' });
    expect(fake.requests.length).toBeGreaterThanOrEqual(1);
    const highlightIds = (await t.db.query<{ id: string }>('SELECT id FROM highlight WHERE study_id = $1', [ctx.studyId])).map((h) => h.id);
    for (const req of fake.requests) {
      const sent = JSON.stringify(req.messages);
      for (const id of highlightIds) expect(sent).not.toContain(id);
      expect(sent).not.toMatch(/ACCEPTED|REJECTED|highlight/i);
      expect(sent).not.toContain(ctx.owner.id);
      const user = String(req.messages!.find((m) => m.role === 'user')!.content);
      const data = JSON.parse(user.slice(user.indexOf('<<<DATA') + 8, user.indexOf('DATA>>>')).trim()) as object[];
      for (const unit of data) expect(Object.keys(unit).sort()).toEqual(['text', 'unitId']);
    }
    // The model coded "slow" turns Slow loading: all 8 human Slow-loading units it saw agree.
    const figures = run.result.perCode.find((c: { codeId: string }) => c.codeId === speed);
    expect(figures.recall).toBe(1);
    expect(figures.precision).toBe(1);
  }, 120_000);
});
