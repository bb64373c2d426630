import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Filtered results are an expensive read (the aggregate again under a condition per answer):
// in the query cost limit a filtered surveyResults costs more than an unfiltered one.

let t: TestApp;
let token: string;
let surveyId: string;

const many = (n: number, args: string) =>
  `query($s: ID!${args.includes('$f') ? ', $f: ResultsFilter' : ''}) { ${Array.from({ length: n }, (_, i) => `r${i}: surveyResults(surveyId: $s${args}) { responseCount completeCount }`).join(' ')} }`;

beforeAll(async () => {
  t = await createTestApp();
  const ctx = await createStudyFixture(t, 'Cost');
  token = ctx.owner.token;
  surveyId = (
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }',
      {
        i: {
          studyId: ctx.studyId,
          title: 'C',
          questions: [{ id: 'q', type: 'SHORT_TEXT', title: 'Q' }],
        },
      },
      token,
    )
  ).data!.createSurvey.id;
});
afterAll(async () => {
  await t?.close();
});

describe('cost of filtered results', () => {
  it('accepts one filtered surveyResults, literal or as a variable', async () => {
    const literal = await t.gql(
      many(1, ', filter: { completeOnly: true }'),
      { s: surveyId },
      token,
    );
    expect(literal.errors).toBeUndefined();
    expect(literal.data?.r0.responseCount).toBe(0);
    const variable = await t.gql(
      many(1, ', filter: $f'),
      { s: surveyId, f: { completeOnly: true } },
      token,
    );
    expect(variable.errors).toBeUndefined();
  });

  it('accepts twelve unfiltered surveyResults in one query', async () => {
    const res = await t.gql(many(12, ''), { s: surveyId }, token);
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data ?? {})).toHaveLength(12);
  });

  it('refuses twelve filtered surveyResults in one query with BAD_USER_INPUT, before running any', async () => {
    for (const [args, variables] of [
      [', filter: { completeOnly: true }', { s: surveyId }],
      [', filter: $f', { s: surveyId, f: { where: [{ questionId: 'q', operator: 'ANSWERED' }] } }],
    ] as const) {
      const res = await t.gql(many(12, args), variables, token);
      const error = errorOf(res);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/Cost limit of 20000 exceeded/);
      expect(res.data ?? null).toBeNull();
      expect(res.status).toBe(400);
    }
  });

  it('counts a literal null filter as no filter', async () => {
    const res = await t.gql(many(12, ', filter: null'), { s: surveyId }, token);
    expect(res.errors).toBeUndefined();
  });
});
