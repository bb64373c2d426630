import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { seedPersonaRow } from '../../test/support/persona-seed';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// The review workflow: who may do what, in which state, and what clients see meanwhile.

const FIELDS = `id status latestStatus version latestVersion approvedVersion name tagline summary segmentVanished
  traits { kind text evidence { quote participant { label } } }
  draft { version status name origin createdBy { id } }`;
const GET = `query($id: ID!) { persona(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitPersonaForReview(id: $id) { ${FIELDS} } }`;
const REVIEW = `mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archivePersona(id: $id) { ${FIELDS} } }`;
const COMMENT = `mutation($p: ID!, $b: String!, $t: Int) { commentOnPersona(personaId: $p, body: $b, traitIndex: $t) { id body traitIndex personaVersion author { id } } }`;
const SELF_APPROVAL = `mutation($w: ID!, $a: Boolean!) { setWorkspaceSelfApproval(workspaceId: $w, allow: $a) { id allowSelfApproval } }`;
const LIST = `query($s: ID!, $st: PersonaStatus) { study(id: $s) { personas(status: $st) { id status version name draft { version } } } }`;

type Member = { token: string; id: string };
let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let owner: Member, researcher: Member, reviewer: Member, viewer: Member, outsider: Member;
let segment: { id: string; text: string };
let runId: string;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const persona = async (id: string, token = owner.token) =>
  ok(await t.gql(GET, { id }, token)).persona;
const update = (id: string, i: Record<string, unknown>, token = researcher.token) =>
  t.gql(UPDATE, { id, i }, token);
const submit = (id: string, token = researcher.token) => t.gql(SUBMIT, { id }, token);
const review = (personaId: string, decision: string, token = reviewer.token, comment?: string) =>
  t.gql(REVIEW, { i: { personaId, decision, ...(comment ? { comment } : {}) } }, token);
const archive = (id: string, token = researcher.token) => t.gql(ARCHIVE, { id }, token);
const setSelfApproval = (allow: boolean, token = owner.token) =>
  t.gql(SELF_APPROVAL, { w: ctx.workspaceId, a: allow }, token);

/** A synthesis-made persona (version 1, DRAFT) whose one trait quotes P1's real words. */
const seedPersona = (name = 'Morning Exporter') => seedPersonaRow(t.db, { studyId: ctx.studyId, runId, segment: segment, name });

/** A persona in review whose version under review was written by `editor`. */
async function inReviewEditedBy(editor: Member): Promise<string> {
  const id = await seedPersona();
  ok(await update(id, { summary: `Edited by ${editor.id}` }, editor.token));
  ok(await submit(id, editor.token));
  return id;
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Personas');
  owner = ctx.owner;
  researcher = await addMember(t, owner, ctx.workspaceId, 'RESEARCHER');
  reviewer = await addMember(t, owner, ctx.workspaceId, 'REVIEWER');
  viewer = await addMember(t, owner, ctx.workspaceId, 'VIEWER');
  outsider = (await createStudyFixture(t, 'Elsewhere')).owner;
  const imported = ok(
    await t.gql(
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { segments { id text isInterviewer } } }',
      {
        i: {
          studyId: ctx.studyId,
          title: 'P1 interview',
          format: 'PLAIN',
          content:
            'Dan: How do you work?\nParticipant: I export everything to CSV every morning because the dashboard is slow.',
          interviewerSpeakers: ['Dan'],
          participantLabel: 'P1',
        },
      },
      owner.token,
    ),
  );
  segment = imported.importTranscript.segments.find(
    (s: { isInterviewer: boolean }) => !s.isInterviewer,
  );
  [{ id: runId }] = await t.db.query<{ id: string }>(
    `INSERT INTO synthesis_run (study_id, status, provider, progress, started_at, finished_at) VALUES ($1, 'SUCCEEDED', 'offline', 1, now(), now()) RETURNING id`,
    [ctx.studyId],
  );
});
afterAll(async () => t?.close());

