import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '@persona-lab/db';
import type { QueryRunner } from 'typeorm';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 6: on an anonymous survey an invitation keeps only its status, so no
// column joins an invited address to a response; non-anonymous surveys keep their links.

const questions = [{ id: 'q', type: 'SHORT_TEXT', title: 'Anything?' }];
const INVITE =
  'mutation($id: ID!, $e: [String!]!) { createInvitations(surveyId: $id, emails: $e) { email token } }';
const SUBMIT =
  'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }';

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
async function survey(anonymous: boolean) {
  const s = ok(
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      { i: { studyId: ctx.studyId, title: 'Invited', questions, anonymous } },
      ctx.owner.token,
    ),
  ).createSurvey;
  ok(
    await t.gql(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id: s.id },
      ctx.owner.token,
    ),
  );
  return s as { id: string; slug: string };
}
const submit = (slug: string, clientResponseId: string, invitationToken: string, complete = true) =>
  t.gql(SUBMIT, {
    i: {
      slug,
      clientResponseId,
      complete,
      invitationToken,
      answers: [{ questionId: 'q', value: `answer ${clientResponseId}` }],
    },
  });
/** Every way an invitation row could lead to a response: its response id, its response's invitation, a shared participant. */
const joined = (surveyId: string) =>
  t.db.query<{ email: string }>(
    `SELECT i.email FROM invitation i JOIN response r ON r.survey_id = i.survey_id
        AND (r.client_response_id = i.client_response_id OR r.invitation_id = i.id OR r.participant_id = i.participant_id)
      WHERE i.survey_id = $1`,
    [surveyId],
  );

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Anonymous invitations');
});
afterAll(async () => t?.close());

describe('invitations on anonymous surveys', () => {
  it('keep only their status: no column joins the address to the answers; a used link is still single-use', async () => {
    const s = await survey(true);
    const [a, b] = ok(
      await t.gql(INVITE, { id: s.id, e: ['a@example.com', 'b@example.com'] }, ctx.owner.token),
    ).createInvitations;
    const first = randomUUID();
    ok(await submit(s.slug, first, a.token, false));
    ok(await submit(s.slug, first, a.token));
    ok(await submit(s.slug, randomUUID(), b.token, false));
    const rows = await t.db.query<Record<string, unknown>>(
      'SELECT email, status, client_response_id, participant_id FROM invitation WHERE survey_id = $1 ORDER BY email',
      [s.id],
    );
    expect(rows).toEqual([
      {
        email: 'a@example.com',
        status: 'COMPLETED',
        client_response_id: null,
        participant_id: null,
      },
      { email: 'b@example.com', status: 'STARTED', client_response_id: null, participant_id: null },
    ]);
    expect(await joined(s.id)).toEqual([]);
    // A retry of the completed response is acknowledged; a second response with the used link is refused.
    expect(ok(await submit(s.slug, first, a.token)).submitResponse.complete).toBe(true);
    expect(errorOf(await submit(s.slug, randomUUID(), a.token)).code).toBe('CONFLICT');
    expect(await t.db.query('SELECT 1 FROM response WHERE survey_id = $1', [s.id])).toHaveLength(2);
  });

  it('keep their response link on non-anonymous surveys', async () => {
    const s = await survey(false);
    const [a] = ok(
      await t.gql(INVITE, { id: s.id, e: ['named@example.com'] }, ctx.owner.token),
    ).createInvitations;
    const id = randomUUID();
    ok(await submit(s.slug, id, a.token));
    const [row] = await t.db.query<Record<string, unknown>>(
      'SELECT status, client_response_id FROM invitation WHERE survey_id = $1',
      [s.id],
    );
    expect(row).toEqual({ status: 'COMPLETED', client_response_id: id });
    expect(await joined(s.id)).toEqual([{ email: 'named@example.com' }]);
    expect(errorOf(await submit(s.slug, randomUUID(), a.token)).code).toBe('CONFLICT');
  });

  it('are forgotten when a survey is made anonymous', async () => {
    const s = await survey(false);
    const [a] = ok(
      await t.gql(INVITE, { id: s.id, e: ['later@example.com'] }, ctx.owner.token),
    ).createInvitations;
    ok(await submit(s.slug, randomUUID(), a.token));
    expect(await joined(s.id)).toHaveLength(1);
    ok(
      await t.gql(
        'mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { anonymous } }',
        { id: s.id, i: { anonymous: true } },
        ctx.owner.token,
      ),
    );
    expect(await joined(s.id)).toEqual([]);
    const [row] = await t.db.query<Record<string, unknown>>(
      'SELECT status, client_response_id, participant_id FROM invitation WHERE survey_id = $1',
      [s.id],
    );
    expect(row).toEqual({ status: 'COMPLETED', client_response_id: null, participant_id: null });
  });

  it('the migration forgets the links that invitations of anonymous surveys kept, and only those', async () => {
    const anonymous = await survey(true);
    const named = await survey(false);
    const [anon] = ok(
      await t.gql(INVITE, { id: anonymous.id, e: ['old@example.com'] }, ctx.owner.token),
    ).createInvitations;
    const [kept] = ok(
      await t.gql(INVITE, { id: named.id, e: ['kept@example.com'] }, ctx.owner.token),
    ).createInvitations;
    const anonId = randomUUID();
    const keptId = randomUUID();
    ok(await submit(anonymous.slug, anonId, anon.token));
    ok(await submit(named.slug, keptId, kept.token));
    // What the old code stored on an anonymous survey (and a response that kept its invitation).
    const [participant] = await t.db.query<{ id: string }>(
      "INSERT INTO participant (study_id, label) VALUES ($1, 'P-old') RETURNING id",
      [ctx.studyId],
    );
    await t.db.query(
      'UPDATE invitation SET client_response_id = $2, participant_id = $3 WHERE token = $1',
      [anon.token, anonId, participant.id],
    );
    await t.db.query(
      'UPDATE response r SET invitation_id = i.id, participant_id = $2 FROM invitation i WHERE i.token = $1 AND r.survey_id = i.survey_id',
      [anon.token, participant.id],
    );
    expect(await joined(anonymous.id)).toHaveLength(1);

    const migration = migrations
      .map((M) => new M())
      .find((m) => m.name === 'AnonymousInvitations1764300009200')!;
    await migration.up({
      query: (sql: string, params?: unknown[]) => t.db.query(sql, params),
    } as unknown as QueryRunner);

    expect(await joined(anonymous.id)).toEqual([]);
    const [after] = await t.db.query<Record<string, unknown>>(
      'SELECT status, client_response_id, participant_id FROM invitation WHERE token = $1',
      [anon.token],
    );
    expect(after).toEqual({ status: 'COMPLETED', client_response_id: null, participant_id: null });
    expect(await joined(named.id)).toEqual([{ email: 'kept@example.com' }]);
  });
});
