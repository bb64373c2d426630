// submitResponse goes through the one GraphQL pipeline every operation takes: the global guard,
// graphql-armor, the Apollo plugins (variables limit, error status), the validation pipe and the
// public rate limit apply to it exactly as to any other operation. (Before, a "fast lane" in front of
// Express answered plain submissions itself; the guard and variables-limit cases below failed then.)
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

const SUBMIT = `mutation Submit($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }`;
const PUBLIC_SURVEY = `query($s: String!) { publicSurvey(slug: $s) { title } }`;
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'x-powered-by',
];
const QUESTIONS = [
  {
    id: 'role',
    type: 'SINGLE_CHOICE',
    title: 'Role?',
    required: true,
    options: [
      { id: 'dev', label: 'Dev' },
      { id: 'pm', label: 'PM' },
    ],
  },
  { id: 'sat', type: 'RATING', title: 'Satisfaction', required: true, min: 1, max: 5 },
];

async function post(
  t: TestApp,
  body: unknown,
  { raw, headers = {} }: { raw?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${t.url.replace('[::1]', '127.0.0.1')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: raw ?? JSON.stringify(body),
  });
  return {
    status: res.status,
    security: Object.fromEntries(SECURITY_HEADERS.map((h) => [h, res.headers.get(h)])),
    body: (await res.json()) as Record<string, any>,
  };
}

async function publishedSlug(t: TestApp, name: string): Promise<string> {
  const ctx = await createStudyFixture(t, name);
  const created = await t.gql(
    `mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }`,
    { i: { studyId: ctx.studyId, title: name, questions: QUESTIONS } },
    ctx.owner.token,
  );
  await t.gql(
    `mutation($id: ID!) { publishSurvey(id: $id) { id } }`,
    { id: created.data!.createSurvey.id },
    ctx.owner.token,
  );
  return created.data!.createSurvey.slug;
}

const input = (slug: string, over: Record<string, unknown> = {}) => ({
  slug,
  clientResponseId: randomUUID(),
  complete: true,
  answers: [
    { questionId: 'role', value: 'dev' },
    { questionId: 'sat', value: 4 },
  ],
  ...over,
});

const stored = async (t: TestApp, ids: string[]) =>
  (await t.db.query<{ client_response_id: string; id: string }>(
    'SELECT client_response_id, id FROM response WHERE client_response_id = ANY($1)',
    [ids],
  )) as {
    client_response_id: string;
    id: string;
  }[];

/** JSON nested `levels` deep: {"a":{"a":…}}. */
const nested = (levels: number): unknown => (levels === 0 ? 'x' : { a: nested(levels - 1) });

