import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 16 item 11: a code's "N highlights" opens a paged list whose quotes link to their passages.
const CREATE_CODE = 'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }';
const APPLY = 'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }';
const IMPORT =
  'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id } } }';
const PAGE = `query($c: ID!, $f: Int, $o: Int) { codeHighlights(codeId: $c, first: $f, offset: $o) {
  totalCount nodes { id text status place { label interviewId surveyId speaker } } } }`;

const VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Sam>The dashboard is slow to load every morning.</v>

00:00:05.000 --> 00:00:09.000
<v Sam>Pricing is confusing and export breaks.</v>
`;

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let interviewId: string;
let segments: string[];
let surveyId: string;
let responseId: string;
let code: string;
const ids: string[] = [];

async function apply(source: Record<string, string>, start: number, end: number): Promise<string> {
  const res = await t.gql(APPLY, { i: { codeId: code, source, start, end } }, ctx.owner.token);
  expect(res.errors).toBeUndefined();
  return res.data!.applyCode.id;
}

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Highlights');
  const iv = (
    await t.gql(
      IMPORT,
      { i: { studyId: ctx.studyId, title: 'Call with Sam', format: 'VTT', content: VTT } },
      ctx.owner.token,
    )
  ).data!.importTranscript;
  interviewId = iv.id;
  segments = iv.segments.map((s: { id: string }) => s.id);
  const survey = (
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      {
        i: {
          studyId: ctx.studyId,
          title: 'Pulse',
          questions: [{ id: 'why', type: 'LONG_TEXT', title: 'What slows you down?' }],
        },
      },
      ctx.owner.token,
    )
  ).data!.createSurvey;
  surveyId = survey.id;
  await t.gql(
    'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
    { id: surveyId },
    ctx.owner.token,
  );
  responseId = (
    await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
      i: {
        slug: survey.slug,
        clientResponseId: 'resp-hl-0001',
        complete: true,
        answers: [{ questionId: 'why', value: 'Exports that time out.' }],
      },
    })
  ).data!.submitResponse.responseId;
  code = (
    await t.gql(
      CREATE_CODE,
      { i: { studyId: ctx.studyId, name: 'Slow', category: 'PAIN_POINT' } },
      ctx.owner.token,
    )
  ).data!.createCode.id;
  const turn = { type: 'TRANSCRIPT_SEGMENT', segmentId: segments[0] };
  ids.push(await apply(turn, 4, 13)); // dashboard
  ids.push(await apply(turn, 17, 21)); // slow
  ids.push(await apply({ type: 'TRANSCRIPT_SEGMENT', segmentId: segments[1] }, 0, 7)); // Pricing
  ids.push(await apply({ type: 'SURVEY_ANSWER', responseId, questionId: 'why' }, 0, 7)); // Exports
  // A rejected suggestion is not one of the code's highlights.
  const rejected = await apply(turn, 0, 3);
  await t.db.query(
    `UPDATE highlight SET status = 'REJECTED', coder = 'offline-coder', confidence = 0.4 WHERE id = $1`,
    [rejected],
  );
  await t.db.query(
    `UPDATE highlight SET status = 'SUGGESTED', coder = 'offline-coder', confidence = 0.7 WHERE id = $1`,
    [ids[1]],
  );
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('codeHighlights', () => {
  it('pages the suggested and accepted highlights of a code, oldest first, with where each one is', async () => {
    const first = await t.gql(PAGE, { c: code, f: 2, o: 0 }, ctx.owner.token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.codeHighlights.totalCount).toBe(4);
    expect(first.data!.codeHighlights.nodes.map((n: { id: string }) => n.id)).toEqual(
      ids.slice(0, 2),
    );
    expect(first.data!.codeHighlights.nodes[1]).toMatchObject({
      text: 'slow',
      status: 'SUGGESTED',
    });
    expect(first.data!.codeHighlights.nodes[0].place).toEqual({
      label: 'Call with Sam, turn 1',
      interviewId,
      surveyId: null,
      speaker: 'Sam',
    });
    const second = await t.gql(PAGE, { c: code, f: 2, o: 2 }, ctx.owner.token);
    const nodes = second.data!.codeHighlights.nodes;
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(2));
    expect(nodes[0].place.label).toBe('Call with Sam, turn 2');
    expect(nodes[1]).toMatchObject({
      text: 'Exports',
      place: { label: 'Pulse: “What slows you down?”', interviewId: null, surveyId, speaker: null },
    });
    const past = await t.gql(PAGE, { c: code, f: 2, o: 4 }, ctx.owner.token);
    expect(past.data!.codeHighlights).toEqual({ totalCount: 4, nodes: [] });
  });

  it('lets every member read it, and answers a stranger and bad pages with errors', async () => {
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    const read = await t.gql(PAGE, { c: code }, viewer.token);
    expect(read.errors).toBeUndefined();
    expect(read.data!.codeHighlights.nodes).toHaveLength(4);
    const other = await createStudyFixture(t, 'Other');
    expect(errorOf(await t.gql(PAGE, { c: code }, other.owner.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(PAGE, { c: code, f: 0 }, ctx.owner.token)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await t.gql(PAGE, { c: code, f: 101 }, ctx.owner.token)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await t.gql(PAGE, { c: code, o: -1 }, ctx.owner.token)).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});
