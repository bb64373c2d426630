import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { seedPersonaRow } from '../../test/support/persona-seed';
import { seedStudyViaApi } from '../../test/support/seed-study';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 15, review workflow: four eyes on every path (started the run, edited, submitted) and for
// every decision; the changes-requested state; reviewers named at submit (and removed while
// assigned); the review queue; typed trait marks; the review history; notifications in the
// event's transaction.

const START = 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }';
const RUN = 'query($id: ID!) { synthesisRun(id: $id) { status error } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) { latestVersion reviewState } }';
const SUBMIT =
  'mutation($id: ID!, $r: [ID!]) { submitPersonaForReview(id: $id, reviewerIds: $r) { status reviewState reviewers { id } } }';
const REVIEW =
  'mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { status latestStatus reviewState } }';
const COMMENT =
  'mutation($p: ID!, $b: String!, $t: Int) { commentOnPersona(personaId: $p, body: $b, traitIndex: $t) { id } }';
const SELF_APPROVAL =
  'mutation($w: ID!, $a: Boolean!) { setWorkspaceSelfApproval(workspaceId: $w, allow: $a) { allowSelfApproval } }';
const SET_ROLE =
  'mutation($w: ID!, $u: ID!, $r: Role!) { setMemberRole(workspaceId: $w, userId: $u, role: $r) { role } }';
const QUEUE = '{ reviewQueue { id status reviewState } }';
const PERSONA = `query($id: ID!) { persona(id: $id) {
  status latestStatus reviewState reviewers { id }
  reviews { decision personaVersion traitChecks traitMarks { traitIndex ok note } }
  reviewHistory { kind actor { id } version reviewers { id } body traitIndex origin fields traitMarks { traitIndex ok note } }
} }`;

type Member = { token: string; id: string; email: string };
let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let owner: Member, secondOwner: Member, researcher: Member, reviewer: Member, reviewer2: Member;
let viewer: Member;
let segment: { id: string; text: string };

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

/** Signs up `name` and makes them a member with `role` (invited by the owner, accepted). */
async function member(name: string, role: string): Promise<Member> {
  const m = await t.signUp(name);
  const invited = ok(
    await t.gql(
      'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { user { id } } }',
      { w: ctx.workspaceId, e: m.email, r: role },
      owner.token,
    ),
  );
  ok(
    await t.gql(
      'mutation($id: ID!) { acceptInvitation(id: $id) { id } }',
      { id: invited.addMember.user.id },
      m.token,
    ),
  );
  return m;
}

let personaCount = 0;
/** A fresh synthesized DRAFT nobody is an author of (a run nobody started), with one trait. */
async function freshPersona(): Promise<string> {
  const [{ id: runId }] = await t.db.query<{ id: string }>(
    `INSERT INTO synthesis_run (study_id, status, provider, progress, started_at, finished_at) VALUES ($1, 'SUCCEEDED', 'offline', 1, now(), now()) RETURNING id`,
    [ctx.studyId],
  );
  return seedPersonaRow(t.db, {
    studyId: ctx.studyId,
    runId,
    segment,
    phrase: segment.text.slice(0, 10),
    name: `Persona ${++personaCount}`,
  });
}

const decide = (personaId: string, decision: string, token: string, extra = {}) =>
  t.gql(
    REVIEW,
    {
      i: {
        personaId,
        decision,
        comment: decision === 'APPROVE' ? null : 'Please look again.',
        ...extra,
      },
    },
    token,
  );
const persona = async (id: string, token = owner.token) =>
  ok(await t.gql(PERSONA, { id }, token)).persona;
const queue = async (token: string): Promise<string[]> =>
  ok(await t.gql(QUEUE, {}, token)).reviewQueue.map((p: { id: string }) => p.id);
const notifications = (personaOrRun: string) =>
  t.db.query<{
    user_id: string;
    kind: string;
    title: string;
    link: string;
    actor_id: string | null;
  }>(
    'SELECT user_id, kind, title, link, actor_id FROM notification WHERE subject_id = $1 ORDER BY created_at, user_id',
    [personaOrRun],
  );

