import { expect, test } from '@playwright/test';
import { apiLogIn, gql, signInBrowser } from './helpers';
import { createPublishedSurvey, createWorkspaceAndStudy, demoStudy } from './survey-helpers';

// Issue 16, bug 3: the header's workspace switcher read "Choose a workspace" on pages outside
// /w/ and /studies/; it names the workspace of what is on screen.

test('the switcher names the workspace of the persona or survey on screen, and keeps it on the account page', async ({
  page,
  request,
}) => {
  const session = await apiLogIn(request);
  const mine = await createWorkspaceAndStudy(request, session.token, 'Switcher');
  const { id: surveyId } = await createPublishedSurvey(request, session.token, {
    studyId: mine.studyId,
    title: `Switcher ${Date.now()}`,
    questions: [{ id: 'q', type: 'SHORT_TEXT', title: 'Anything?' }],
  });
  const demo = await demoStudy(request, session.token);
  const { study } = await gql(
    request,
    'query($id: ID!) { study(id: $id) { workspace { id name } } }',
    { id: demo.id },
    session.token,
  );
  const { workspaces } = await gql(request, '{ workspaces { id name } }', {}, session.token);
  const mineName = (workspaces as { id: string; name: string }[]).find(
    (w) => w.id === mine.workspaceId,
  )!.name;

  await signInBrowser(page, session);
  const switcher = page.getByRole('combobox', { name: 'Workspace' });
  const shows = async (id: string, name: string) => {
    await expect(switcher).toHaveValue(id);
    await expect(switcher.locator('option:checked')).toHaveText(name);
  };

  // A persona page of the demo study (no workspace in its URL).
  await page.goto(`/personas/${demo.personas[0].id}`);
  await expect(page.getByTestId('persona-name')).toBeVisible();
  await shows(study.workspace.id, study.workspace.name);

  // A survey's results in another workspace.
  await page.goto(`/surveys/${surveyId}/results`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shows(mine.workspaceId, mineName);

  // Back to the demo study's persona, then the account page: it keeps the last one.
  await page.goto(`/personas/${demo.personas[0].id}`);
  await shows(study.workspace.id, study.workspace.name);
  await page.goto('/account');
  await shows(study.workspace.id, study.workspace.name);
});
