import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 16 item 9: a suggestion queue that scales (one decision for a group, accept a code above a confidence).
const CREATE_CODE = 'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }';
const APPLY = 'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }';
const IMPORT =
  'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { segments { id } } }';
const ACCEPT_ABOVE =
  'mutation($s: ID!, $c: ID!, $m: Float!) { acceptSuggestions(studyId: $s, codeId: $c, minConfidence: $m) }';
const REVIEW_MANY =
  'mutation($ids: [ID!]!, $a: Boolean!) { reviewSuggestions(ids: $ids, accept: $a) }';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Sam>The dashboard is slow to load every morning and pricing is confusing.</v>
`;

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let segmentId: string;
let codeA: string;
let codeB: string;

/** A suggestion by the offline coder with this confidence (the queue's input), made like the authz fixture does. */
async function suggestion(codeId: string, start: number, confidence: number): Promise<string> {
  const id = (
    await t.gql(
      APPLY,
      { i: { codeId, source: { type: 'TRANSCRIPT_SEGMENT', segmentId }, start, end: start + 4 } },
      ctx.owner.token,
    )
  ).data!.applyCode.id;
  await t.db.query(
    `UPDATE highlight SET status = 'SUGGESTED', coder = 'offline-coder', confidence = $2 WHERE id = $1`,
    [id, confidence],
  );
  return id;
}
const statusOf = async (ids: string[]) =>
  (
    await t.db.query<{ id: string; status: string }>(
      `SELECT id, status FROM highlight WHERE id = ANY($1::uuid[])`,
      [ids],
    )
  ).reduce<Record<string, string>>((m, r) => ({ ...m, [r.id]: r.status }), {});

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Queue');
  segmentId = (
    await t.gql(
      IMPORT,
      {
        i: {
          studyId: ctx.studyId,
          title: 'Sam',
          format: 'VTT',
          content: VTT,
          participantLabel: 'P1',
        },
      },
      ctx.owner.token,
    )
  ).data!.importTranscript.segments[0].id;
  codeA = (
    await t.gql(
      CREATE_CODE,
      { i: { studyId: ctx.studyId, name: 'Slow', category: 'PAIN_POINT' } },
      ctx.owner.token,
    )
  ).data!.createCode.id;
  codeB = (
    await t.gql(
      CREATE_CODE,
      { i: { studyId: ctx.studyId, name: 'Pricing', category: 'PAIN_POINT' } },
      ctx.owner.token,
    )
  ).data!.createCode.id;
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('acceptSuggestions', () => {
  it('accepts only pending suggestions of that code at or above the confidence, and returns the count', async () => {
    const high = await suggestion(codeA, 0, 0.9);
    const edge = await suggestion(codeA, 5, 0.8);
    const low = await suggestion(codeA, 10, 0.79);
    const other = await suggestion(codeB, 0, 0.95);
    const rejected = await suggestion(codeA, 15, 0.99);
    await t.db.query(`UPDATE highlight SET status = 'REJECTED' WHERE id = $1`, [rejected]);
    const res = await t.gql(ACCEPT_ABOVE, { s: ctx.studyId, c: codeA, m: 0.8 }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptSuggestions).toBe(2);
    expect(await statusOf([high, edge, low, other, rejected])).toEqual({
      [high]: 'ACCEPTED',
      [edge]: 'ACCEPTED',
      [low]: 'SUGGESTED',
      [other]: 'SUGGESTED',
      [rejected]: 'REJECTED',
    });
    // Nothing left above the line: zero, not an error.
    expect(
      (await t.gql(ACCEPT_ABOVE, { s: ctx.studyId, c: codeA, m: 0.8 }, ctx.owner.token)).data!
        .acceptSuggestions,
    ).toBe(0);
  });

  it('refuses a confidence outside 0..1, a code of another study, and people who may not code', async () => {
    expect(
      errorOf(await t.gql(ACCEPT_ABOVE, { s: ctx.studyId, c: codeA, m: 1.5 }, ctx.owner.token))
        .code,
    ).toBe('BAD_USER_INPUT');
    const other = await createStudyFixture(t, 'Other');
    const foreignCode = (
      await t.gql(
        CREATE_CODE,
        { i: { studyId: other.studyId, name: 'Foreign', category: 'NEED' } },
        other.owner.token,
      )
    ).data!.createCode.id;
    expect(
      errorOf(await t.gql(ACCEPT_ABOVE, { s: ctx.studyId, c: foreignCode, m: 0 }, ctx.owner.token))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await t.gql(ACCEPT_ABOVE, { s: ctx.studyId, c: codeA, m: 0 }, other.owner.token))
        .code,
    ).toBe('NOT_FOUND');
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    const pending = await suggestion(codeB, 20, 0.5);
    expect(
      errorOf(await t.gql(ACCEPT_ABOVE, { s: ctx.studyId, c: codeB, m: 0 }, viewer.token)).code,
    ).toBe('FORBIDDEN');
    expect((await statusOf([pending]))[pending]).toBe('SUGGESTED');
  });
});

describe('reviewSuggestions', () => {
  it('applies one decision to a group, skipping ones already reviewed', async () => {
    const a = await suggestion(codeB, 25, 0.6);
    const b = await suggestion(codeB, 30, 0.6);
    const done = await suggestion(codeB, 35, 0.6);
    await t.db.query(`UPDATE highlight SET status = 'ACCEPTED' WHERE id = $1`, [done]);
    const res = await t.gql(REVIEW_MANY, { ids: [a, b, done], a: false }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviewSuggestions).toBe(2);
    expect(await statusOf([a, b, done])).toEqual({
      [a]: 'REJECTED',
      [b]: 'REJECTED',
      [done]: 'ACCEPTED',
    });
  });

  it('refuses ids of several studies or unknown ids, and viewers, changing nothing', async () => {
    const mine = await suggestion(codeB, 40, 0.6);
    const other = await createStudyFixture(t, 'Elsewhere');
    expect(
      errorOf(
        await t.gql(
          REVIEW_MANY,
          { ids: [mine, '00000000-0000-4000-8000-000000000000'], a: true },
          ctx.owner.token,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await t.gql(REVIEW_MANY, { ids: [mine, 'not-an-id'], a: true }, ctx.owner.token))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(await t.gql(REVIEW_MANY, { ids: [mine], a: true }, other.owner.token)).code,
    ).toBe('NOT_FOUND');
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    expect(errorOf(await t.gql(REVIEW_MANY, { ids: [mine], a: true }, viewer.token)).code).toBe(
      'FORBIDDEN',
    );
    expect((await statusOf([mine]))[mine]).toBe('SUGGESTED');
  });
});

describe('reopenSuggestions (undo of a review)', () => {
  it('puts accepted and rejected suggestions back to pending, never a person’s own highlight', async () => {
    const a = await suggestion(codeA, 45, 0.9);
    const b = await suggestion(codeA, 50, 0.9);
    const own = (
      await t.gql(
        APPLY,
        {
          i: { codeId: codeB, source: { type: 'TRANSCRIPT_SEGMENT', segmentId }, start: 1, end: 6 },
        },
        ctx.owner.token,
      )
    ).data!.applyCode.id;
    await t.gql(REVIEW_MANY, { ids: [a], a: true }, ctx.owner.token);
    await t.gql(REVIEW_MANY, { ids: [b], a: false }, ctx.owner.token);
    const REOPEN = 'mutation($ids: [ID!]!) { reopenSuggestions(ids: $ids) }';
    const res = await t.gql(REOPEN, { ids: [a, b, own] }, ctx.owner.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenSuggestions).toBe(2);
    expect(await statusOf([a, b, own])).toEqual({
      [a]: 'SUGGESTED',
      [b]: 'SUGGESTED',
      [own]: 'ACCEPTED',
    });
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    await t.gql(REVIEW_MANY, { ids: [a], a: true }, ctx.owner.token);
    expect(errorOf(await t.gql(REOPEN, { ids: [a] }, viewer.token)).code).toBe('FORBIDDEN');
    expect((await statusOf([a]))[a]).toBe('ACCEPTED');
  });
});
