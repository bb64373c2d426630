// The submitResponse fast lane answers exactly as Apollo would. Each case sends the same request
// twice: once in the lane's shape, once with a no-op `@include(if: true)` that makes the lane step
// aside so Apollo's own pipeline answers; the two answers must match.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { coercePlainSubmitInput, planSubmit } from '../graphql/submit-fast-lane';
import { createRequire } from 'node:module';
import { createStudyFixture } from '../testing/fixtures';
import { createTestApp, type TestApp } from '../testing/test-app';

const LANE = `mutation Submit($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }`;
const APOLLO = `mutation Submit($i: SubmitResponseInput!) { submitResponse(input: $i) @include(if: true) { responseId complete } }`;

let t: TestApp;
let slug: string;

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'strict-transport-security', 'referrer-policy', 'x-powered-by'];

async function post(body: unknown, raw?: string) {
  const res = await fetch(`${t.url.replace('[::1]', '127.0.0.1')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ?? JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    security: Object.fromEntries(SECURITY_HEADERS.map((h) => [h, res.headers.get(h)])),
    body: (await res.json()) as Record<string, any>,
  };
}

/** The answer minus error locations (the two documents differ in text, so columns differ). */
const comparable = (r: Awaited<ReturnType<typeof post>>) => ({
  ...r,
  body: { ...r.body, errors: r.body.errors?.map(({ locations: _l, ...e }: Record<string, unknown>) => e) },
});

const input = (over: Record<string, unknown> = {}) => ({
  slug,
  clientResponseId: randomUUID(),
  complete: true,
  answers: [
    { questionId: 'role', value: 'dev' },
    { questionId: 'sat', value: 4 },
  ],
  ...over,
});

async function both(variables: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const lane = await post({ query: LANE, variables, ...extra });
  const apollo = await post({ query: APOLLO, variables, ...extra });
  return { lane, apollo };
}

beforeAll(async () => {
  t = await createTestApp();
  const ctx = await createStudyFixture(t, 'Fast lane');
  const questions = [
    { id: 'role', type: 'SINGLE_CHOICE', title: 'Role?', required: true, options: [{ id: 'dev', label: 'Dev' }, { id: 'pm', label: 'PM' }] },
    { id: 'sat', type: 'RATING', title: 'Satisfaction', required: true, min: 1, max: 5 },
  ];
  const created = await t.gql(`mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }`, { i: { studyId: ctx.studyId, title: 'Lane', questions } }, ctx.owner.token);
  slug = created.data!.createSurvey.slug;
  await t.gql(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: created.data!.createSurvey.id }, ctx.owner.token);
});
afterAll(async () => t?.close());

describe('submitResponse fast lane', () => {
  it('takes the plain submitResponse shape and nothing else', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    expect(planSubmit(schema, LANE)).toMatchObject({ responseKey: 'submitResponse', variable: 'i', selections: [['responseId', 'responseId'], ['complete', 'complete']] });
    expect(planSubmit(schema, `mutation($x: SubmitResponseInput!) { a: submitResponse(input: $x) { id: responseId } }`)).toMatchObject({ responseKey: 'a', variable: 'x' });
    for (const declined of [
      APOLLO,
      `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { ...F } } fragment F on SubmitResponsePayload { responseId }`,
      `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } logOut }`,
      `mutation { submitResponse(input: { slug: "s", clientResponseId: "12345678", complete: true, answers: [] }) { responseId } }`,
      `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId nope } }`,
      `mutation($i: String!) { submitResponse(input: $i) { responseId } }`,
      `query($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }`,
      `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { ${Array.from({ length: 9 }, (_, k) => `a${k}: responseId`).join(' ')} } }`,
      `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId }`,
    ]) {
      expect(planSubmit(schema, declined), declined).toBeNull();
    }
  });

  it('coerces the plain input exactly as graphql-js does, and declines everything else', () => {
    const g = createRequire(__filename)('graphql') as typeof import('graphql');
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const op = g.parse(LANE).definitions[0] as import('graphql').OperationDefinitionNode;
    const viaGraphql = (i: unknown) => g.getVariableValues(schema, op.variableDefinitions!, { i });
    const base = input();
    const taken = [
      base,
      { ...base, invitationToken: 'tok-1', hiddenFields: { source: 'mail' } },
      { ...base, invitationToken: null, hiddenFields: null },
      { ...base, answers: [] },
      { ...base, answers: [{ questionId: 'q', value: { r1: 'c1' } }, { questionId: 'z', value: ['a', 'b'] }, { questionId: 'n', value: 0 }, { questionId: 'f', value: false }] },
    ];
    for (const raw of taken) {
      const graphql = viaGraphql(raw);
      expect(graphql.errors).toBeUndefined();
      expect(coercePlainSubmitInput(raw)).toEqual({ ...(graphql.coerced!.i as object) });
    }
    const declined = [
      null,
      [],
      'x',
      { ...base, extra: 1 },
      { ...base, clientResponseId: 12345678 },
      { ...base, complete: 'true' },
      { ...base, answers: { questionId: 'role', value: 'dev' } },
      { ...base, answers: [{ questionId: 'role' }] },
      { ...base, answers: [{ questionId: 'role', value: null }] },
      { ...base, answers: [{ questionId: 'role', value: 'dev', note: 1 }] },
      { ...base, answers: [{ questionId: 7, value: 'dev' }] },
      { ...base, invitationToken: 5 },
      JSON.parse(`{"__proto__": {"x": 1}, "slug": "s", "clientResponseId": "12345678", "complete": true, "answers": []}`),
    ];
    for (const raw of declined) expect(coercePlainSubmitInput(raw), JSON.stringify(raw)).toBeNull();
  });

  it('acknowledges like Apollo, honouring aliases, field order and __typename', async () => {
    const id = randomUUID();
    const doc = (dir: string) => `mutation($i: SubmitResponseInput!) { r: submitResponse(input: $i)${dir} { __typename done: complete responseId } }`;
    const lane = await post({ query: doc(''), variables: { i: input({ clientResponseId: id }) } });
    const apollo = await post({ query: doc(' @include(if: true)'), variables: { i: input({ clientResponseId: id }) } });
    expect(lane).toEqual(apollo);
    expect(JSON.stringify(lane.body)).toBe(JSON.stringify(apollo.body));
    expect(lane.security['x-content-type-options']).toBe('nosniff');
    expect(lane.security['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(lane.security['x-powered-by']).toBeNull();
    expect(Object.keys(lane.body.data.r)).toEqual(['__typename', 'done', 'responseId']);
    expect(lane.body.data.r).toMatchObject({ __typename: 'SubmitResponsePayload', done: true });
  });

  it('refuses an invalid answer exactly as Apollo does', async () => {
    const bad = input({ answers: [{ questionId: 'role', value: 'ceo' }, { questionId: 'sat', value: 4 }] });
    const { lane, apollo } = await both({ i: bad });
    expect(comparable(lane)).toEqual(comparable(apollo));
    expect(lane.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', questionId: 'role' });
    expect(lane.body.errors[0].locations).toEqual([{ line: 1, column: expect.any(Number) }]);
    expect(lane.body.data).toBeNull();
  });

  it('refuses an input the validation pipe rejects (short clientResponseId) exactly as Apollo does', async () => {
    const { lane, apollo } = await both({ i: input({ clientResponseId: 'abc' }) });
    expect(comparable(lane)).toEqual(comparable(apollo));
    expect(lane.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'clientResponseId' });
  });

  it('answers an unknown survey with NOT_FOUND, as Apollo does', async () => {
    const { lane, apollo } = await both({ i: input({ slug: 'no-such-survey' }) });
    expect(comparable(lane)).toEqual(comparable(apollo));
    expect(lane.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('leaves variables that do not coerce, and a wrong operationName, to Apollo', async () => {
    const missing = await post({ query: LANE, variables: { i: { slug, complete: true, answers: [] } } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(missing.body.errors[0].message).toMatch(/clientResponseId/);
    const wrongName = await post({ query: LANE, variables: { i: input() }, operationName: 'Other' });
    expect(wrongName.status).toBe(400);
    expect(wrongName.body.errors[0].message).toMatch(/Other/);
  });

  it('answers a broken JSON body it read itself like the body parser does, with the security headers', async () => {
    const broken = await post(null, `{"query":"${LANE}","variables":{"i":`);
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(broken.security['x-content-type-options']).toBe('nosniff');
    const scalar = await post(null, '"just a string"');
    expect(scalar.status).toBe(400);
    expect(scalar.body.errors[0].message).toBe('The request body is not valid JSON.');
  });

  it('refuses a NUL character in an answer before anything is stored', async () => {
    const id = randomUUID();
    const r = await post({ query: LANE, variables: { i: input({ clientResponseId: id, answers: [{ questionId: 'role', value: 'dev' }, { questionId: 'sat', value: 4 }, { questionId: 'x\u0000', value: 1 }] }) } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].message).toMatch(/NUL/);
    const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM response WHERE client_response_id = $1', [id]);
    expect(n).toBe(0);
  });

  it('never lets a second document ride along: two operations go to Apollo and are refused without a name', async () => {
    const two = `${LANE} query Q { __typename }`;
    const r = await post({ query: two, variables: { i: input() } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
