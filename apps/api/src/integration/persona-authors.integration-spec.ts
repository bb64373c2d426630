import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { migrations } from '@persona-lab/db';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { seedPersonaRow } from '../../test/support/persona-seed';
import { seedStudyViaApi } from '../../test/support/seed-study';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 4: no approval laundering. Whoever wrote a field a version keeps, started
// the synthesis run that wrote it, or submitted it is its author: an OWNER cannot approve it
// (unless the workspace allows self-approval); another OWNER or a REVIEWER still can.

const START = 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }';
const RUN = 'query($id: ID!) { synthesisRun(id: $id) { status error } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) { latestVersion } }';
const SUBMIT = 'mutation($id: ID!) { submitPersonaForReview(id: $id) { status } }';
const REVIEW = 'mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { status } }';
const SELF_APPROVAL =
  'mutation($w: ID!, $a: Boolean!) { setWorkspaceSelfApproval(workspaceId: $w, allow: $a) { allowSelfApproval } }';
const REFUSAL = {
  code: 'FORBIDDEN',
  message: 'You wrote, synthesized or submitted this version, so someone else must approve it.',
};

type Member = { token: string; id: string };
let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let owner: Member, secondOwner: Member, researcher: Member, reviewer: Member;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const approve = (personaId: string, token: string) =>
  t.gql(REVIEW, { i: { personaId, decision: 'APPROVE' } }, token);

