import type { APIRequestContext, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gql } from './helpers';

/** A fresh workspace and study owned by the signed-in account, so a test never sees another's data. */
export async function createWorkspaceAndStudy(
  request: APIRequestContext,
  token: string,
  label: string,
) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const { createWorkspace } = await gql(
    request,
    'mutation($name: String!) { createWorkspace(name: $name) { id } }',
    { name: `${label} ${stamp}` },
    token,
  );
  const { createStudy } = await gql(
    request,
    'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id name } }',
    { i: { workspaceId: createWorkspace.id, name: `${label} study ${stamp}` } },
    token,
  );
  return {
    workspaceId: createWorkspace.id as string,
    studyId: createStudy.id as string,
    studyName: createStudy.name as string,
  };
}

/** The seeded demo study ("Chartwell customers 2026") with its surveys and personas. */
export async function demoStudy(request: APIRequestContext, token: string) {
  const { workspaces } = await gql(request, '{ workspaces { id studies { id name } } }', {}, token);
  const found = (workspaces as { studies: { id: string; name: string }[] }[])
    .flatMap((w) => w.studies)
    .find((s) => s.name === 'Chartwell customers 2026');
  if (!found) throw new Error('The demo study "Chartwell customers 2026" is not seeded');
  const { study } = await gql(
    request,
    'query($id: ID!) { study(id: $id) { id name surveys { id title responseCount } personas { id name } } }',
    { id: found.id },
    token,
  );
  return study as {
    id: string;
    name: string;
    surveys: { id: string; title: string; responseCount: number }[];
    personas: { id: string; name: string }[];
  };
}

export interface QuestionSpec {
  id: string;
  type: string;
  title: string;
  required?: boolean;
  options?: { id: string; label: string }[];
  rows?: { id: string; label: string }[];
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
}

/** Creates and publishes a survey through the API; returns its id and public slug. */
export async function createPublishedSurvey(
  request: APIRequestContext,
  token: string,
  input: {
    studyId: string;
    title: string;
    description?: string;
    oneQuestionPerScreen?: boolean;
    questions: QuestionSpec[];
  },
) {
  const { createSurvey } = await gql(
    request,
    'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
    { i: input },
    token,
  );
  const { publishSurvey } = await gql(
    request,
    'mutation($id: ID!) { publishSurvey(id: $id) { id slug status version } }',
    { id: createSurvey.id },
    token,
  );
  return { id: publishSurvey.id as string, slug: publishSurvey.slug as string };
}

export async function surveyCounts(request: APIRequestContext, token: string, id: string) {
  const { survey } = await gql(
    request,
    'query($id: ID!) { survey(id: $id) { id status responseCount completeCount } }',
    { id },
    token,
  );
  return survey as { id: string; status: string; responseCount: number; completeCount: number };
}

export async function closeSurvey(request: APIRequestContext, token: string, id: string) {
  await gql(request, 'mutation($id: ID!) { closeSurvey(id: $id) { id status } }', { id }, token);
}

/** Runs axe on the page and returns the serious/critical violations, readably. */
export async function seriousA11yViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page });
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = serious
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    ${n.target.join(' ')}\n      ${n.failureSummary?.split('\n').join(' | ') ?? ''}`,
          )
          .join('\n'),
    )
    .join('\n');
  const minor = results.violations
    .filter((v) => !serious.includes(v))
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
  return { serious, report, minor, passes: results.passes.length };
}
