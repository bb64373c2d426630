import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { seedPersonaRow } from '../../test/support/persona-seed';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// What a persona says: evidence checked against the source, versions with diffs, links, and the Markdown export.

const UPDATE = `mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) {
  version name traits { kind text share lift evidence { source { type segmentId } start end quote participant { label } } } } }`;
const SUBMIT = `mutation($id: ID!) { submitPersonaForReview(id: $id) { status } }`;
const REVIEW = `mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { status } }`;
const IMPORT = `mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { segments { id text isInterviewer } } }`;
const TRANSCRIPT =
  'Dan: How do you work?\nParticipant: I export everything to CSV every morning because the dashboard is slow.';

type Member = { token: string; id: string };
type Segment = { id: string; text: string; isInterviewer: boolean };
let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let other: Awaited<ReturnType<typeof createStudyFixture>>;
let researcher: Member, reviewer: Member, viewer: Member;
let answer: Segment, question: Segment, foreign: Segment;
let runId: string;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const span = (s: Segment, phrase: string) => ({
  source: { type: 'TRANSCRIPT_SEGMENT', segmentId: s.id },
  start: s.text.indexOf(phrase),
  end: s.text.indexOf(phrase) + phrase.length,
});
const versionCount = async (id: string) =>
  (
    await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM persona_version WHERE persona_id = $1',
      [id],
    )
  )[0].n;
