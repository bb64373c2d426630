import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

const CREATE = `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug status version questions { id type required } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id version status hasUnpublishedChanges } }`;
const PUBLISH = `mutation($id: ID!) { publishSurvey(id: $id) { id status version } }`;
const CLOSE = `mutation($id: ID!) { closeSurvey(id: $id) { id status } }`;
const SUBMIT = `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }`;
const PUBLIC = `query($s: String!, $t: String) { publicSurvey(slug: $s, invitationToken: $t) { title version questions { id title options { id label } } } }`;

const questions = [
  { id: 'role', type: 'SINGLE_CHOICE', title: 'Your role?', required: true, personaField: 'DEMOGRAPHIC', options: [{ id: 'dev', label: 'Developer' }, { id: 'pm', label: 'Product manager' }] },
  { id: 'lang', type: 'MULTIPLE_CHOICE', title: 'Languages?', options: [{ id: 'r', label: 'R' }, { id: 'py', label: 'Python' }, { id: 'js', label: 'JavaScript' }] },
  { id: 'sat', type: 'RATING', title: 'Satisfaction', required: true, min: 1, max: 5 },
  { id: 'nps', type: 'NPS', title: 'Recommend?' },
  { id: 'why', type: 'LONG_TEXT', title: 'Why?', showIf: { questionId: 'sat', operator: 'LESS_THAN', value: 3 }, required: true },
  { id: 'mail', type: 'EMAIL', title: 'Email' },
];

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
const countRows = async (sql: string, params: unknown[] = []) => (await t.db.query<{ n: number }>(sql, params))[0].n;

async function openSurvey(extra: Record<string, unknown> = {}) {
  const created = await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Tools survey', questions, ...extra } }, ctx.owner.token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const s = created.data.createSurvey;
  const published = await t.gql(PUBLISH, { id: s.id }, ctx.owner.token);
  expect(published.errors).toBeUndefined();
  expect(published.data?.publishSurvey.status).toBe("OPEN");
  return s as { id: string; slug: string };
}

const submit = (slug: string, answers: Record<string, unknown>, opts: Record<string, unknown> = {}) =>
  t.gql(SUBMIT, {
    i: {
      slug,
      clientResponseId: (opts.clientResponseId as string) ?? randomUUID(),
      complete: opts.complete ?? true,
      answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
      ...(opts.invitationToken ? { invitationToken: opts.invitationToken } : {}),
      ...(opts.hiddenFields ? { hiddenFields: opts.hiddenFields } : {}),
    },
  });

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Surveys');
});
afterAll(async () => t?.close());

