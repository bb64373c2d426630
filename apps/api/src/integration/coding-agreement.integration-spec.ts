import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

const CREATE_CODE = 'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }';
const APPLY = 'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }';
const IMPORT =
  'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id text } } }';
const AGREEMENT =
  'query($s: ID!, $a: String!, $b: String!) { codingAgreement(studyId: $s, coderA: $a, coderB: $b) { coderA coderB units sharedUnits minSharedUnits enough observed cohensKappa perCode { codeName units observed cohensKappa } } }';

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Agreement');
}, 60_000);
afterAll(async () => {
  await t?.close();
});

/** A new study with one interview of `n` participant turns, two codes and a second coder. */
async function setup(name: string, n: number) {
  const studyId = (
    await t.gql(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
      { i: { workspaceId: ctx.workspaceId, name } },
      ctx.owner.token,
    )
  ).data!.createStudy.id;
  const content = Array.from(
    { length: n },
    (_, i) => `Bo: Turn number ${i + 1} about the product.`,
  ).join('\n\n');
  const segs: { id: string; text: string }[] = (
    await t.gql(IMPORT, { i: { studyId, title: name, format: 'PLAIN', content } }, ctx.owner.token)
  ).data!.importTranscript.segments;
  expect(segs).toHaveLength(n);
  const speed = (
    await t.gql(
      CREATE_CODE,
      { i: { studyId, name: 'Speed', category: 'PAIN_POINT' } },
      ctx.owner.token,
    )
  ).data!.createCode.id;
  const price = (
    await t.gql(
      CREATE_CODE,
      { i: { studyId, name: 'Price', category: 'PAIN_POINT' } },
      ctx.owner.token,
    )
  ).data!.createCode.id;
  const researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
  const code = async (token: string, codeId: string, turn: number) => {
    const seg = segs[turn - 1];
    const res = await t.gql(
      APPLY,
      {
        i: {
          codeId,
          source: { type: 'TRANSCRIPT_SEGMENT', segmentId: seg.id },
          start: 0,
          end: seg.text.length,
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
  };
  return { studyId, speed, price, researcher, code };
}

describe('coding agreement', () => {
  it('compares only the text units both coders judged, and reports how many', async () => {
    const { studyId, speed, price, researcher, code } = await setup('Shared units', 14);
    // The owner codes turns 1–12, the researcher turns 3–14: turns 3–12 (10 units) are shared.
    for (const turn of [1, 2, 3, 4, 5, 6, 7]) await code(ctx.owner.token, speed, turn);
    for (const turn of [8, 9, 10, 11, 12]) await code(ctx.owner.token, price, turn);
    for (const turn of [3, 4, 5, 6, 7, 12]) await code(researcher.token, speed, turn);
    for (const turn of [8, 9, 10, 11, 13, 14]) await code(researcher.token, price, turn);
    const res = (
      await t.gql(AGREEMENT, { s: studyId, a: ctx.owner.id, b: researcher.id }, ctx.owner.token)
    ).data!.codingAgreement;
    // 10 shared units × 2 codes = 20 decisions; they disagree only on turn 12 (2 decisions) → po = 0.9;
    // pA = pB = 0.5 → pe = 0.5 → kappa = 0.8. Turns 1, 2 (owner only) and 13, 14 (researcher only) do not count.
    expect(res).toMatchObject({
      sharedUnits: 10,
      minSharedUnits: 10,
      enough: true,
      units: 20,
      observed: 0.9,
    });
    expect(res.cohensKappa).toBeCloseTo(0.8, 10);
    const perCode = Object.fromEntries(
      res.perCode.map((c: { codeName: string }) => [c.codeName, c]),
    );
    // Speed: A yes on 5, B yes on 6 of 10 → po 0.9, pe 0.5 → 0.8; Price: A 5, B 4 → 0.8.
    expect(perCode.Speed).toMatchObject({ units: 10, observed: 0.9 });
    expect(perCode.Speed.cohensKappa).toBeCloseTo(0.8, 10);
    expect(perCode.Price.cohensKappa).toBeCloseTo(0.8, 10);
  });

  it('says there are too few shared units when the coders barely overlap', async () => {
    const { studyId, speed, price, researcher, code } = await setup('Too few', 6);
    // The second coder codes only passages the first left alone, except one: like a model that codes uncoded text.
    for (const turn of [1, 2, 3]) await code(ctx.owner.token, speed, turn);
    await code(researcher.token, speed, 3);
    for (const turn of [4, 5, 6]) await code(researcher.token, price, turn);
    const res = (
      await t.gql(AGREEMENT, { s: studyId, a: ctx.owner.id, b: researcher.id }, ctx.owner.token)
    ).data!.codingAgreement;
    expect(res).toMatchObject({ sharedUnits: 1, minSharedUnits: 10, enough: false, units: 2 });
  });
});
