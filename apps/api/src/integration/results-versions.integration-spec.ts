import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 16: results across survey versions (bug 2: answers to an option removed in version 2
// still count, under their own text plus "(removed in v2)"), the version filter, and the
// partial responses a "complete only" view leaves out (item 13).

const CREATE = 'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id } }';
const PUBLISH = 'mutation($id: ID!) { publishSurvey(id: $id) { version } }';
const SUBMIT = 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }';
const RESULTS = `query($id: ID!, $f: ResultsFilter) { surveyResults(surveyId: $id, filter: $f) {
  responseCount completeCount partialCount questions { questionId answered choices { choiceId label count } } } }`;
const RESPONSES = `query($id: ID!, $f: ResultsFilter) { responses(surveyId: $id, first: 50, filter: $f) { totalCount nodes { surveyVersion } } }`;

const v1 = [
  {
    id: 'tool',
    type: 'SINGLE_CHOICE',
    title: 'Main tool',
    options: [
      { id: 'r', label: 'R' },
      { id: 'py', label: 'Python' },
      { id: 'xl', label: 'Excel' },
    ],
  },
  {
    id: 'uses',
    type: 'MULTIPLE_CHOICE',
    title: 'Uses',
    options: [
      { id: 'clean', label: 'Cleaning' },
      { id: 'viz', label: 'Charts' },
      { id: 'share', label: 'Sharing' },
    ],
  },
];
// Version 2 drops Excel and Charts and renames Python.
const v2 = [
  {
    ...v1[0],
    options: [
      { id: 'r', label: 'R' },
      { id: 'py', label: 'Python 3' },
    ],
  },
  {
    ...v1[1],
    options: [
      { id: 'clean', label: 'Cleaning' },
      { id: 'share', label: 'Sharing' },
    ],
  },
];

let t: TestApp;
let token: string;
let surveyId: string;

async function submit(slug: string, answers: Record<string, unknown>, complete = true) {
  const res = await t.gql(SUBMIT, {
    i: {
      slug,
      clientResponseId: randomUUID(),
      complete,
      answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
    },
  });
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  const ctx = await createStudyFixture(t, 'Versions');
  token = ctx.owner.token;
  const s = (
    await t.gql(CREATE, { i: { studyId: ctx.studyId, title: 'Tools', questions: v1 } }, token)
  ).data!.createSurvey;
  surveyId = s.id;
  expect((await t.gql(PUBLISH, { id: s.id }, token)).data!.publishSurvey.version).toBe(1);
  // Version 1: 3 × Excel, 2 × R, 1 × Python; Charts picked 4 times.
  for (const tool of ['xl', 'xl', 'xl', 'r', 'r', 'py'])
    await submit(s.slug, { tool, uses: tool === 'r' ? ['clean'] : ['clean', 'viz'] });
  expect((await t.gql(UPDATE, { id: s.id, i: { questions: v2 } }, token)).errors).toBeUndefined();
  expect((await t.gql(PUBLISH, { id: s.id }, token)).data!.publishSurvey.version).toBe(2);
  // Version 2: 2 × Python, 3 × R, and one partial response (R).
  for (const tool of ['py', 'py', 'r', 'r', 'r']) await submit(s.slug, { tool, uses: ['clean'] });
  await submit(s.slug, { tool: 'r' }, false);
}, 120_000);
afterAll(async () => t?.close());

type Result = {
  questionId: string;
  answered: number;
  choices: { choiceId: string; label: string; count: number }[];
};
const question = (r: { questions: Result[] }, id: string) =>
  r.questions.find((q) => q.questionId === id)!;