async function synthesize(token: string): Promise<string> {
  const id = ok(await t.gql(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, token))
    .startSynthesis.id;
  for (let i = 0; i < 240; i++) {
    const run = ok(await t.gql(RUN, { id }, token)).synthesisRun;
    if (run.status === 'SUCCEEDED') return id;
    if (['FAILED', 'CANCELLED'].includes(run.status))
      throw new Error(`run ${run.status}: ${run.error}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('run did not finish');
}
/** New responses shift every segment a little, so a re-run writes new versions. */
const changeData = () =>
  seedStudyViaApi(t, researcher.token, ctx.studyId, {
    responses: 30,
    transcripts: 0,
    codebook: false,
  });
const latest = async (id: string) =>
  (
    await t.db.query<{
      version: number;
      origin: string;
      synthesis_run_id: string | null;
      content: any;
      authors: string[];
    }>(
      `SELECT v.version, v.origin, v.synthesis_run_id, v.content, v.authors FROM persona p
         JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version WHERE p.id = $1`,
      [id],
    )
  )[0];

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'Four eyes');
  owner = ctx.owner;
  secondOwner = await addMember(t, owner, ctx.workspaceId, 'OWNER');
  researcher = await addMember(t, owner, ctx.workspaceId, 'RESEARCHER');
  reviewer = await addMember(t, owner, ctx.workspaceId, 'REVIEWER');
  await seedStudyViaApi(t, researcher.token, ctx.studyId, { responses: 60, transcripts: 3 });
  await synthesize(researcher.token);
}, 180_000);
afterAll(async () => t?.close());

describe('authors of a version for the four-eyes rule', () => {
  it('an OWNER who edited a persona cannot approve the re-synthesised version that keeps their words; a REVIEWER can', async () => {
    const drafts = await t.db.query<{ id: string }>(
      `SELECT id FROM persona WHERE study_id = $1 AND status = 'DRAFT' ORDER BY created_at, id`,
      [ctx.studyId],
    );
    for (const d of drafts) {
      ok(await t.gql(UPDATE, { id: d.id, i: { tagline: "The owner's own tagline" } }, owner.token));
    }
    await changeData();
    const runId = await synthesize(researcher.token);
    // A persona the re-run wrote a new SYNTHESIS version of, keeping the owner's words.
    const [persona] = await t.db.query<{ id: string }>(
      `SELECT p.id FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE p.id = ANY($1::uuid[]) AND v.synthesis_run_id = $2 AND v.origin = 'SYNTHESIS' ORDER BY p.created_at, p.id LIMIT 1`,
      [drafts.map((d) => d.id), runId],
    );
    expect(persona).toBeDefined();
    const version = await latest(persona.id);
    expect(version.content.tagline).toBe("The owner's own tagline");
    expect(version.authors).toEqual(expect.arrayContaining([owner.id, researcher.id]));

    ok(await t.gql(SUBMIT, { id: persona.id }, researcher.token));
    expect(errorOf(await approve(persona.id, owner.token))).toMatchObject(REFUSAL);
    expect(ok(await approve(persona.id, reviewer.token)).reviewPersona.status).toBe('APPROVED');
  }, 120_000);

  it('an OWNER who started the synthesis run cannot approve what it wrote, unless self-approval is allowed; another OWNER can', async () => {
    await changeData();
    const runId = await synthesize(owner.token);
    const [persona] = await t.db.query<{ id: string }>(
      `SELECT p.id FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
        WHERE p.study_id = $1 AND p.status = 'DRAFT' AND v.synthesis_run_id = $2 ORDER BY p.created_at, p.id LIMIT 1`,
      [ctx.studyId, runId],
    );
    expect(persona).toBeDefined();
    expect((await latest(persona.id)).authors).toContain(owner.id);
    ok(await t.gql(SUBMIT, { id: persona.id }, researcher.token));
    expect(errorOf(await approve(persona.id, owner.token))).toMatchObject(REFUSAL);

    // Self-approval, as the workspace setting allows it today: OWNERs only.
    ok(await t.gql(SELF_APPROVAL, { w: ctx.workspaceId, a: true }, owner.token));
    try {
      expect(ok(await approve(persona.id, owner.token)).reviewPersona.status).toBe('APPROVED');
    } finally {
      ok(await t.gql(SELF_APPROVAL, { w: ctx.workspaceId, a: false }, owner.token));
    }

    ok(
      await t.gql(
        UPDATE,
        { id: persona.id, i: { summary: 'A researcher rewrote this.' } },
        researcher.token,
      ),
    );
    ok(await t.gql(SUBMIT, { id: persona.id }, researcher.token));
    // The edit keeps the owner's synthesized fields: still theirs.
    expect(errorOf(await approve(persona.id, owner.token))).toMatchObject(REFUSAL);
    expect(ok(await approve(persona.id, secondOwner.token)).reviewPersona.status).toBe('APPROVED');
  }, 120_000);

  it('an OWNER who submitted a version cannot approve it; a REVIEWER can', async () => {
    const [segment] = await t.db.query<{ id: string; text: string }>(
      `SELECT s.id, s.text FROM transcript_segment s JOIN interview i ON i.id = s.interview_id
        WHERE i.study_id = $1 AND NOT s.is_interviewer ORDER BY s.text LIMIT 1`,
      [ctx.studyId],
    );
    // A version nobody wrote (a run without a starter, like the demo seed's).
    const [{ id: runId }] = await t.db.query<{ id: string }>(
      `INSERT INTO synthesis_run (study_id, status, provider, progress, started_at, finished_at) VALUES ($1, 'SUCCEEDED', 'offline', 1, now(), now()) RETURNING id`,
      [ctx.studyId],
    );
    const id = await seedPersonaRow(t.db, {
      studyId: ctx.studyId,
      runId,
      segment,
      phrase: segment.text.slice(0, 10),
    });
    ok(await t.gql(SUBMIT, { id }, owner.token));
    expect(errorOf(await approve(id, owner.token))).toMatchObject(REFUSAL);
    expect((await latest(id)).authors).toEqual([owner.id]);
    expect(ok(await approve(id, reviewer.token)).reviewPersona.status).toBe('APPROVED');
  });

  // Last in the file: it drops and re-adds the column as the migration does on an existing database.
  it('the migration fills the authors of existing versions from editors, run starters and submitters, carried forward', async () => {
    const [segment] = await t.db.query<{ id: string; text: string }>(
      `SELECT s.id, s.text FROM transcript_segment s JOIN interview i ON i.id = s.interview_id
        WHERE i.study_id = $1 AND NOT s.is_interviewer ORDER BY s.text LIMIT 1`,
      [ctx.studyId],
    );
    const run = async (by: string | null) =>
      (
        await t.db.query<{ id: string }>(
          `INSERT INTO synthesis_run (study_id, status, provider, progress, created_by) VALUES ($1, 'SUCCEEDED', 'offline', 1, $2) RETURNING id`,
          [ctx.studyId, by],
        )
      )[0].id;
    const byResearcher = await run(researcher.id);
    const id = await seedPersonaRow(t.db, {
      studyId: ctx.studyId,
      runId: byResearcher,
      segment,
      phrase: segment.text.slice(0, 10),
    });
    const content = JSON.stringify({ name: 'Old persona' });
    await t.db.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, created_by) VALUES ($1, 2, $2, 'EDIT', $3)`,
      [id, content, owner.id],
    );
    await t.db.query(
      `INSERT INTO audit_event (workspace_id, study_id, persona_id, actor_id, action, before_version, after_version) VALUES ($1, $2, $3, $4, 'SUBMIT', 2, 2)`,
      [ctx.workspaceId, ctx.studyId, id, secondOwner.id],
    );
    await t.db.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id) VALUES ($1, 3, $2, 'SYNTHESIS', $3)`,
      [id, content, await run(null)],
    );

    await t.db.query('ALTER TABLE persona_version DROP COLUMN authors');
    const migration = migrations
      .map((M) => new M())
      .find((m) => m.name === 'PersonaVersionAuthors1764300009100')!;
    await migration.up({
      query: (sql: string, params?: unknown[]) => t.db.query(sql, params),
    } as unknown as QueryRunner);

    const rows = await t.db.query<{ version: number; authors: string[] }>(
      'SELECT version, authors FROM persona_version WHERE persona_id = $1 ORDER BY version',
      [id],
    );
    const sorted = (ids: string[]) => [...ids].sort();
    expect(rows.map((r) => [r.version, sorted(r.authors)])).toEqual([
      [1, [researcher.id]],
      [2, sorted([researcher.id, owner.id, secondOwner.id])],
      [3, sorted([researcher.id, owner.id, secondOwner.id])],
    ]);
    // Versions nobody wrote get an empty set, never null.
    expect(await t.db.query('SELECT 1 FROM persona_version WHERE authors IS NULL')).toEqual([]);
  });
});