describe('building and publishing', () => {
  it('refuses an invalid definition with the question id and writes nothing', async () => {
    const before = await countRows('SELECT count(*)::int AS n FROM survey');
    const bad = [{ id: 'a', type: 'SINGLE_CHOICE', title: 'Pick', options: [{ id: 'x', label: 'X' }] }];
    const err = errorOf(await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Bad', questions: bad } }, ctx.owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.questionId).toBe('a');
    const logic = [
      { id: 'a', type: 'SHORT_TEXT', title: 'A', showIf: { questionId: 'b', operator: 'ANSWERED' } },
      { id: 'b', type: 'SHORT_TEXT', title: 'B' },
    ];
    expect(errorOf(await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Bad', questions: logic } }, ctx.owner.token)).code).toBe('BAD_USER_INPUT');
    expect(await countRows('SELECT count(*)::int AS n FROM survey')).toBe(before);
  });

  it('keeps drafts editable and bumps the version when an open survey is republished after a change', async () => {
    const s = (await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Versioned', questions } }, ctx.owner.token)).data!.createSurvey;
    expect(s.status).toBe('DRAFT');
    await t.gql(UPDATE, { id: s.id, i: { title: 'Versioned v1' } }, ctx.owner.token);
    expect((await t.gql(PUBLISH, { id: s.id }, ctx.owner.token)).data?.publishSurvey.version).toBe(1);
    const r1 = await submit(s.slug, { role: 'dev', sat: 4 });
    expect(r1.data?.submitResponse.complete).toBe(true);
    const changed = [...questions, { id: 'extra', type: 'SHORT_TEXT', title: 'Anything else?' }];
    const upd = await t.gql(UPDATE, { id: s.id, i: { questions: changed } }, ctx.owner.token);
    expect(upd.data?.updateSurvey).toMatchObject({ version: 1, hasUnpublishedChanges: true });
    // Respondents still get version 1 until the next publish.
    expect(errorOf(await submit(s.slug, { role: 'dev', sat: 4, extra: 'x' })).extensions.questionId).toBe('extra');
    expect((await t.gql(PUBLISH, { id: s.id }, ctx.owner.token)).data?.publishSurvey.version).toBe(2);
    expect((await t.gql(PUBLIC, { s: s.slug })).data?.publicSurvey.version).toBe(2);
    await submit(s.slug, { role: 'pm', sat: 5, extra: 'more' });
    const versions = await t.db.query<{ survey_version: number }>('SELECT survey_version FROM response WHERE survey_id = $1 ORDER BY submitted_at', [s.id]);
    expect(versions.map((v) => v.survey_version)).toEqual([1, 2]);
    // Publishing without changes keeps the version.
    expect((await t.gql(PUBLISH, { id: s.id }, ctx.owner.token)).data?.publishSurvey.version).toBe(2);
  });

  it('lets only OWNER and RESEARCHER build surveys; outsiders see nothing', async () => {
    const reviewer = await addMember(t, ctx.owner, ctx.workspaceId, 'REVIEWER');
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    const researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
    const input = { i: { studyId: ctx.studyId, title: 'Roles', questions } };
    expect(errorOf(await t.gql(CREATE, input, reviewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(CREATE, input, viewer.token)).code).toBe('FORBIDDEN');
    const s = (await t.gql(CREATE, input, researcher.token)).data!.createSurvey;
    expect(errorOf(await t.gql(PUBLISH, { id: s.id }, viewer.token)).code).toBe('FORBIDDEN');
    expect((await t.gql('query($id: ID!) { survey(id: $id) { id title } }', { id: s.id }, viewer.token)).data?.survey.title).toBe('Roles');
    const outsider = await t.signUp('Outsider');
    expect((await t.gql('query($id: ID!) { survey(id: $id) { id } }', { id: s.id }, outsider.token)).data?.survey).toBeNull();
    expect(errorOf(await t.gql(PUBLISH, { id: s.id }, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql('query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }', { id: s.id }, outsider.token)).code).toBe('NOT_FOUND');
  });
});

describe('publicSurvey', () => {
  it('gives respondents the questions and nothing else, without a token', async () => {
    const s = await openSurvey();
    const res = await t.gql(PUBLIC, { s: s.slug });
    expect(res.data?.publicSurvey.title).toBe('Tools survey');
    expect(res.data?.publicSurvey.questions.map((q: { id: string }) => q.id)).toEqual(questions.map((q) => q.id));
    expect((await t.gql(PUBLIC, { s: 'no-such-slug' })).data?.publicSurvey).toBeNull();
    const draft = (await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Draft', questions } }, ctx.owner.token)).data!.createSurvey;
    expect((await t.gql(PUBLIC, { s: draft.slug })).data?.publicSurvey).toBeNull();
    expect(errorOf(await t.gql('query($s: String!) { publicSurvey(slug: $s) { title } survey(id: "x") { id } }', { s: s.slug })).code).toBe('UNAUTHENTICATED');
  });
});

describe('submitResponse', () => {
  it('makes exactly one response from 20 concurrent submissions with one clientResponseId', async () => {
    const s = await openSurvey();
    const id = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => submit(s.slug, { role: 'dev', sat: 4 }, { clientResponseId: id })));
    const ids = new Set(results.map((r) => r.data?.submitResponse.responseId));
    expect(results.every((r) => r.data?.submitResponse.complete === true)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await countRows('SELECT count(*)::int AS n FROM response WHERE survey_id = $1 AND client_response_id = $2', [s.id, id])).toBe(1);
  });

  it('saves a partial response, resumes it, and only complete counts as complete', async () => {
    const s = await openSurvey();
    const id = randomUUID();
    const partial = await submit(s.slug, { role: 'dev' }, { clientResponseId: id, complete: false });
    expect(partial.data?.submitResponse).toMatchObject({ complete: false });
    const stored = await t.db.query<{ answers: object; complete: boolean }>('SELECT answers, complete FROM response WHERE survey_id = $1', [s.id]);
    expect(stored).toEqual([{ answers: { role: 'dev' }, complete: false }]);
    const resumed = await submit(s.slug, { role: 'pm', sat: 2, why: 'Too slow' }, { clientResponseId: id, complete: true });
    expect(resumed.data?.submitResponse.responseId).toBe(partial.data?.submitResponse.responseId);
    const after = await t.db.query<{ answers: object; complete: boolean }>('SELECT answers, complete FROM response WHERE survey_id = $1', [s.id]);
    expect(after).toEqual([{ answers: { role: 'pm', sat: 2, why: 'Too slow' }, complete: true }]);
    // A completed response never changes again: a later save is acknowledged without effect.
    await submit(s.slug, { role: 'dev', sat: 5 }, { clientResponseId: id, complete: true });
    expect((await t.db.query<{ answers: object }>('SELECT answers FROM response WHERE survey_id = $1', [s.id]))[0].answers).toEqual({ role: 'pm', sat: 2, why: 'Too slow' });
    const counts = await t.gql('query($id: ID!) { survey(id: $id) { responseCount completeCount } }', { id: s.id }, ctx.owner.token);
    expect(counts.data?.survey).toEqual({ responseCount: 1, completeCount: 1 });
  });

  it.each([
    ['a missing required answer', { role: 'dev' }, 'sat'],
    ['a required question made visible by logic', { role: 'dev', sat: 1 }, 'why'],
    ['an answer to a hidden question', { role: 'dev', sat: 5, why: 'hidden' }, 'why'],
    ['an unknown choice', { role: 'ceo', sat: 3 }, 'role'],
    ['a rating out of range', { role: 'dev', sat: 9 }, 'sat'],
    ['an unknown question', { role: 'dev', sat: 3, nope: 1 }, 'nope'],
    ['a malformed email', { role: 'dev', sat: 3, mail: 'not-mail' }, 'mail'],
    ['a wrong type', { role: 'dev', sat: '3' }, 'sat'],
  ])('refuses %s, names the question and stores nothing', async (_, answers, questionId) => {
    const s = await openSurvey();
    const err = errorOf(await submit(s.slug, answers));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.questionId).toBe(questionId);
    expect(await countRows('SELECT count(*)::int AS n FROM response WHERE survey_id = $1', [s.id])).toBe(0);
  });

  it('refuses drafts, closed surveys, past closing dates and full surveys', async () => {
    const draft = (await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'D', questions } }, ctx.owner.token)).data!.createSurvey;
    expect(errorOf(await submit(draft.slug, { role: 'dev', sat: 3 })).message).toMatch(/not been published/);

    const closed = await openSurvey();
    await t.gql(CLOSE, { id: closed.id }, ctx.owner.token);
    expect(errorOf(await submit(closed.slug, { role: 'dev', sat: 3 })).code).toBe('CONFLICT');

    const dated = await openSurvey();
    await t.gql(UPDATE, { id: dated.id, i: { closesAt: new Date(Date.now() - 1000).toISOString() } }, ctx.owner.token);
    expect(errorOf(await submit(dated.slug, { role: 'dev', sat: 3 })).message).toMatch(/closing date/);
    const status = await t.gql('query($id: ID!) { survey(id: $id) { status } }', { id: dated.id }, ctx.owner.token);
    expect(status.data?.survey.status).toBe('CLOSED');

    const limited = await openSurvey({ responseLimit: 2 });
    const tries = await Promise.all(Array.from({ length: 5 }, () => submit(limited.slug, { role: 'dev', sat: 3 })));
    expect(tries.filter((r) => r.data?.submitResponse).length).toBe(2);
    expect(tries.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(3);
    expect(await countRows('SELECT count(*)::int AS n FROM response WHERE survey_id = $1', [limited.id])).toBe(2);
    expect((await t.gql('query($id: ID!) { survey(id: $id) { status } }', { id: limited.id }, ctx.owner.token)).data?.survey.status).toBe('CLOSED');
  });

  it('makes invitations single-use and tracks their status', async () => {
    const s = await openSurvey();
    const inv = await t.gql('mutation($id: ID!, $e: [String!]!) { createInvitations(surveyId: $id, emails: $e) { email token status } }', { id: s.id, e: ['A@example.com', 'b@example.com', 'a@example.com'] }, ctx.owner.token);
    expect(inv.data?.createInvitations.map((i: { email: string }) => i.email)).toEqual(['a@example.com', 'b@example.com']);
    const token = inv.data!.createInvitations[0].token;
    const id = randomUUID();
    await submit(s.slug, { role: 'dev' }, { clientResponseId: id, complete: false, invitationToken: token });
    const list = async () => (await t.gql('query($id: ID!) { invitations(surveyId: $id) { email status } }', { id: s.id }, ctx.owner.token)).data?.invitations;
    expect((await list())[0]).toEqual({ email: 'a@example.com', status: 'STARTED' });
    await submit(s.slug, { role: 'dev', sat: 4 }, { clientResponseId: id, invitationToken: token });
    expect((await list())[0].status).toBe('COMPLETED');
    // The same retry is acknowledged; a second response with the used token is refused.
    expect((await submit(s.slug, { role: 'dev', sat: 4 }, { clientResponseId: id, invitationToken: token })).data?.submitResponse.complete).toBe(true);
    expect(errorOf(await submit(s.slug, { role: 'dev', sat: 4 }, { invitationToken: token })).code).toBe('CONFLICT');
    expect(errorOf(await t.gql(PUBLIC, { s: s.slug, t: token })).code).toBe('CONFLICT');
    expect(errorOf(await submit(s.slug, { role: 'dev', sat: 4 }, { invitationToken: 'forged' })).code).toBe('BAD_USER_INPUT');
    expect(await countRows('SELECT count(*)::int AS n FROM response WHERE survey_id = $1', [s.id])).toBe(1);
    const [row] = await t.db.query<{ invitation_id: string | null; ip: string | null }>('SELECT invitation_id, ip FROM response WHERE survey_id = $1', [s.id]);
    expect(row.invitation_id).not.toBeNull();
    expect(row.ip).not.toBeNull();
  });

  it('stores no IP, user agent or invitation link for anonymous surveys, and links participants by a signed hidden field', async () => {
    const s = await openSurvey({ anonymous: true });
    const [inv] = (await t.gql('mutation($id: ID!, $e: [String!]!) { createInvitations(surveyId: $id, emails: $e) { token } }', { id: s.id, e: ['anon@example.com'] }, ctx.owner.token)).data!.createInvitations;
    const link = (await t.gql('query($s: ID!, $l: String!) { participantLink(surveyId: $s, label: $l) { signature } }', { s: s.id, l: 'P7' }, ctx.owner.token)).data!.participantLink;
    await submit(s.slug, { role: 'dev', sat: 4 }, { invitationToken: inv.token, hiddenFields: { participant: 'P7', participant_sig: link.signature, source: 'newsletter' } });
    const [row] = await t.db.query<any>('SELECT ip, user_agent, invitation_id, hidden_fields, participant_id FROM response WHERE survey_id = $1', [s.id]);
    expect(row).toMatchObject({ ip: null, user_agent: null, invitation_id: null, hidden_fields: { participant: 'P7', source: 'newsletter' } });
    const [p] = await t.db.query<{ label: string }>('SELECT label FROM participant WHERE id = $1', [row.participant_id]);
    expect(p.label).toBe('P7');
    expect(errorOf(await submit(s.slug, { role: 'dev', sat: 4 }, { hiddenFields: { nested: { a: 1 } } })).code).toBe('BAD_USER_INPUT');
  });
});