describe('results across versions', () => {
  it('counts answers to a removed option, labelled with its own text and the version that removed it', async () => {
    const r = (await t.gql(RESULTS, { id: surveyId }, token)).data!.surveyResults;
    const tool = question(r, 'tool');
    expect(tool.answered).toBe(12);
    expect(tool.choices).toEqual([
      { choiceId: 'r', label: 'R', count: 6 },
      { choiceId: 'py', label: 'Python 3', count: 3 },
      { choiceId: 'xl', label: 'Excel (removed in v2)', count: 3 },
    ]);
    // Every answer is in a bar: the bars add up to the answers of a single-choice question.
    expect(tool.choices.reduce((n, c) => n + c.count, 0)).toBe(tool.answered);
    const uses = question(r, 'uses');
    expect(uses.choices).toEqual([
      { choiceId: 'clean', label: 'Cleaning', count: 11 },
      { choiceId: 'share', label: 'Sharing', count: 0 },
      { choiceId: 'viz', label: 'Charts (removed in v2)', count: 4 },
    ]);
  });

  it('says "(removed)" for an option dropped only in unpublished edits, and still counts it', async () => {
    const ctx = await createStudyFixture(t, 'Draft removal');
    const s = (
      await t.gql(
        CREATE,
        { i: { studyId: ctx.studyId, title: 'D', questions: v1 } },
        ctx.owner.token,
      )
    ).data!.createSurvey;
    await t.gql(PUBLISH, { id: s.id }, ctx.owner.token);
    await submit(s.slug, { tool: 'xl' });
    await t.gql(UPDATE, { id: s.id, i: { questions: v2 } }, ctx.owner.token);
    const r = (await t.gql(RESULTS, { id: s.id }, ctx.owner.token)).data!.surveyResults;
    expect(
      question(r, 'tool').choices.find((c: { choiceId: string }) => c.choiceId === 'xl'),
    ).toEqual({
      choiceId: 'xl',
      label: 'Excel (removed)',
      count: 1,
    });
  });

  it('filters by version, in the results and the responses page alike', async () => {
    const one = (await t.gql(RESULTS, { id: surveyId, f: { surveyVersion: 1 } }, token)).data!
      .surveyResults;
    expect(one.responseCount).toBe(6);
    expect(question(one, 'tool').choices.map((c: { count: number }) => c.count)).toEqual([2, 1, 3]);
    const two = (
      await t.gql(RESULTS, { id: surveyId, f: { surveyVersion: 2, completeOnly: true } }, token)
    ).data!.surveyResults;
    expect(two).toMatchObject({ responseCount: 5, completeCount: 5, partialCount: 1 });
    expect(question(two, 'tool').choices.map((c: { count: number }) => c.count)).toEqual([3, 2, 0]);
    const page = (await t.gql(RESPONSES, { id: surveyId, f: { surveyVersion: 1 } }, token)).data!
      .responses;
    expect(page.totalCount).toBe(6);
    expect(new Set(page.nodes.map((n: { surveyVersion: number }) => n.surveyVersion))).toEqual(
      new Set([1]),
    );
    const none = (await t.gql(RESULTS, { id: surveyId, f: { surveyVersion: 7 } }, token)).data!
      .surveyResults;
    expect(none.responseCount).toBe(0);
    const bad = await t.gql(RESULTS, { id: surveyId, f: { surveyVersion: 0 } }, token);
    expect(errorOf(bad).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('keeps partial responses in by default (the API contract) and counts what completeOnly leaves out', async () => {
    const all = (await t.gql(RESULTS, { id: surveyId }, token)).data!.surveyResults;
    expect(all).toMatchObject({ responseCount: 12, completeCount: 11, partialCount: 1 });
    const complete = (await t.gql(RESULTS, { id: surveyId, f: { completeOnly: true } }, token))
      .data!.surveyResults;
    expect(complete).toMatchObject({ responseCount: 11, completeCount: 11, partialCount: 1 });
    expect(question(complete, 'tool').answered).toBe(11);
    // The partial count follows the rest of the filter.
    const pythonOnly = (
      await t.gql(
        RESULTS,
        {
          id: surveyId,
          f: {
            completeOnly: true,
            where: [{ questionId: 'tool', operator: 'EQUALS', value: 'py' }],
          },
        },
        token,
      )
    ).data!.surveyResults;
    expect(pythonOnly).toMatchObject({ responseCount: 3, partialCount: 0 });
  });

  it('reads surveyVersion in an export filter too', async () => {
    const f = encodeURIComponent(JSON.stringify({ surveyVersion: 2, completeOnly: true }));
    const res = await fetch(`${t.url}/api/surveys/${surveyId}/responses.json?filter=${f}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const rows: unknown[] = Array.isArray(body) ? body : body.responses;
    expect(rows).toHaveLength(5);
    const bad = encodeURIComponent(JSON.stringify({ surveyVersion: 'two' }));
    const refused = await fetch(`${t.url}/api/surveys/${surveyId}/responses.json?filter=${bad}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(400);
  });
});
