import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 12: a public form cannot attach answers to an interviewee or create
// participants by typing `participant=<label>` into the link; only a link signed by the server
// for that survey and label does. An unsigned or tampered `participant` is stored as an
// ordinary hidden field and links nobody; the signature itself is never stored.

const questions = [{ id: 'q', type: 'SHORT_TEXT', title: 'Anything?' }];
const LINK =
  'query($s: ID!, $l: String!) { participantLink(surveyId: $s, label: $l) { label signature path } }';
const SUBMIT = 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }';

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
async function survey(extra: Record<string, unknown> = {}) {
  const s = ok(
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      { i: { studyId: ctx.studyId, title: 'Linked', questions, ...extra } },
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
async function submit(
  slug: string,
  hiddenFields: Record<string, string>,
  invitationToken?: string,
) {
  const res = ok(
    await t.gql(SUBMIT, {
      i: {
        slug,
        clientResponseId: randomUUID(),
        complete: true,
        answers: [{ questionId: 'q', value: 'hi' }],
        hiddenFields,
        ...(invitationToken ? { invitationToken } : {}),
      },
    }),
  );
  const [row] = await t.db.query<{
    participant_id: string | null;
    hidden_fields: Record<string, string> | null;
  }>('SELECT participant_id, hidden_fields FROM response WHERE id = $1', [
    res.submitResponse.responseId,
  ]);
  return row;
}
const participants = async (label: string) =>
  t.db.query<{ id: string }>('SELECT id FROM participant WHERE study_id = $1 AND label = $2', [
    ctx.studyId,
    label,
  ]);

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'Participant links');
});
afterAll(async () => t?.close());

describe('participant links', () => {
  it('an unsigned participant on a public form is an ordinary hidden field: no participant is created or linked', async () => {
    const s = await survey();
    // Twice: the first submission of a survey takes the full path, later ones the group-commit path.
    for (let i = 0; i < 2; i++) {
      const row = await submit(s.slug, { participant: 'Interviewee A', source: 'newsletter' });
      expect(row).toEqual({
        participant_id: null,
        hidden_fields: { participant: 'Interviewee A', source: 'newsletter' },
      });
    }
    expect(await participants('Interviewee A')).toEqual([]);
  });

  it('a tampered or foreign signature links nobody and is not stored', async () => {
    const s = await survey();
    const other = await survey();
    const forP7 = ok(await t.gql(LINK, { s: s.id, l: 'P7' }, ctx.owner.token)).participantLink;
    const otherSurvey = ok(
      await t.gql(LINK, { s: other.id, l: 'P8' }, ctx.owner.token),
    ).participantLink;
    const tampered = [
      { participant: 'P8', participant_sig: forP7.signature }, // another label
      { participant: 'P8', participant_sig: otherSurvey.signature }, // another survey
      { participant: 'P8', participant_sig: `${forP7.signature.slice(0, -1)}A` },
      { participant: 'P8', participant_sig: '' },
    ];
    for (const fields of tampered) {
      expect(await submit(s.slug, fields)).toEqual({
        participant_id: null,
        hidden_fields: { participant: 'P8' },
      });
    }
    expect(await participants('P8')).toEqual([]);
  });

  it("a researcher's signed link links the participant, on open and invitation submissions", async () => {
    const s = await survey();
    const link = ok(
      await t.gql(LINK, { s: s.id, l: '  Interviewee B ' }, ctx.owner.token),
    ).participantLink;
    expect(link.label).toBe('Interviewee B');
    expect(link.path).toBe(
      `/s/${s.slug}?participant=Interviewee+B&participant_sig=${link.signature}`,
    );
    const query = new URL(link.path, 'http://x').searchParams;
    const row = await submit(s.slug, Object.fromEntries(query));
    const [p] = await participants('Interviewee B');
    expect(row).toEqual({ participant_id: p.id, hidden_fields: { participant: 'Interviewee B' } });

    const [inv] = ok(
      await t.gql(
        'mutation($id: ID!, $e: [String!]!) { createInvitations(surveyId: $id, emails: $e) { token } }',
        { id: s.id, e: ['b@example.com'] },
        ctx.owner.token,
      ),
    ).createInvitations;
    expect((await submit(s.slug, Object.fromEntries(query), inv.token)).participant_id).toBe(p.id);
    expect(await participants('Interviewee B')).toHaveLength(1);
  });

  it('only researchers of the study get a signed link', async () => {
    const s = await survey();
    const reviewer = await addMember(t, ctx.owner, ctx.workspaceId, 'REVIEWER');
    const researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
    expect(
      ok(await t.gql(LINK, { s: s.id, l: 'P1' }, researcher.token)).participantLink.signature,
    ).toMatch(/^[\w-]{22}$/);
    expect(errorOf(await t.gql(LINK, { s: s.id, l: 'P1' }, reviewer.token)).code).toBe('FORBIDDEN');
    expect(
      errorOf(await t.gql(LINK, { s: s.id, l: 'P1' }, (await t.signUp('Outsider')).token)).code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(LINK, { s: s.id, l: 'P1' })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(LINK, { s: s.id, l: '   ' }, ctx.owner.token)).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
