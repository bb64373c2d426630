// The request flow of tools/compose-smoke.sh, in plain Node (20+, global fetch) so it runs inside
// an API container (`node --input-type=module - < tools/compose-smoke-flow.mjs`) with nothing else
// installed. Given one or more base URLs (SMOKE_URLS, space-separated: the proxy, then each replica),
// for each one it signs up, creates a workspace, study and survey, publishes it, loads it as a
// respondent and submits a response; then it checks every survey's response count through every URL
// (state lives in PostgreSQL, not in a replica). Prints one line per step; exits 1 on the first failure.
const urls = (process.env.SMOKE_URLS ?? process.argv.slice(2).join(' '))
  .split(/\s+/)
  .filter(Boolean);
if (urls.length === 0) {
  console.error('compose-smoke-flow: give the base URLs in SMOKE_URLS or as arguments.');
  process.exit(2);
}
const WAIT_SECONDS = Number(process.env.SMOKE_WAIT_SECONDS ?? 120);

async function waitHealthy(base) {
  const deadline = Date.now() + WAIT_SECONDS * 1000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3000) });
      if (res.ok) return;
      last = `status ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${base}/healthz did not answer 200 within ${WAIT_SECONDS} s (last: ${last})`);
}

async function gql(base, query, variables, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`${base}: ${body.errors[0].message}`);
  return body.data;
}

const QUESTIONS = [
  { id: 'sat', type: 'RATING', title: 'How satisfied are you?', required: true, min: 1, max: 5 },
];

async function surveyThrough(base, n) {
  const email = `smoke-${Date.now()}-${n}@example.com`;
  const { signUp } = await gql(base, 'mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email, password: 'smoke-test-passphrase-42', name: 'Smoke test' },
  });
  const token = signUp.token;
  const { createWorkspace } = await gql(
    base,
    'mutation($n: String!) { createWorkspace(name: $n) { id } }',
    { n: `Smoke ${n}` },
    token,
  );
  const { createStudy } = await gql(
    base,
    'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
    { i: { workspaceId: createWorkspace.id, name: `Smoke study ${n}` } },
    token,
  );
  const { createSurvey } = await gql(
    base,
    'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
    { i: { studyId: createStudy.id, title: `Smoke survey ${n}`, questions: QUESTIONS } },
    token,
  );
  await gql(
    base,
    'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
    { id: createSurvey.id },
    token,
  );
  const { publicSurvey } = await gql(
    base,
    'query($s: String!) { publicSurvey(slug: $s) { title } }',
    { s: createSurvey.slug },
  );
  if (publicSurvey?.title !== `Smoke survey ${n}`)
    throw new Error(`${base}: the published survey did not load`);
  const { submitResponse } = await gql(
    base,
    'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }',
    {
      i: {
        slug: createSurvey.slug,
        clientResponseId: crypto.randomUUID(),
        complete: true,
        answers: [{ questionId: 'sat', value: 4 }],
      },
    },
  );
  if (!submitResponse.complete) throw new Error(`${base}: the response was not saved complete`);
  return { token, surveyId: createSurvey.id };
}

try {
  for (const base of urls) {
    await waitHealthy(base);
    console.log(`ok  ${base}/healthz`);
  }
  const surveys = [];
  for (const [n, base] of urls.entries()) {
    surveys.push(await surveyThrough(base, n));
    console.log(`ok  ${base}: signed up, created and published a survey, submitted a response`);
  }
  for (const base of urls)
    for (const { token, surveyId } of surveys) {
      const { surveyResults } = await gql(
        base,
        'query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }',
        { id: surveyId },
        token,
      );
      if (surveyResults.responseCount !== 1)
        throw new Error(
          `${base}: survey ${surveyId} has ${surveyResults.responseCount} responses, expected 1`,
        );
    }
  console.log(`ok  every survey shows its one response through each of ${urls.length} URLs`);
} catch (error) {
  console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