/** An author's approval is refused with FORBIDDEN, and nothing is written. */
async function expectAuthorRefused(id: string, who: Member) {
  const error = errorOf(await decide(id, 'APPROVE', who.token));
  expect(error.code).toBe('FORBIDDEN');
  expect(error.message).toBe(
    'You wrote, synthesized or submitted this version, so someone else must approve it.',
  );
  expect((await persona(id)).latestStatus).toBe('IN_REVIEW');
  expect(await t.db.query('SELECT 1 FROM review WHERE persona_id = $1', [id])).toEqual([]);
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'Review');
  owner = { ...ctx.owner, email: ctx.owner.email };
  secondOwner = await member('Second Owner', 'OWNER');
  researcher = await member('Rita Researcher', 'RESEARCHER');
  reviewer = await member('Vera Reviewer', 'REVIEWER');
  reviewer2 = await member('Bruno Reviewer', 'REVIEWER');
  viewer = await member('Walt Viewer', 'VIEWER');
  await seedStudyViaApi(t, researcher.token, ctx.studyId, { responses: 60, transcripts: 3 });
  [segment] = await t.db.query<{ id: string; text: string }>(
    `SELECT s.id, s.text FROM transcript_segment s JOIN interview i ON i.id = s.interview_id
      WHERE i.study_id = $1 AND NOT s.is_interviewer ORDER BY s.text LIMIT 1`,
    [ctx.studyId],
  );
}, 180_000);
afterAll(async () => t?.close());

describe('four eyes on every path', () => {
  it('whoever STARTED the synthesis run cannot approve, request changes to or reject what it wrote; the starter is told the run finished', async () => {
    const runId = ok(
      await t.gql(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, owner.token),
    ).startSynthesis.id;
    for (let i = 0; i < 240; i++) {
      const run = ok(await t.gql(RUN, { id: runId }, owner.token)).synthesisRun;
      if (run.status === 'SUCCEEDED') break;
      if (['FAILED', 'CANCELLED'].includes(run.status)) throw new Error(run.error);
      await new Promise((r) => setTimeout(r, 250));
    }
    // SYNTHESIS_FINISHED to who started it, written with the run's personas.
    const finished = await notifications(runId);
    expect(finished).toEqual([
      expect.objectContaining({
        user_id: owner.id,
        kind: 'SYNTHESIS_FINISHED',
        actor_id: null,
        link: `/studies/${ctx.studyId}/personas`,
      }),
    ]);
    expect(finished[0].title).toMatch(/^Synthesis finished for “Review”: \d+ new personas?/);

    const [{ id }] = await t.db.query<{ id: string }>(
      `SELECT p.id FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE v.synthesis_run_id = $1 ORDER BY p.created_at, p.id LIMIT 1`,
      [runId],
    );
    ok(await t.gql(SUBMIT, { id }, researcher.token));
    await expectAuthorRefused(id, owner);
    expect(ok(await decide(id, 'APPROVE', secondOwner.token)).reviewPersona.status).toBe(
      'APPROVED',
    );
  }, 120_000);

  it('a run that fails tells whoever started it, with the reason, in the transaction that marks it FAILED', async () => {
    const study = ok(
      await t.gql(
        'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
        { i: { workspaceId: ctx.workspaceId, name: 'Empty study' } },
        researcher.token,
      ),
    ).createStudy.id;
    const runId = ok(
      await t.gql(START, { i: { studyId: study, provider: 'offline' } }, researcher.token),
    ).startSynthesis.id;
    let run: { status: string; error: string | null } = { status: 'QUEUED', error: null };
    for (let i = 0; i < 240 && ['QUEUED', 'RUNNING'].includes(run.status); i++) {
      await new Promise((r) => setTimeout(r, 250));
      run = ok(await t.gql(RUN, { id: runId }, researcher.token)).synthesisRun;
    }
    expect(run.status).toBe('FAILED');
    expect(await notifications(runId)).toEqual([
      {
        user_id: researcher.id,
        kind: 'SYNTHESIS_FINISHED',
        actor_id: null,
        title: `Synthesis failed for “Empty study”: ${run.error}`,
        link: `/studies/${study}/personas`,
      },
    ]);
  }, 120_000);

  it('whoever EDITED a version cannot decide on it', async () => {
    const id = await freshPersona();
    ok(await t.gql(UPDATE, { id, i: { tagline: 'The owner wrote this' } }, owner.token));
    ok(await t.gql(SUBMIT, { id }, researcher.token));
    await expectAuthorRefused(id, owner);
    expect(ok(await decide(id, 'REJECT', reviewer.token)).reviewPersona.status).toBe('REJECTED');
  });

  it('whoever SUBMITTED a version cannot decide on it', async () => {
    const id = await freshPersona();
    ok(await t.gql(SUBMIT, { id }, owner.token));
    await expectAuthorRefused(id, owner);
    expect(ok(await decide(id, 'REQUEST_CHANGES', reviewer.token)).reviewPersona.latestStatus).toBe(
      'DRAFT',
    );
  });

  it('an OWNER author may decide when the workspace allows self-approval; a member who edited as RESEARCHER and now reviews is still refused', async () => {
    const id = await freshPersona();
    const other = await freshPersona();
    ok(await t.gql(UPDATE, { id: other, i: { tagline: 'Rita wrote this' } }, researcher.token));
    ok(await t.gql(SUBMIT, { id }, owner.token));
    ok(await t.gql(SUBMIT, { id: other }, researcher.token));
    ok(await t.gql(SELF_APPROVAL, { w: ctx.workspaceId, a: true }, owner.token));
    try {
      // A RESEARCHER never reviews, self-approval or not.
      expect(errorOf(await decide(other, 'APPROVE', researcher.token)).code).toBe('FORBIDDEN');
      ok(
        await t.gql(SET_ROLE, { w: ctx.workspaceId, u: researcher.id, r: 'REVIEWER' }, owner.token),
      );
      // Now a REVIEWER, still an author of the version they edited: self-approval is for OWNERs only.
      expect(errorOf(await decide(other, 'APPROVE', researcher.token))).toMatchObject({
        code: 'FORBIDDEN',
        message:
          'You wrote, synthesized or submitted this version, so someone else must approve it.',
      });
      expect(ok(await decide(id, 'APPROVE', owner.token)).reviewPersona.status).toBe('APPROVED');
    } finally {
      ok(
        await t.gql(
          SET_ROLE,
          { w: ctx.workspaceId, u: researcher.id, r: 'RESEARCHER' },
          owner.token,
        ),
      );
      ok(await t.gql(SELF_APPROVAL, { w: ctx.workspaceId, a: false }, owner.token));
    }
  });
});