describe('submitResponse in the one GraphQL pipeline', () => {
  let t: TestApp;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp();
    slug = await publishedSlug(t, 'Pipeline');
  });
  afterAll(async () => t?.close());

  it('passes the global guard: a malformed Authorization header is refused as for any other operation, and nothing is stored', async () => {
    const headers = { authorization: 'Token not-a-bearer' };
    const i = input(slug);
    const submitted = await post(t, { query: SUBMIT, variables: { i } }, { headers });
    const read = await post(t, { query: PUBLIC_SURVEY, variables: { s: slug } }, { headers });
    expect(submitted.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(submitted.body.errors[0].message).toBe(read.body.errors[0].message);
    expect(submitted.body.data).toBeNull();
    expect(await stored(t, [i.clientResponseId as string])).toEqual([]);
  });

  it('passes the variables-limit plugin: over-deep variables are refused with the same answer another operation gets', async () => {
    const i = input(slug, { hiddenFields: nested(20) });
    const submitted = await post(t, { query: SUBMIT, variables: { i } });
    const other = await post(t, {
      query: `query($id: ID!, $f: ResultsFilter) { surveyResults(surveyId: $id, filter: $f) { responseCount } }`,
      variables: {
        id: randomUUID(),
        f: { where: [{ questionId: 'role', operator: 'EQUALS', value: nested(20) }] },
      },
    });
    expect(submitted.status).toBe(400);
    expect(submitted.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(submitted.body.errors[0].message).toMatch(/levels of nesting/);
    expect({ status: other.status, errors: other.body.errors }).toEqual({
      status: submitted.status,
      errors: submitted.body.errors,
    });
    expect(await stored(t, [i.clientResponseId as string])).toEqual([]);
  });

  it('passes graphql-armor: more than 30 aliases are refused before anything runs', async () => {
    const id = randomUUID();
    const fields = Array.from({ length: 31 }, (_, k) => `a${k}: responseId`).join(' ');
    const r = await post(t, {
      query: `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { ${fields} } }`,
      variables: { i: input(slug, { clientResponseId: id }) },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await stored(t, [id])).toEqual([]);
  });

  it('acknowledges with the security headers, honouring aliases, field order and __typename', async () => {
    const r = await post(t, {
      query: `mutation($i: SubmitResponseInput!) { r: submitResponse(input: $i) { __typename done: complete responseId } }`,
      variables: { i: input(slug) },
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.data.r)).toEqual(['__typename', 'done', 'responseId']);
    expect(r.body.data.r).toMatchObject({ __typename: 'SubmitResponsePayload', done: true });
    expect(r.security['x-content-type-options']).toBe('nosniff');
    expect(r.security['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(r.security['x-powered-by']).toBeNull();
  });

  it('stores concurrent submissions once each, and concurrent retries of one clientResponseId as one response', async () => {
    const ids = Array.from({ length: 30 }, () => randomUUID());
    const sends = ids.flatMap((id) =>
      Array.from({ length: 3 }, () =>
        post(t, { query: SUBMIT, variables: { i: input(slug, { clientResponseId: id }) } }),
      ),
    );
    const answers = await Promise.all(sends);
    expect(answers.every((a) => a.status === 200 && !a.body.errors)).toBe(true);
    const rows = await stored(t, ids);
    expect(rows).toHaveLength(30);
    const byId = new Map(rows.map((r) => [r.client_response_id, r.id]));
    ids.forEach((id, k) => {
      for (const a of answers.slice(k * 3, k * 3 + 3))
        expect(a.body.data.submitResponse.responseId).toBe(byId.get(id));
    });
  });

  it('answers errors with codes and a sentence: invalid answer, short clientResponseId, unknown survey', async () => {
    const bad = await post(t, {
      query: SUBMIT,
      variables: {
        i: input(slug, {
          answers: [
            { questionId: 'role', value: 'ceo' },
            { questionId: 'sat', value: 4 },
          ],
        }),
      },
    });
    expect(bad.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      questionId: 'role',
    });
    expect(bad.body.data).toBeNull();
    const short = await post(t, {
      query: SUBMIT,
      variables: { i: input(slug, { clientResponseId: 'abc' }) },
    });
    expect(short.body.errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'clientResponseId',
    });
    expect(short.body.errors[0].message).toMatch(/8 to 100 characters/);
    const unknown = await post(t, { query: SUBMIT, variables: { i: input('no-such-survey') } });
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses variables that do not coerce, a broken body and a NUL character before anything is stored', async () => {
    const missing = await post(t, {
      query: SUBMIT,
      variables: { i: { slug, complete: true, answers: [] } },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(missing.body.errors[0].message).toMatch(/clientResponseId/);
    const broken = await post(t, null, {
      raw: `{"query":${JSON.stringify(SUBMIT)},"variables":{"i":`,
    });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const id = randomUUID();
    const nul = await post(t, {
      query: SUBMIT,
      variables: {
        i: input(slug, {
          clientResponseId: id,
          answers: [
            { questionId: 'role', value: 'dev\u0000' },
            { questionId: 'sat', value: 4 },
          ],
        }),
      },
    });
    expect(nul.status).toBe(400);
    expect(nul.body.errors[0].message).toMatch(/NUL/);
    expect(await stored(t, [id])).toEqual([]);
  });
});

describe('submitResponse and the public rate limit', () => {
  let t: TestApp;
  let slug: string;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '3' });
    slug = await publishedSlug(t, 'Rate limit');
  });
  afterAll(async () => t?.close());

  it('counts submissions and form loads together and refuses both once the limit is reached, storing nothing', async () => {
    expect(
      (await post(t, { query: PUBLIC_SURVEY, variables: { s: slug } })).body.data.publicSurvey
        .title,
    ).toBe('Rate limit');
    for (let k = 0; k < 2; k++)
      expect(
        (await post(t, { query: SUBMIT, variables: { i: input(slug) } })).body.data.submitResponse
          .complete,
      ).toBe(true);
    const i = input(slug);
    const refused = await post(t, { query: SUBMIT, variables: { i } });
    const read = await post(t, { query: PUBLIC_SURVEY, variables: { s: slug } });
    expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.body.errors[0].message).toMatch(/Wait a minute/);
    expect(read.body.errors[0].extensions).toEqual(refused.body.errors[0].extensions);
    expect(read.body.errors[0].message).toBe(refused.body.errors[0].message);
    expect(await stored(t, [i.clientResponseId as string])).toEqual([]);
  });
});
