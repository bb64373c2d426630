import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from '@persona-lab/fake-openai';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { seedStudyViaApi } from '../../test/support/seed-study';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

const START =
  'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status provider } }';
const RUN = `query($id: ID!) { synthesisRun(id: $id) { id status progress stage error provider model tokensIn tokensOut startedAt finishedAt warnings
  quality { silhouette stability evidenceCoverage faithfulness } } }`;

let t: TestApp;
let fake: FakeOpenAI;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;

async function waitForRun(id: string, token = ctx.owner.token) {
  for (let i = 0; i < 120; i++) {
    const run = (await t.gql(RUN, { id }, token)).data!.synthesisRun;
    if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run.status)) return run;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('run did not finish');
}

const personaRows = () =>
  t.db.query<{ id: string; status: string; latest_version: number; content: any }>(
    `SELECT p.id, p.status, p.latest_version, v.content FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
      WHERE p.study_id = $1 ORDER BY p.created_at, p.id`,
    [ctx.studyId],
  );

/** A well-behaved model: names each segment and picks the first offered evidence id. */
const goodWords = (req: ChatRequest) => {
  const schema = req.response_format!.json_schema!.schema as any;
  const item = schema.properties.personas.items.properties;
  return {
    personas: item.segment.enum.map((segment: number) => ({
      segment,
      name: `Model persona ${segment}`,
      tagline: 'Written by the model',
      summary: 'A summary grounded in the traits.',
      backstory: 'Started in spreadsheets; now automates the weekly report.',
      quoteIds: item.quoteIds.items.enum.slice(segment, segment + 1),
    })),
  };
};