describe('changes requested, trait marks and the history', () => {
  it('REQUEST_CHANGES leaves status DRAFT but shows CHANGES_REQUESTED through edits until the next submit; marks are typed and shown; the history reads as a conversation', async () => {
    const id = await freshPersona();
    expect((await persona(id)).reviewState).toBe('NOT_SUBMITTED');
    const submitted = ok(await t.gql(SUBMIT, { id, r: [reviewer.id] }, researcher.token));
    expect(submitted.submitPersonaForReview).toEqual({
      status: 'IN_REVIEW',
      reviewState: 'IN_REVIEW',
      reviewers: [{ id: reviewer.id }],
    });
    ok(await t.gql(COMMENT, { p: id, b: 'Is the first trait backed?', t: 0 }, reviewer.token));

    // A mark on a trait the version does not have is refused, and nothing is written.
    const outOfRange = errorOf(
      await decide(id, 'REQUEST_CHANGES', reviewer.token, {
        traitMarks: [{ traitIndex: 3, ok: false, note: 'x' }],
      }),
    );
    expect(outOfRange).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Trait 3 does not exist: version 1 has 1 trait (0 to 0).',
    });
    expect(outOfRange.extensions.field).toBe('traitMarks');
    expect(
      errorOf(
        await decide(id, 'REQUEST_CHANGES', reviewer.token, { traitChecks: { 1: 'unsupported' } }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      errorOf(
        await decide(id, 'REQUEST_CHANGES', reviewer.token, {
          traitChecks: [{ traitIndex: 0, ok: 'maybe' }],
        }),
      ).code,
    ).toBe('BAD_USER_INPUT');
    expect((await persona(id)).latestStatus).toBe('IN_REVIEW');
    expect(await t.db.query('SELECT 1 FROM review WHERE persona_id = $1', [id])).toEqual([]);

    const sentBack = ok(
      await decide(id, 'REQUEST_CHANGES', reviewer.token, {
        traitMarks: [{ traitIndex: 0, ok: false, note: '  The quote says nothing about CSV.  ' }],
      }),
    ).reviewPersona;
    expect(sentBack).toEqual({
      status: 'DRAFT',
      latestStatus: 'DRAFT',
      reviewState: 'CHANGES_REQUESTED',
    });
    const edited = ok(
      await t.gql(
        UPDATE,
        { id, i: { summary: 'Exports data each morning, by hand.' } },
        researcher.token,
      ),
    ).updatePersona;
    expect(edited).toEqual({ latestVersion: 2, reviewState: 'CHANGES_REQUESTED' });
    expect(
      ok(await t.gql(SUBMIT, { id }, researcher.token)).submitPersonaForReview.reviewState,
    ).toBe('IN_REVIEW');
    // The web client's shape of trait checks is read too.
    ok(await decide(id, 'APPROVE', reviewer2.token, { traitChecks: { 0: 'supported' } }));

    const p = await persona(id, researcher.token);
    expect(p.reviewState).toBe('APPROVED');
    expect(p.reviews.map((r: any) => [r.decision, r.personaVersion, r.traitMarks])).toEqual([
      [
        'REQUEST_CHANGES',
        1,
        [{ traitIndex: 0, ok: false, note: 'The quote says nothing about CSV.' }],
      ],
      ['APPROVE', 2, [{ traitIndex: 0, ok: true, note: null }]],
    ]);
    expect(p.reviews[1].traitChecks).toEqual({ 0: 'supported' });
    expect(p.reviewHistory.map((e: any) => [e.kind, e.actor?.id ?? null, e.version])).toEqual([
      // (The seeded version 1 has no audit event of its own; a run's versions show as NEW_VERSION.)
      ['SUBMITTED', researcher.id, 1],
      ['COMMENTED', reviewer.id, 1],
      ['CHANGES_REQUESTED', reviewer.id, 1],
      ['NEW_VERSION', researcher.id, 2],
      ['SUBMITTED', researcher.id, 2],
      ['APPROVED', reviewer2.id, 2],
    ]);
    const [submit, comment, changes, newVersion] = p.reviewHistory;
    expect(submit.reviewers).toEqual([{ id: reviewer.id }]);
    expect(comment).toMatchObject({ body: 'Is the first trait backed?', traitIndex: 0 });
    expect(changes).toMatchObject({
      body: 'Please look again.',
      traitMarks: [{ traitIndex: 0, ok: false, note: 'The quote says nothing about CSV.' }],
    });
    expect(newVersion).toMatchObject({ origin: 'EDIT', fields: ['summary'] });
  });
});

