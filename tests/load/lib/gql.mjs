// A small GraphQL client for the benchmarks (fetch, 127.0.0.1 only) and the set-up steps
// every benchmark shares: an account, a workspace, a study and a published survey.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** POSTs one operation; throws on HTTP errors and GraphQL errors unless `allowErrors`. */
export async function gql(
  app,
  query,
  variables = {},
  { token, timeoutMs = 120_000, allowErrors = false } = {},
) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GraphQL answered HTTP ${res.status} with non-JSON: ${text.slice(0, 200)}`);
  }
  if (!allowErrors && (body.errors?.length || !res.ok)) {
    throw new Error(
      `GraphQL error (HTTP ${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  }
  return body;
}

/** Milliseconds one call takes, and its answer. */
export async function timed(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Signs up a fresh researcher and creates a workspace; returns { token, workspaceId }. */
export async function researcher(app) {
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  const up = await gql(app, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email, password: 'bench-password-123', name: 'Bench Researcher' },
  });
  const token = up.data.signUp.token;
  const ws = await gql(
    app,
    'mutation($n: String!) { createWorkspace(name: $n) { id } }',
    { n: 'Bench workspace' },
    { token },
  );
  return { token, workspaceId: ws.data.createWorkspace.id };
}

export async function createStudy(app, who, name) {
  const r = await gql(
    app,
    'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
    { i: { workspaceId: who.workspaceId, name } },
    { token: who.token },
  );
  return r.data.createStudy.id;
}

/** Creates and publishes a survey (version 1 is frozen on publish); returns { id, slug }. */
export async function publishedSurvey(app, who, studyId, title, questions) {
  const c = await gql(
    app,
    'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
    { i: { studyId, title, questions } },
    { token: who.token },
  );
  const { id, slug } = c.data.createSurvey;
  await gql(
    app,
    'mutation($id: ID!) { publishSurvey(id: $id) { id status version } }',
    { id },
    { token: who.token },
  );
  return { id, slug };
}

export const SUBMIT =
  'mutation Submit($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId } }';

/** True when a submitResponse answer acknowledges the response (2xx, data, no errors). */
export function acknowledged(status, text) {
  if (status < 200 || status >= 300) return false;
  try {
    const body = JSON.parse(text);
    return !body.errors?.length && typeof body.data?.submitResponse?.responseId === 'string';
  } catch {
    return false;
  }
}
