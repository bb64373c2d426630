// The group-commit path of submitResponse: once a survey has been seen open, plain submissions
// arriving together share one INSERT. These tests check it keeps every promise of the full path:
// one row per clientResponseId, acknowledgements only after commit, state re-checked in the
// statement (closing and republishing take effect at once), anonymity, partial saves.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

const CREATE = `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { version } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { status } }`;
const SUBMIT = `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }`;

const questions = [
  { id: 'role', type: 'SINGLE_CHOICE', title: 'Role?', required: true, options: [{ id: 'dev', label: 'Dev' }, { id: 'pm', label: 'PM' }] },
  { id: 'sat', type: 'RATING', title: 'Satisfaction', required: true, min: 1, max: 5 },
  { id: 'note', type: 'SHORT_TEXT', title: 'Anything else?' },
];

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

async function openSurvey(extra: Record<string, unknown> = {}) {
  const s = (await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Group commit', questions, ...extra } }, ctx.owner.token)).data!.createSurvey;
  expect((await t.gql(PUBLISH, { id: s.id }, ctx.owner.token)).data?.publishSurvey.version).toBe(1);
  return s as { id: string; slug: string };
}

const submit = (slug: string, answers: Record<string, unknown>, opts: { id?: string; complete?: boolean } = {}) =>
  t.gql(SUBMIT, {
    i: {
      slug,
      clientResponseId: opts.id ?? randomUUID(),
      complete: opts.complete ?? true,
      answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
    },
  });

/** The first submission goes the full path and lets the server remember the survey is open. */
async function warm(slug: string) {
  expect((await submit(slug, { role: 'dev', sat: 3 })).data?.submitResponse.complete).toBe(true);
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Group commit');
});
afterAll(async () => t?.close());

describe('submitResponse, group-committed', () => {
  it('stores 150 concurrent submissions once each, with their own answers and ids', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    const ids = Array.from({ length: 150 }, (_, i) => `gc-${i.toString().padStart(4, '0')}-${randomUUID()}`);
    const results = await Promise.all(ids.map((id, i) => submit(s.slug, { role: i % 2 ? 'pm' : 'dev', sat: (i % 5) + 1, note: `n${i}` }, { id })));
    expect(results.every((r) => r.errors === undefined && r.data?.submitResponse.complete === true)).toBe(true);
    const rows = await t.db.query<{ id: string; client_response_id: string; answers: Record<string, unknown> }>(
      'SELECT id, client_response_id, answers FROM response WHERE survey_id = $1 AND client_response_id LIKE $2',
      [s.id, 'gc-%'],
    );
    expect(rows).toHaveLength(150);
    const byClient = new Map(rows.map((r) => [r.client_response_id, r]));
    ids.forEach((id, i) => {
      const row = byClient.get(id)!;
      expect(row.id).toBe(results[i].data!.submitResponse.responseId);
      expect(row.answers).toEqual({ role: i % 2 ? 'pm' : 'dev', sat: (i % 5) + 1, note: `n${i}` });
    });
    // More than one submission shared a statement: fewer distinct submitted_at (transaction times) than rows.
    const [{ n }] = await t.db.query<{ n: number }>(
      "SELECT count(DISTINCT submitted_at)::int AS n FROM response WHERE survey_id = $1 AND client_response_id LIKE 'gc-%'",
      [s.id],
    );
    expect(n).toBeLessThan(150);
  });

  it('makes one response from 20 concurrent copies of one clientResponseId on a warm survey', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    const id = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(s.slug, { role: 'dev', sat: 4 }, { id })));
    expect(new Set(results.map((r) => r.data?.submitResponse.responseId)).size).toBe(1);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE survey_id = $1 AND client_response_id = $2', [s.id, id]);
    expect(n).toBe(1);
  });

  it('refuses submissions as soon as a remembered survey is closed, and stores nothing', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    expect((await t.gql(CLOSE, { id: s.id }, ctx.owner.token)).data?.closeSurvey.status).toBe('CLOSED');
    const id = randomUUID();
    const err = errorOf(await submit(s.slug, { role: 'dev', sat: 4 }, { id }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/closed/);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE client_response_id = $1', [id]);
    expect(n).toBe(0);
  });

  it('refuses a remembered survey once its closing date has passed, even while it still reads OPEN', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    await t.db.query("UPDATE survey SET closes_at = now() - interval '1 second' WHERE id = $1", [s.id]);
    expect(errorOf(await submit(s.slug, { role: 'dev', sat: 4 })).message).toMatch(/closing date/);
  });

  it('answers against the new version right after a republish', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    const changed = [...questions, { id: 'extra', type: 'SHORT_TEXT', title: 'New question', required: true }];
    await t.gql(UPDATE, { id: s.id, i: { questions: changed } }, ctx.owner.token);
    expect((await t.gql(PUBLISH, { id: s.id }, ctx.owner.token)).data?.publishSurvey.version).toBe(2);
    // Valid for version 1, but version 2 requires "extra": refused, naming it.
    expect(errorOf(await submit(s.slug, { role: 'dev', sat: 4 })).extensions.questionId).toBe('extra');
    const id = randomUUID();
    expect((await submit(s.slug, { role: 'dev', sat: 4, extra: 'yes' }, { id })).data?.submitResponse.complete).toBe(true);
    const [row] = await t.db.query<{ survey_version: number }>('SELECT survey_version FROM response WHERE client_response_id = $1', [id]);
    expect(row.survey_version).toBe(2);
  });

  it('resumes a partial save, then keeps the completed response unchanged on a late partial retry', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    const id = randomUUID();
    const partial = await submit(s.slug, { role: 'dev' }, { id, complete: false });
    expect(partial.data?.submitResponse.complete).toBe(false);
    const done = await submit(s.slug, { role: 'pm', sat: 2 }, { id });
    expect(done.data?.submitResponse).toEqual({ responseId: partial.data!.submitResponse.responseId, complete: true });
    const late = await submit(s.slug, { role: 'dev' }, { id, complete: false });
    expect(late.data?.submitResponse).toEqual({ responseId: partial.data!.submitResponse.responseId, complete: true });
    const [row] = await t.db.query<{ answers: unknown; complete: boolean }>('SELECT answers, complete FROM response WHERE client_response_id = $1', [id]);
    expect(row).toEqual({ answers: { role: 'pm', sat: 2 }, complete: true });
  });

  it('stores no IP or user agent for an anonymous survey on this path either', async () => {
    const s = await openSurvey({ anonymous: true });
    await warm(s.slug);
    await Promise.all(Array.from({ length: 10 }, () => submit(s.slug, { role: 'dev', sat: 4 })));
    const [{ n }] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM response WHERE survey_id = $1 AND (ip IS NOT NULL OR user_agent IS NOT NULL)',
      [s.id],
    );
    expect(n).toBe(0);
    const [{ total }] = await t.db.query<{ total: number }>('SELECT count(*)::int AS total FROM response WHERE survey_id = $1', [s.id]);
    expect(total).toBe(11);
  });

  it('still refuses an invalid answer with its question id and stores nothing', async () => {
    const s = await openSurvey();
    await warm(s.slug);
    const id = randomUUID();
    const err = errorOf(await submit(s.slug, { role: 'dev', sat: 9 }, { id }));
    expect([err.code, err.extensions.questionId]).toEqual(['BAD_USER_INPUT', 'sat']);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE client_response_id = $1', [id]);
    expect(n).toBe(0);
  });
});