describe('reviewers named at submit, the queue and notifications', () => {
  it('refuses reviewers who are not members, cannot review or are authors, naming them, and writes nothing', async () => {
    const id = await freshPersona();
    const stranger = await t.signUp('Stranger');
    const cases: [string[], RegExp][] = [
      [[stranger.id], new RegExp(`^${stranger.id} is not a member of this workspace`)],
      [
        [viewer.id, researcher.id],
        /^Walt Viewer \(VIEWER\) and Rita Researcher \(RESEARCHER\) cannot review personas/,
      ],
      // The submitter becomes an author: they cannot name themselves.
      [[owner.id], /^Owner wrote, synthesized or submitted this version, so they cannot review it/],
    ];
    for (const [ids, message] of cases) {
      const error = errorOf(await t.gql(SUBMIT, { id, r: ids }, owner.token));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.field).toBe('reviewerIds');
      expect(error.message).toMatch(message);
    }
    expect((await persona(id)).reviewState).toBe('NOT_SUBMITTED');
    expect(await notifications(id)).toEqual([]);
    expect(
      await t.db.query(`SELECT 1 FROM audit_event WHERE persona_id = $1 AND action = 'SUBMIT'`, [
        id,
      ]),
    ).toEqual([]);
  });

  it('only a named reviewer decides and sees it in their queue; when they are removed, anyone with the right may', async () => {
    const id = await freshPersona();
    ok(await t.gql(SUBMIT, { id, r: [reviewer.id] }, researcher.token));
    expect(await queue(reviewer.token)).toContain(id);
    expect(await queue(reviewer2.token)).not.toContain(id);
    expect(await queue(secondOwner.token)).not.toContain(id);
    expect(await queue(researcher.token)).toEqual([]);
    expect(errorOf(await decide(id, 'APPROVE', reviewer2.token))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Vera Reviewer was asked to review this version; only they decide on it.',
    });

    // REVIEW_REQUESTED went to the named reviewer only.
    expect((await notifications(id)).map((n) => [n.user_id, n.kind, n.title])).toEqual([
      [
        reviewer.id,
        'REVIEW_REQUESTED',
        `Rita Researcher asked you to review “Persona ${personaCount}”`,
      ],
    ]);

    // The named reviewer leaves the workspace while assigned: ignored by the queue and the rules.
    await t.db.query('DELETE FROM membership WHERE workspace_id = $1 AND user_id = $2', [
      ctx.workspaceId,
      reviewer.id,
    ]);
    try {
      expect((await persona(id)).reviewers).toEqual([]);
      expect(await queue(reviewer2.token)).toContain(id);
      expect(await queue(secondOwner.token)).toContain(id);
      expect(await queue(reviewer.token)).not.toContain(id);
      expect(ok(await decide(id, 'APPROVE', reviewer2.token)).reviewPersona.status).toBe(
        'APPROVED',
      );
    } finally {
      await t.db.query(
        `INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, 'REVIEWER')`,
        [ctx.workspaceId, reviewer.id],
      );
    }
    expect(await queue(reviewer2.token)).not.toContain(id);
  });

  it('with nobody named, the queue holds it for every member with the right but its authors, and all of them are told', async () => {
    const id = await freshPersona();
    ok(await t.gql(UPDATE, { id, i: { tagline: 'Second owner wrote this' } }, secondOwner.token));
    ok(await t.gql(SUBMIT, { id }, researcher.token));
    for (const m of [owner, reviewer, reviewer2]) expect(await queue(m.token)).toContain(id);
    for (const m of [secondOwner, researcher, viewer])
      expect(await queue(m.token)).not.toContain(id);
    const requested = (await notifications(id)).filter((n) => n.kind === 'REVIEW_REQUESTED');
    expect(requested.map((n) => n.user_id).sort()).toEqual(
      [owner.id, reviewer.id, reviewer2.id].sort(),
    );

    // The decision tells the version's authors (who are members).
    ok(await decide(id, 'REQUEST_CHANGES', reviewer.token));
    const changes = (await notifications(id)).filter((n) => n.kind === 'CHANGES_REQUESTED');
    expect(changes.map((n) => n.user_id).sort()).toEqual([researcher.id, secondOwner.id].sort());
    expect(changes[0]).toMatchObject({
      actor_id: reviewer.id,
      title: `Vera Reviewer asked for changes to “Persona ${personaCount}”`,
      link: `/personas/${id}`,
    });
    expect(await queue(owner.token)).not.toContain(id);

    ok(await t.gql(SUBMIT, { id }, researcher.token));
    ok(await decide(id, 'REJECT', reviewer2.token));
    const rejected = (await notifications(id)).filter((n) => n.kind === 'PERSONA_REJECTED');
    expect(rejected.map((n) => n.user_id).sort()).toEqual([researcher.id, secondOwner.id].sort());
  });

  it('a comment that mentions a member by @name or @email notifies them (not the writer, not strangers); the version’s authors hear of other comments', async () => {
    const id = await freshPersona();
    ok(await t.gql(UPDATE, { id, i: { tagline: 'Second owner wrote this' } }, secondOwner.token));
    const stranger = await t.signUp('Stranger Danger');
    ok(
      await t.gql(
        COMMENT,
        {
          p: id,
          b: `@Vera Reviewer and @${reviewer2.email.toUpperCase()}: please check. cc @Rita Researcher, @Stranger Danger, email@${owner.email}x`,
        },
        researcher.token,
      ),
    );
    const first = await notifications(id);
    expect(first.map((n) => [n.user_id, n.kind]).sort()).toEqual(
      [
        [reviewer.id, 'MENTIONED'],
        [reviewer2.id, 'MENTIONED'],
        [secondOwner.id, 'COMMENTED'],
      ].sort(),
    );
    expect(first.find((n) => n.kind === 'MENTIONED')!.title).toBe(
      `Rita Researcher mentioned you in a comment on “Persona ${personaCount}”`,
    );
    expect(first.find((n) => n.kind === 'COMMENTED')!.title).toBe(
      `Rita Researcher commented on “Persona ${personaCount}”`,
    );
    expect(first.some((n) => n.user_id === stranger.id)).toBe(false);

    // An author who is mentioned is told once, as mentioned.
    ok(await t.gql(COMMENT, { p: id, b: 'Over to you, @second owner.' }, reviewer.token));
    const second = (await notifications(id)).slice(first.length);
    expect(second.map((n) => [n.user_id, n.kind])).toEqual([[secondOwner.id, 'MENTIONED']]);
  });
});