describe('who may read', () => {
  it('shows a persona to every member, null to outsiders, and nothing without a token', async () => {
    const id = await seedPersona();
    for (const member of [owner, researcher, reviewer, viewer]) {
      const p = await persona(id, member.token);
      expect(p).toMatchObject({
        id,
        status: 'DRAFT',
        version: 1,
        name: 'Morning Exporter',
        segmentVanished: false,
        draft: null,
      });
      expect(p.traits[0].evidence[0]).toEqual({
        quote: 'export everything to CSV',
        participant: { label: 'P1' },
      });
    }
    expect((await t.gql(GET, { id }, outsider.token)).data?.persona).toBeNull();
    expect(
      (await t.gql(GET, { id: '00000000-0000-0000-0000-000000000000' }, owner.token)).data?.persona,
    ).toBeNull();
    expect(errorOf(await t.gql(GET, { id })).code).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql(LIST, { s: ctx.studyId }, viewer.token)).data?.study.personas.map(
        (p: { id: string }) => p.id,
      ),
    ).toContain(id);
    expect((await t.gql(LIST, { s: ctx.studyId }, outsider.token)).data?.study).toBeNull();
  });

  it('flags a persona whose segment vanished on the latest run', async () => {
    const id = await seedPersona();
    await t.db.query('UPDATE persona SET segment_vanished = true WHERE id = $1', [id]);
    expect((await persona(id)).segmentVanished).toBe(true);
  });
});