beforeAll(async () => {
  fake = await startFakeOpenAI();
  t = await createTestApp({
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.url,
    OPENAI_MODEL: 'fake-model',
    PUBLIC_REQUESTS_PER_MINUTE: '100000',
  });
  ctx = await createStudyFixture(t, 'Synthesis');
  await seedStudyViaApi(t, ctx.owner.token, ctx.studyId, { responses: 60, transcripts: 3 });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('offline synthesis', () => {
  let firstRunId: string;

  it('drafts evidence-backed personas with quality figures', async () => {
    const started = await t.gql(
      START,
      { i: { studyId: ctx.studyId, provider: 'offline' } },
      ctx.owner.token,
    );
    expect(started.data?.startSynthesis).toMatchObject({ status: 'QUEUED', provider: 'offline' });
    firstRunId = started.data!.startSynthesis.id;
    // Nothing to say before it has run.
    expect(
      (await t.gql(RUN, { id: firstRunId }, ctx.owner.token)).data!.synthesisRun.warnings,
    ).toEqual([]);
    const run = await waitForRun(firstRunId);
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    expect(run.progress).toBe(1);
    expect(run.quality.faithfulness).toBe(1);
    expect(run.quality.silhouette).toBeGreaterThan(0);
    expect(run.quality.stability).toBeGreaterThan(0.5);
    // The engine's caveats, as the run stored them, reach the client.
    const [stored] = await t.db.query<{ warnings: string[] }>(
      `SELECT stats -> 'warnings' AS warnings FROM synthesis_run WHERE id = $1`,
      [firstRunId],
    );
    expect(Array.isArray(stored.warnings)).toBe(true);
    expect(run.warnings).toEqual(stored.warnings);
    const personas = await personaRows();
    expect(personas.length).toBeGreaterThanOrEqual(2);
    expect(personas.length).toBeLessThanOrEqual(8);
    for (const p of personas) {
      expect(p.status).toBe('DRAFT');
      expect(p.content.name).toBeTruthy();
      expect(p.content.avatarSvg).toMatch(/^<svg/);
      expect(p.content.traits.length).toBeGreaterThan(0);
      for (const trait of p.content.traits) {
        expect(trait.evidence.length).toBeGreaterThanOrEqual(1);
        expect(trait.evidence.length).toBeLessThanOrEqual(3);
      }
    }
    // Every stored quote equals its source text at its offsets, checked against the database.
    const segments = new Map(
      (
        await t.db.query<{ id: string; text: string; is_interviewer: boolean }>(
          'SELECT id, text, is_interviewer FROM transcript_segment',
        )
      ).map((s) => [s.id, s]),
    );
    const all = personas.flatMap((p) => [
      ...p.content.quotes,
      ...p.content.traits.flatMap((tr: any) => tr.evidence),
    ]);
    for (const e of all) {
      if (e.source.type === 'TRANSCRIPT_SEGMENT') {
        const seg = segments.get(e.source.segmentId)!;
        expect(seg.is_interviewer).toBe(false);
        expect(seg.text.slice(e.start, e.end)).toBe(e.quote);
      }
      expect(e.quote).not.toMatch(/@example\.com/);
    }
    const shares = personas.reduce((sum, p) => sum + p.content.segmentShare, 0);
    expect(shares).toBeCloseTo(1, 6);
  });

  it('is deterministic: a re-run on unchanged data adds no versions and no personas', async () => {
    const before = await personaRows();
    const run = await waitForRun(
      (await t.gql(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, ctx.owner.token))
        .data!.startSynthesis.id,
    );
    expect(run.status).toBe('SUCCEEDED');
    const after = await personaRows();
    expect(after.map((p) => [p.id, p.latest_version])).toEqual(
      before.map((p) => [p.id, p.latest_version]),
    );
  });

  it("lists a run's personas largest first, and the same data in another study gets the same names, taglines and faces", async () => {
    const PERSONAS = `query($id: ID!) { study(id: $id) { personas { name tagline segmentShare avatarSvg } } }`;
    const listed = async (studyId: string) =>
      (await t.gql(PERSONAS, { id: studyId }, ctx.owner.token)).data!.study.personas as {
        name: string;
        tagline: string;
        segmentShare: number;
        avatarSvg: string;
      }[];
    const first = await listed(ctx.studyId);
    const shares = first.map((p) => p.segmentShare);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // A second import of the same answers: new ids for responses, participants and personas.
    const other = (
      await t.gql(
        'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
        { i: { workspaceId: ctx.workspaceId, name: 'Synthesis again' } },
        ctx.owner.token,
      )
    ).data!.createStudy.id as string;
    await seedStudyViaApi(t, ctx.owner.token, other, { responses: 60, transcripts: 3 });
    const run = await waitForRun(
      (await t.gql(START, { i: { studyId: other, provider: 'offline' } }, ctx.owner.token)).data!
        .startSynthesis.id,
    );
    expect(run.status).toBe('SUCCEEDED');
    const again = await listed(other);
    expect(again.map((p) => [p.name, p.tagline, p.segmentShare])).toEqual(
      first.map((p) => [p.name, p.tagline, p.segmentShare]),
    );
    expect(again.map((p) => p.avatarSvg)).toEqual(first.map((p) => p.avatarSvg));
  }, 120_000);

  it('never edits an approved persona: a changed re-run adds a draft version beside it', async () => {
    const [first] = await personaRows();
    await t.db.query(
      `UPDATE persona SET status = 'APPROVED', approved_version = latest_version WHERE id = $1`,
      [first.id],
    );
    const approvedContent = first.content;
    // Change the data: more responses shift every segment a little.
    await seedStudyViaApi(t, ctx.owner.token, ctx.studyId, {
      responses: 30,
      transcripts: 0,
      codebook: false,
    });
    const run = await waitForRun(
      (await t.gql(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, ctx.owner.token))
        .data!.startSynthesis.id,
    );
    expect(run.status).toBe('SUCCEEDED');
    const [row] = await t.db.query<any>(
      'SELECT approved_version, latest_version, status FROM persona WHERE id = $1',
      [first.id],
    );
    const [approved] = await t.db.query<any>(
      'SELECT content FROM persona_version WHERE persona_id = $1 AND version = $2',
      [first.id, row.approved_version],
    );
    expect(approved.content).toEqual(approvedContent);
    if (row.latest_version > row.approved_version) expect(row.status).toBe('DRAFT');
    const events = await t.db.query<{ action: string }>(
      'SELECT action FROM audit_event WHERE persona_id = $1',
      [first.id],
    );
    expect(events.length).toBeGreaterThanOrEqual(row.latest_version > row.approved_version ? 1 : 0);
  });

  it("keeps a researcher's edited words when a re-run changes the persona", async () => {
    const [draft] = await t.db.query<{ id: string }>(
      `SELECT id FROM persona WHERE study_id = $1 AND status = 'DRAFT' AND approved_version IS NULL ORDER BY created_at LIMIT 1`,
      [ctx.studyId],
    );
    const edited = await t.gql(
      'mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) { version tagline } }',
      { id: draft.id, i: { tagline: 'Hand-written tagline' } },
      ctx.owner.token,
    );
    expect(edited.data?.updatePersona.tagline).toBe('Hand-written tagline');
    await seedStudyViaApi(t, ctx.owner.token, ctx.studyId, {
      responses: 30,
      transcripts: 0,
      codebook: false,
    });
    const run = await waitForRun(
      (await t.gql(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, ctx.owner.token))
        .data!.startSynthesis.id,
    );
    expect(run.status).toBe('SUCCEEDED');
    const [after] = await t.db.query<{ latest_version: number; content: any }>(
      'SELECT p.latest_version, v.content FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version WHERE p.id = $1',
      [draft.id],
    );
    expect(after.content.tagline).toBe('Hand-written tagline');
  });

  it('refuses a second run while one is going, and lets only researchers start', async () => {
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    expect(errorOf(await t.gql(START, { i: { studyId: ctx.studyId } }, viewer.token)).code).toBe(
      'FORBIDDEN',
    );
    const outsider = await t.signUp('Outsider');
    expect(errorOf(await t.gql(START, { i: { studyId: ctx.studyId } }, outsider.token)).code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(RUN, { id: firstRunId }, outsider.token)).data?.synthesisRun).toBeNull();
    expect(
      errorOf(
        await t.gql(START, { i: { studyId: ctx.studyId, provider: 'psychic' } }, ctx.owner.token),
      ).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('cancels a queued run and leaves personas as they were', async () => {
    const before = await personaRows();
    const started = (
      await t.gql(START, { i: { studyId: ctx.studyId, provider: 'offline' } }, ctx.owner.token)
    ).data!.startSynthesis;
    const cancelled = await t.gql(
      'mutation($id: ID!) { cancelSynthesis(id: $id) { status } }',
      { id: started.id },
      ctx.owner.token,
    );
    expect(['CANCELLED', 'RUNNING']).toContain(cancelled.data?.cancelSynthesis.status);
    const run = await waitForRun(started.id);
    expect(run.status).toBe('CANCELLED');
    expect((await personaRows()).map((p) => [p.id, p.latest_version])).toEqual(
      before.map((p) => [p.id, p.latest_version]),
    );
    expect(
      errorOf(
        await t.gql(
          'mutation($id: ID!) { cancelSynthesis(id: $id) { status } }',
          { id: started.id },
          ctx.owner.token,
        ),
      ).code,
    ).toBe('CONFLICT');
  });
});

describe('openai synthesis against the fake server', () => {
  const runWith = async (...script: Parameters<FakeOpenAI['script']>[0]) => {
    fake.reset();
    fake.script(script);
    const started = await t.gql(
      START,
      { i: { studyId: ctx.studyId, provider: 'openai' } },
      ctx.owner.token,
    );
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    return waitForRun(started.data.startSynthesis.id);
  };

  it('uses the model for words, records tokens, and sends no private data', async () => {
    const run = await runWith({ custom: goodWords });
    expect(run.status).toBe('SUCCEEDED');
    expect(run.model).toBe('fake-model');
    expect(run.tokensIn).toBeGreaterThan(0);
    const body = JSON.stringify(fake.requests);
    expect(body).not.toMatch(/@example\.com/);
    expect(fake.requests[0].response_format?.type).toBe('json_schema');
    const drafts = await t.db.query<{ content: any }>(
      `SELECT content FROM persona_version WHERE synthesis_run_id = $1`,
      [run.id],
    );
    // Every persona the run rewrote has the model's words, except words a researcher wrote by hand.
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts)
      expect(['Written by the model', 'Hand-written tagline']).toContain(d.content.tagline);
    expect(drafts.some((d) => d.content.tagline === 'Written by the model')).toBe(true);
    // The model writes the backstory too, not only the offline words.
    const byModel = drafts.filter((d) => d.content.tagline === 'Written by the model');
    for (const d of byModel)
      expect(d.content.backstory).toBe('Started in spreadsheets; now automates the weekly report.');
    expect(fake.requests[0].response_format?.json_schema?.schema).toMatchObject({
      properties: { personas: { items: { required: expect.arrayContaining(['backstory']) } } },
    });
  });

  it("cuts a model's tagline over 80 characters at a word", async () => {
    const long =
      'Analyst who automates every weekly report and still fights slow exports before each audit';
    const run = await runWith({
      custom: (req: ChatRequest) => {
        const words = goodWords(req);
        return { personas: words.personas.map((p: object) => ({ ...p, tagline: long })) };
      },
    });
    expect(run.status).toBe('SUCCEEDED');
    const drafts = await t.db.query<{ content: any }>(
      `SELECT content FROM persona_version WHERE synthesis_run_id = $1`,
      [run.id],
    );
    const cut = drafts
      .map((d) => d.content.tagline)
      .filter((x: string) => x !== 'Hand-written tagline');
    expect(cut.length).toBeGreaterThan(0);
    for (const tagline of cut) {
      expect(tagline.length).toBeLessThanOrEqual(80);
      expect(tagline).toBe(
        'Analyst who automates every weekly report and still fights slow exports before…',
      );
    }
  });

  it('retries a 429 and succeeds', async () => {
    const run = await runWith('429', { custom: goodWords });
    expect(run.status).toBe('SUCCEEDED');
  });

  it('fails with a reason after a malformed answer twice, leaving personas unchanged', async () => {
    const before = await personaRows();
    const run = await runWith('malformed', 'malformed');
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/format|JSON/i);
    expect((await personaRows()).map((p) => [p.id, p.latest_version])).toEqual(
      before.map((p) => [p.id, p.latest_version]),
    );
  });

  it('fails when the model names evidence it was not offered', async () => {
    const run = await runWith('bad-evidence', 'bad-evidence');
    expect(run.status).toBe('FAILED');
  });

  it('fails clearly when the server keeps erroring', async () => {
    const run = await runWith('500', '500', '500', '500', '500');
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/model server/i);
  });
});