const fetchUrl = (path: string, token?: string) =>
  fetch(`${t.url.replace('[::1]', '127.0.0.1')}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

async function importSegments(studyId: string, token: string): Promise<Segment[]> {
  const i = {
    studyId,
    title: 'P1 interview',
    format: 'PLAIN',
    content: TRANSCRIPT,
    interviewerSpeakers: ['Dan'],
    participantLabel: 'P1',
  };
  return ok(await t.gql(IMPORT, { i }, token)).importTranscript.segments;
}

/** A synthesis-made persona (version 1, DRAFT) whose one trait quotes P1's real words. */
const seedPersona = (name = 'Morning Exporter') =>
  seedPersonaRow(t.db, { studyId: ctx.studyId, runId, segment: answer, name });

async function approve(id: string) {
  ok(await t.gql(SUBMIT, { id }, researcher.token));
  ok(await t.gql(REVIEW, { i: { personaId: id, decision: 'APPROVE' } }, reviewer.token));
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Persona content');
  other = await createStudyFixture(t, 'Other tenant');
  researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
  reviewer = await addMember(t, ctx.owner, ctx.workspaceId, 'REVIEWER');
  viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
  const segments = await importSegments(ctx.studyId, ctx.owner.token);
  answer = segments.find((s) => !s.isInterviewer)!;
  question = segments.find((s) => s.isInterviewer)!;
  foreign = (await importSegments(other.studyId, other.owner.token)).find((s) => !s.isInterviewer)!;
  [{ id: runId }] = await t.db.query<{ id: string }>(
    `INSERT INTO synthesis_run (study_id, status, provider, progress, started_at, finished_at) VALUES ($1, 'SUCCEEDED', 'offline', 1, now(), now()) RETURNING id`,
    [ctx.studyId],
  );
});
afterAll(async () => t?.close());

describe('evidence', () => {
  const slow = () => ({
    kind: 'PAIN_POINT',
    text: 'The dashboard is too slow',
    evidence: [span(answer, 'the dashboard is slow')],
  });
  const behaviour = () => ({
    kind: 'BEHAVIOR',
    text: 'Exports to CSV every morning',
    evidence: [span(answer, 'export everything to CSV')],
  });

  it('stores the quote read from the source, whatever the client sends, with its participant', async () => {
    const id = await seedPersona();
    const forged = {
      ...span(answer, 'because the dashboard is slow'),
      quote: 'I love the dashboard',
    };
    const p = ok(
      await t.gql(
        UPDATE,
        {
          id,
          i: {
            traits: [
              behaviour(),
              { kind: 'PAIN_POINT', text: 'Slow dashboard', evidence: [forged] },
            ],
          },
        },
        researcher.token,
      ),
    ).updatePersona;
    expect(p.version).toBe(2);
    expect(p.traits[1].evidence[0]).toMatchObject({
      quote: 'because the dashboard is slow',
      participant: { label: 'P1' },
      source: { segmentId: answer.id },
    });
    const [stored] = await t.db.query<{ content: any }>(
      'SELECT content FROM persona_version WHERE persona_id = $1 AND version = 2',
      [id],
    );
    expect(stored.content.traits[1].evidence[0].quote).toBe('because the dashboard is slow');
    expect(JSON.stringify(stored.content)).not.toContain('I love the dashboard');
    // An unchanged claim keeps its synthesis statistics; a new one has none.
    expect(p.traits.map((x: any) => [x.share, x.lift])).toEqual([
      [1, 1.5],
      [null, null],
    ]);
  });

  it('refuses bad evidence with the trait index and writes nothing', async () => {
    const id = await seedPersona();
    const bad: [string, Record<string, unknown>][] = [
      [
        'offsets past the end',
        { source: span(answer, 'slow').source, start: 10, end: answer.text.length + 5 },
      ],
      ['an empty span', { source: span(answer, 'slow').source, start: 5, end: 5 }],
      ['a negative start', { source: span(answer, 'slow').source, start: -1, end: 4 }],
      ["an interviewer's turn", span(question, 'How do you work')],
      ["another study's segment", span(foreign, 'export everything')],
      [
        'a segment that does not exist',
        {
          source: { type: 'TRANSCRIPT_SEGMENT', segmentId: '00000000-0000-4000-8000-000000000000' },
          start: 0,
          end: 3,
        },
      ],
      ['a source without an id', { source: { type: 'TRANSCRIPT_SEGMENT' }, start: 0, end: 3 }],
    ];
    for (const [what, evidence] of bad) {
      const err = errorOf(
        await t.gql(
          UPDATE,
          {
            id,
            i: { name: 'Changed', traits: [behaviour(), { ...slow(), evidence: [evidence] }] },
          },
          researcher.token,
        ),
      );
      expect(err.code, what).toBe('BAD_USER_INPUT');
      expect(err.extensions.traitIndex, what).toBe(1);
      expect(err.message, what).toMatch(/^Trait 2/);
    }
    const foreignErr = errorOf(
      await t.gql(
        UPDATE,
        { id, i: { traits: [{ ...slow(), evidence: [span(foreign, 'export everything')] }] } },
        researcher.token,
      ),
    );
    expect(foreignErr.message).not.toContain(foreign.text);
    expect(
      errorOf(
        await t.gql(UPDATE, { id, i: { traits: [{ ...slow(), evidence: [] }] } }, researcher.token),
      ).extensions.traitIndex,
    ).toBe(0);
    expect(
      errorOf(
        await t.gql(UPDATE, { id, i: { traits: [{ ...slow(), text: '  ' }] } }, researcher.token),
      ).extensions.traitIndex,
    ).toBe(0);
    expect(
      errorOf(await t.gql(UPDATE, { id, i: { name: '   ' } }, researcher.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'name' } });
    expect(await versionCount(id)).toBe(1);
    const [row] = await t.db.query<{ status: string; latest_version: number }>(
      'SELECT status, latest_version FROM persona WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ status: 'DRAFT', latest_version: 1 });
  });

  it('takes survey answers as evidence, but never an email answer', async () => {
    const id = await seedPersona();
    const questions = [
      { id: 'why', type: 'LONG_TEXT', title: 'Why CSV?' },
      { id: 'mail', type: 'EMAIL', title: 'Email' },
    ];
    const created = ok(
      await t.gql(
        'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
        { i: { studyId: ctx.studyId, title: 'Tools', questions } },
        ctx.owner.token,
      ),
    ).createSurvey;
    ok(
      await t.gql(
        'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
        { id: created.id },
        ctx.owner.token,
      ),
    );
    const sent = ok(
      await t.gql(
        'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
        {
          i: {
            slug: created.slug,
            clientResponseId: '7d9c3f52-8a1e-4c6b-9f0a-2b5d8e1c4a70',
            complete: true,
            answers: [
              { questionId: 'why', value: 'Spreadsheets are where my team works.' },
              { questionId: 'mail', value: 'dana@example.com' },
            ],
          },
        },
      ),
    ).submitResponse;
    const source = (questionId: string) => ({
      type: 'SURVEY_ANSWER',
      responseId: sent.responseId,
      questionId,
    });
    const trait = (questionId: string, end: number) => ({
      kind: 'MOTIVATION',
      text: 'Works where the team works',
      evidence: [{ source: source(questionId), start: 0, end }],
    });
    const p = ok(
      await t.gql(UPDATE, { id, i: { traits: [trait('why', 12)] } }, researcher.token),
    ).updatePersona;
    expect(p.traits[0].evidence[0]).toMatchObject({
      quote: 'Spreadsheets',
      source: { type: 'SURVEY_ANSWER' },
    });
    const email = errorOf(
      await t.gql(UPDATE, { id, i: { traits: [trait('mail', 4)] } }, researcher.token),
    );
    expect(email).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { traitIndex: 0 } });
    expect(email.message).not.toContain('dana');
  });

  it('writes no version for an edit that changes nothing', async () => {
    const id = await seedPersona();
    const same = ok(
      await t.gql(
        UPDATE,
        { id, i: { name: 'Morning Exporter', traits: [behaviour()] } },
        researcher.token,
      ),
    ).updatePersona;
    expect(same.version).toBe(1);
    expect(await versionCount(id)).toBe(1);
  });
});

describe('versions', () => {
  it('keeps every version with who wrote it, and diffs any two', async () => {
    const id = await seedPersona();
    ok(await t.gql(UPDATE, { id, i: { name: 'CSV Exporter', tagline: '' } }, researcher.token));
    ok(
      await t.gql(
        UPDATE,
        {
          id,
          i: {
            traits: [
              {
                kind: 'PAIN_POINT',
                text: 'The dashboard is too slow',
                evidence: [span(answer, 'the dashboard is slow')],
              },
            ],
          },
        },
        ctx.owner.token,
      ),
    );
    const q = `query($id: ID!, $f: Int!, $t: Int!) { persona(id: $id) {
      versions { version status origin name tagline createdBy { id } traits { text } }
      diff(from: $f, to: $t) { field change before after } } }`;
    const p = ok(await t.gql(q, { id, f: 1, t: 3 }, viewer.token)).persona;
    expect(
      p.versions.map((v: any) => [
        v.version,
        v.status,
        v.origin,
        v.name,
        v.tagline,
        v.createdBy?.id ?? null,
      ]),
    ).toEqual([
      [1, null, 'SYNTHESIS', 'Morning Exporter', 'Works around the dashboard', null],
      [2, null, 'EDIT', 'CSV Exporter', null, researcher.id],
      [3, 'DRAFT', 'EDIT', 'CSV Exporter', null, ctx.owner.id],
    ]);
    expect(p.diff).toEqual([
      { field: 'name', change: 'CHANGED', before: 'Morning Exporter', after: 'CSV Exporter' },
      { field: 'tagline', change: 'REMOVED', before: 'Works around the dashboard', after: null },
      {
        field: 'trait',
        change: 'ADDED',
        before: null,
        after: 'PAIN_POINT: The dashboard is too slow',
      },
      {
        field: 'trait',
        change: 'REMOVED',
        before: 'BEHAVIOR: Exports to CSV every morning',
        after: null,
      },
    ]);
    const back = ok(await t.gql(q, { id, f: 2, t: 1 }, viewer.token)).persona.diff;
    expect(back).toEqual([
      { field: 'name', change: 'CHANGED', before: 'CSV Exporter', after: 'Morning Exporter' },
      { field: 'tagline', change: 'ADDED', before: null, after: 'Works around the dashboard' },
    ]);
    const missing = errorOf(await t.gql(q, { id, f: 1, t: 9 }, viewer.token));
    expect(missing).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'to' } });
  });
});

describe('links', () => {
  it('reaches the study and the synthesis run, and lists the run’s personas with the version it wrote', async () => {
    const id = await seedPersona('Run Persona');
    ok(await t.gql(UPDATE, { id, i: { name: 'Edited Run Persona' } }, researcher.token));
    const p = ok(
      await t.gql(
        'query($id: ID!) { persona(id: $id) { study { id } synthesisRun { id status provider } } }',
        { id },
        viewer.token,
      ),
    ).persona;
    expect(p).toEqual({
      study: { id: ctx.studyId },
      synthesisRun: { id: runId, status: 'SUCCEEDED', provider: 'offline' },
    });
    const run = ok(
      await t.gql(
        'query($id: ID!) { synthesisRun(id: $id) { personas { id version name } } }',
        { id: runId },
        viewer.token,
      ),
    ).synthesisRun;
    expect(run.personas).toContainEqual({ id, version: 1, name: 'Run Persona' });
    expect(
      (
        await t.gql(
          'query($id: ID!) { synthesisRun(id: $id) { id } }',
          { id: runId },
          other.owner.token,
        )
      ).data?.synthesisRun,
    ).toBeNull();
  });
});

describe('Markdown export', () => {
  const path = (id: string) => `/api/personas/${id}.md`;

  it('exports approved personas only, to members only', async () => {
    const id = await seedPersona('Exported Persona');
    const draft = await fetchUrl(path(id), viewer.token);
    expect(draft.status).toBe(409);
    expect(await draft.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message: 'Only approved personas can be exported; this one is DRAFT.',
      },
    });

    await approve(id);
    const res = await fetchUrl(path(id), viewer.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    const md = await res.text();
    expect(md).toContain('# Exported Persona');
    expect(md).toContain('> export everything to CSV — P1');
    expect(md).toContain('## What they do');

    expect((await fetchUrl(path(id))).status).toBe(401);
    expect((await fetchUrl(path(id), other.owner.token)).status).toBe(404);
    expect((await fetchUrl(path('not-a-uuid'), viewer.token)).status).toBe(404);
  });

  it('writes every field as text: no HTML, links, headings or code from persona words', async () => {
    const id = await seedPersona('Escaped Persona');
    const summary =
      '<script>alert(1)</script> see [link](javascript:alert(1))\n# heading\n\n`code` and ```fence```\n- item';
    ok(
      await t.gql(
        UPDATE,
        {
          id,
          i: { name: '<img src=x onerror=alert(1)>', tagline: '[x](javascript:alert(2))', summary },
        },
        researcher.token,
      ),
    );
    await approve(id);
    const md = await (await fetchUrl(path(id), viewer.token)).text();
    expect(md).toContain('# \\<img src=x onerror=alert\\(1\\)\\>\n');
    expect(md).toContain('*\\[x\\]\\(javascript:alert\\(2\\)\\)*');
    expect(md).toContain(
      '\\<script\\>alert\\(1\\)\\</script\\> see \\[link\\]\\(javascript:alert\\(1\\)\\) \\# heading\n\n\\`code\\` and \\`\\`\\`fence\\`\\`\\` - item',
    );
    // Nothing unescaped survives: every <, [, (, # and backtick of the persona's words has a backslash.
    const words = md.slice(0, md.indexOf('Stands for'));
    expect(words).not.toMatch(/(?<!\\)[<[`]/);
    expect(words).not.toMatch(/^#(?! \\<img)/m);
  });

  it('exports the approved version while a newer draft waits', async () => {
    const id = await seedPersona('Approved Words');
    await approve(id);
    ok(await t.gql(UPDATE, { id, i: { name: 'Unapproved Words' } }, researcher.token));
    const md = await (await fetchUrl(path(id), viewer.token)).text();
    expect(md).toContain('# Approved Words');
    expect(md).not.toContain('Unapproved Words');
  });
});