describe('who may act', () => {
  it('lets OWNER and RESEARCHER edit, submit and archive; nobody else', async () => {
    const id = await seedPersona();
    for (const [member, code] of [
      [reviewer, 'FORBIDDEN'],
      [viewer, 'FORBIDDEN'],
      [outsider, 'NOT_FOUND'],
    ] as const) {
      expect(errorOf(await update(id, { name: 'Nope' }, member.token)).code).toBe(code);
      expect(errorOf(await submit(id, member.token)).code).toBe(code);
      expect(errorOf(await archive(id, member.token)).code).toBe(code);
    }
    expect(errorOf(await t.gql(UPDATE, { id, i: { name: 'Nope' } })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(SUBMIT, { id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(ARCHIVE, { id })).code).toBe('UNAUTHENTICATED');
    expect((await persona(id)).version).toBe(1);

    expect(ok(await update(id, { name: 'By the owner' }, owner.token)).updatePersona.version).toBe(
      2,
    );
    expect(
      ok(await update(id, { name: 'By the researcher' }, researcher.token)).updatePersona.version,
    ).toBe(3);
    expect(ok(await submit(id, owner.token)).submitPersonaForReview.status).toBe('IN_REVIEW');
    expect(ok(await archive(id, researcher.token)).archivePersona.status).toBe('ARCHIVED');
    expect(ok(await archive(await seedPersona(), owner.token)).archivePersona.status).toBe(
      'ARCHIVED',
    );
  });

  it('lets OWNER and REVIEWER review; nobody else', async () => {
    const id = await inReviewEditedBy(researcher);
    for (const [member, code] of [
      [researcher, 'FORBIDDEN'],
      [viewer, 'FORBIDDEN'],
      [outsider, 'NOT_FOUND'],
    ] as const) {
      expect(errorOf(await review(id, 'APPROVE', member.token)).code).toBe(code);
    }
    expect(errorOf(await t.gql(REVIEW, { i: { personaId: id, decision: 'APPROVE' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await persona(id)).status).toBe('IN_REVIEW');
    expect(
      ok(await review(id, 'REQUEST_CHANGES', owner.token, 'Shorter, please.')).reviewPersona.status,
    ).toBe('DRAFT');
    ok(await submit(id));
    expect(ok(await review(id, 'APPROVE', reviewer.token)).reviewPersona).toMatchObject({
      status: 'APPROVED',
      approvedVersion: 2,
    });
  });

  it('lets OWNER, RESEARCHER and REVIEWER comment; not VIEWER or outsiders', async () => {
    const id = await seedPersona();
    for (const member of [owner, researcher, reviewer]) {
      const c = ok(
        await t.gql(COMMENT, { p: id, b: `From ${member.id}`, t: 0 }, member.token),
      ).commentOnPersona;
      expect(c).toMatchObject({
        body: `From ${member.id}`,
        traitIndex: 0,
        personaVersion: 1,
        author: { id: member.id },
      });
    }
    expect(errorOf(await t.gql(COMMENT, { p: id, b: 'Hi' }, viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(COMMENT, { p: id, b: 'Hi' }, outsider.token)).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await t.gql(COMMENT, { p: id, b: 'Hi' })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(COMMENT, { p: id, b: '   ' }, owner.token)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorOf(await t.gql(COMMENT, { p: id, b: 'Which?', t: 1 }, owner.token)).extensions.field,
    ).toBe('traitIndex');
    const listed = ok(
      await t.gql(
        'query($id: ID!) { persona(id: $id) { comments { body author { id } } } }',
        { id },
        viewer.token,
      ),
    ).persona.comments;
    expect(listed.map((c: { author: { id: string } }) => c.author.id)).toEqual([
      owner.id,
      researcher.id,
      reviewer.id,
    ]);
  });

  it('lets only the OWNER change the self-approval setting', async () => {
    expect(errorOf(await setSelfApproval(true, researcher.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await setSelfApproval(true, reviewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await setSelfApproval(true, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(SELF_APPROVAL, { w: ctx.workspaceId, a: true })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(ok(await setSelfApproval(false)).setWorkspaceSelfApproval).toEqual({
      id: ctx.workspaceId,
      allowSelfApproval: false,
    });
  });
});

describe('transitions', () => {
  it('walks DRAFT → IN_REVIEW → DRAFT → IN_REVIEW → REJECTED → DRAFT → IN_REVIEW → APPROVED → ARCHIVED, refusing the rest', async () => {
    const id = await seedPersona();
    expect(errorOf(await review(id, 'APPROVE')).code).toBe('CONFLICT');

    expect(ok(await submit(id)).submitPersonaForReview).toMatchObject({
      status: 'IN_REVIEW',
      version: 1,
    });
    expect(errorOf(await submit(id)).code).toBe('CONFLICT');
    const blocked = errorOf(await update(id, { name: 'Too late' }));
    expect(blocked).toMatchObject({
      code: 'CONFLICT',
      message: 'It is being reviewed; ask the reviewer to request changes first.',
    });

    expect(errorOf(await review(id, 'REQUEST_CHANGES')).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await review(id, 'REQUEST_CHANGES', reviewer.token, '   ')).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      ok(await review(id, 'REQUEST_CHANGES', reviewer.token, 'Name the tool.')).reviewPersona,
    ).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(ok(await update(id, { name: 'CSV Morning Exporter' })).updatePersona).toMatchObject({
      status: 'DRAFT',
      version: 2,
    });
    ok(await submit(id));

    expect(errorOf(await review(id, 'REJECT')).code).toBe('BAD_USER_INPUT');
    expect(
      ok(await review(id, 'REJECT', reviewer.token, 'Not a real segment.')).reviewPersona,
    ).toMatchObject({ status: 'REJECTED', version: 2 });
    expect(errorOf(await submit(id)).code).toBe('CONFLICT');
    expect(errorOf(await review(id, 'APPROVE')).code).toBe('CONFLICT');
    expect(ok(await update(id, { tagline: 'Second try' })).updatePersona).toMatchObject({
      status: 'DRAFT',
      version: 3,
      approvedVersion: null,
    });

    ok(await submit(id));
    expect(ok(await review(id, 'APPROVE')).reviewPersona).toMatchObject({
      status: 'APPROVED',
      version: 3,
      approvedVersion: 3,
      tagline: 'Second try',
    });
    expect(errorOf(await submit(id)).code).toBe('CONFLICT');
    expect(errorOf(await review(id, 'APPROVE')).code).toBe('CONFLICT');

    expect(ok(await archive(id)).archivePersona).toMatchObject({ status: 'ARCHIVED', version: 3 });
    expect(errorOf(await archive(id)).code).toBe('CONFLICT');
    expect(errorOf(await update(id, { name: 'Revived' })).code).toBe('CONFLICT');
    expect(errorOf(await submit(id)).code).toBe('CONFLICT');
    expect(errorOf(await review(id, 'APPROVE')).code).toBe('CONFLICT');
    expect((await persona(id, viewer.token)).status).toBe('ARCHIVED');
  });

  it('archives from review and from a pending draft beside an approved version', async () => {
    const inReview = await inReviewEditedBy(researcher);
    expect(ok(await archive(inReview)).archivePersona.status).toBe('ARCHIVED');

    const approved = await seedPersona();
    ok(await submit(approved));
    ok(await review(approved, 'APPROVE'));
    ok(await update(approved, { name: 'Pending rename' }));
    const archived = ok(await archive(approved)).archivePersona;
    // Archived: the latest version with its own status, no approved view beside it.
    expect(archived).toMatchObject({
      status: 'ARCHIVED',
      version: 2,
      name: 'Pending rename',
      draft: null,
    });
  });
});

describe('no self-approval', () => {
  it('refuses the author of the version under review, unless an OWNER and the workspace allows it', async () => {
    const id = await inReviewEditedBy(owner);
    const refused = errorOf(await review(id, 'APPROVE', owner.token));
    expect(refused).toMatchObject({
      code: 'FORBIDDEN',
      message: 'You wrote, synthesized or submitted this version, so someone else must approve it.',
    });
    expect((await persona(id)).status).toBe('IN_REVIEW');
    // Only approving is blocked: the author may still send it back.
    expect(
      ok(await review(id, 'REQUEST_CHANGES', owner.token, 'I will fix it myself.')).reviewPersona
        .status,
    ).toBe('DRAFT');
    ok(await submit(id, owner.token));

    expect(ok(await setSelfApproval(true)).setWorkspaceSelfApproval.allowSelfApproval).toBe(true);
    try {
      expect(ok(await review(id, 'APPROVE', owner.token)).reviewPersona.status).toBe('APPROVED');
    } finally {
      ok(await setSelfApproval(false));
    }
  });

  it('lets anyone with the right approve a synthesis version, and another person approve an edit', async () => {
    const synthesized = await seedPersona();
    ok(await submit(synthesized));
    expect(ok(await review(synthesized, 'APPROVE', owner.token)).reviewPersona.status).toBe(
      'APPROVED',
    );

    const edited = await inReviewEditedBy(owner);
    expect(ok(await review(edited, 'APPROVE', reviewer.token)).reviewPersona.status).toBe(
      'APPROVED',
    );
  });
});

describe('approved content stays until a newer version is approved', () => {
  it('keeps showing the approved version while an edit waits as `draft`, then shows the edit once approved', async () => {
    const id = await seedPersona('Approved Name');
    ok(await submit(id));
    ok(await review(id, 'APPROVE'));

    const edited = ok(await update(id, { name: 'Draft Name' })).updatePersona;
    expect(edited).toMatchObject({
      status: 'APPROVED',
      latestStatus: 'DRAFT',
      version: 1,
      latestVersion: 2,
      approvedVersion: 1,
      name: 'Approved Name',
    });
    expect(edited.draft).toEqual({
      version: 2,
      status: 'DRAFT',
      name: 'Draft Name',
      origin: 'EDIT',
      createdBy: { id: researcher.id },
    });
    expect(await persona(id, viewer.token)).toMatchObject({
      status: 'APPROVED',
      version: 1,
      name: 'Approved Name',
      draft: { version: 2 },
    });

    const approvedList = ok(await t.gql(LIST, { s: ctx.studyId, st: 'APPROVED' }, viewer.token))
      .study.personas;
    expect(approvedList.find((p: { id: string }) => p.id === id)).toEqual({
      id,
      status: 'APPROVED',
      version: 1,
      name: 'Approved Name',
      draft: { version: 2 },
    });
    const drafts = ok(await t.gql(LIST, { s: ctx.studyId, st: 'DRAFT' }, viewer.token)).study
      .personas;
    expect(drafts.map((p: { id: string }) => p.id)).not.toContain(id);

    const submitted = ok(await submit(id)).submitPersonaForReview;
    expect(submitted).toMatchObject({
      status: 'APPROVED',
      name: 'Approved Name',
      draft: { version: 2, status: 'IN_REVIEW' },
    });
    const rejected = ok(
      await review(id, 'REJECT', reviewer.token, 'Keep the old name.'),
    ).reviewPersona;
    expect(rejected).toMatchObject({
      status: 'APPROVED',
      version: 1,
      name: 'Approved Name',
      draft: { version: 2, status: 'REJECTED' },
    });

    ok(await update(id, { name: 'Better Name' }));
    ok(await submit(id));
    const approved = ok(await review(id, 'APPROVE')).reviewPersona;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      version: 3,
      approvedVersion: 3,
      name: 'Better Name',
      draft: null,
    });
    expect(await persona(id, viewer.token)).toMatchObject({
      version: 3,
      name: 'Better Name',
      draft: null,
    });
  });
});

describe('records', () => {
  it('writes an audit event for every action, with the versions before and after', async () => {
    const id = await seedPersona();
    ok(await t.gql(COMMENT, { p: id, b: 'Looks right', t: null }, reviewer.token));
    ok(await update(id, { name: 'Renamed' }));
    ok(await submit(id));
    ok(await review(id, 'REQUEST_CHANGES', reviewer.token, 'More evidence.'));
    ok(await submit(id));
    ok(await review(id, 'APPROVE'));
    ok(await update(id, { summary: 'New summary' }, owner.token));
    ok(await submit(id, owner.token));
    ok(await review(id, 'REJECT', reviewer.token, 'No.'));
    ok(await archive(id));

    const trail = ok(
      await t.gql(
        'query($id: ID!) { persona(id: $id) { auditTrail { action beforeVersion afterVersion actor { id } detail } } }',
        { id },
        viewer.token,
      ),
    ).persona.auditTrail;
    expect(trail.map((e: any) => [e.action, e.beforeVersion, e.afterVersion, e.actor.id])).toEqual([
      ['COMMENT', 1, 1, reviewer.id],
      ['EDIT', 1, 2, researcher.id],
      ['SUBMIT', 2, 2, researcher.id],
      ['REQUEST_CHANGES', 2, 2, reviewer.id],
      ['SUBMIT', 2, 2, researcher.id],
      ['APPROVE', null, 2, reviewer.id],
      ['EDIT', 2, 3, owner.id],
      ['SUBMIT', 3, 3, owner.id],
      ['REJECT', 3, 3, reviewer.id],
      ['ARCHIVE', 3, 3, researcher.id],
    ]);
    expect(trail[1].detail).toMatchObject({ fields: ['name'], previousStatus: 'DRAFT' });
    expect(trail[6].detail).toMatchObject({ fields: ['summary'], previousStatus: 'APPROVED' });
    const rows = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_event WHERE persona_id = $1 AND workspace_id = $2 AND study_id = $3',
      [id, ctx.workspaceId, ctx.studyId],
    );
    expect(rows[0].n).toBe(10);
  });

  it('keeps each review with the version it judged', async () => {
    const id = await seedPersona();
    ok(await submit(id));
    ok(await review(id, 'REQUEST_CHANGES', reviewer.token, 'Add a goal.'));
    ok(await update(id, { tagline: 'v2' }));
    ok(await submit(id));
    ok(
      await t.gql(
        REVIEW,
        { i: { personaId: id, decision: 'APPROVE', traitChecks: [{ traitIndex: 0, ok: true }] } },
        reviewer.token,
      ),
    );
    const reviews = ok(
      await t.gql(
        'query($id: ID!) { persona(id: $id) { reviews { decision comment personaVersion traitChecks reviewer { id } } } }',
        { id },
        viewer.token,
      ),
    ).persona.reviews;
    expect(reviews).toEqual([
      {
        decision: 'REQUEST_CHANGES',
        comment: 'Add a goal.',
        personaVersion: 1,
        traitChecks: null,
        reviewer: { id: reviewer.id },
      },
      {
        decision: 'APPROVE',
        comment: null,
        personaVersion: 2,
        traitChecks: [{ traitIndex: 0, ok: true }],
        reviewer: { id: reviewer.id },
      },
    ]);
  });
});
