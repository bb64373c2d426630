import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogIn, gql, signInBrowser } from './helpers';
import { createPublishedSurvey, createWorkspaceAndStudy, demoStudy } from './survey-helpers';

// Issue 16: results across versions (bug 2: a bar for an option removed in version 2), the
// version filter, partial responses left out by default with a toggle, readable table rows and
// no sideways scrolling on a 390 px phone (item 13).

const TOOL = 'Which tool do you use most?';
const WHY = 'Why that one?';
const LONG = 'Because it is what the whole team already knows. '.repeat(12).trim();

async function submit(
  request: APIRequestContext,
  slug: string,
  answers: Record<string, unknown>,
  complete = true,
) {
  await gql(
    request,
    'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
    {
      i: {
        slug,
        clientResponseId: randomUUID(),
        complete,
        answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
      },
    },
  );
}

/** A survey answered 3 times in version 1 (2 × Excel), 2 times in version 2 (Excel removed), plus 1 partial. */
async function versionedSurvey(request: APIRequestContext) {
  const session = await apiLogIn(request);
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Results versions');
  const tool = {
    id: 'tool',
    type: 'SINGLE_CHOICE',
    title: TOOL,
    options: [
      { id: 'r', label: 'R' },
      { id: 'py', label: 'Python' },
      { id: 'xl', label: 'Excel' },
    ],
  };
  const why = { id: 'why', type: 'LONG_TEXT', title: WHY };
  const { id, slug } = await createPublishedSurvey(request, session.token, {
    studyId,
    title: `Tools ${Date.now()}`,
    questions: [tool, why],
  });
  await submit(request, slug, { tool: 'xl', why: LONG });
  await submit(request, slug, { tool: 'xl', why: 'Habit.' });
  await submit(request, slug, { tool: 'r' });
  const v2 = { ...tool, options: tool.options.filter((o) => o.id !== 'xl') };
  await gql(
    request,
    'mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id } }',
    { id, i: { questions: [v2, why] } },
    session.token,
  );
  await gql(
    request,
    'mutation($id: ID!) { publishSurvey(id: $id) { version } }',
    { id },
    session.token,
  );
  await submit(request, slug, { tool: 'py' });
  await submit(request, slug, { tool: 'r' });
  await submit(request, slug, { tool: 'py' }, false);
  return { session, id };
}

const counts = (page: Page) => page.locator('.results__counts');
const toolCard = (page: Page) =>
  page.getByRole('article', { name: new RegExp(TOOL.replace('?', '\\?')) });

test('results count answers to a removed option, filter by version and leave partial responses out until asked', async ({
  page,
  request,
}) => {
  const { session, id } = await versionedSurvey(request);
  await signInBrowser(page, session);
  await page.goto(`/surveys/${id}/results`);

  // Complete responses by default: 5 of them, the partial one a toggle away.
  await expect(counts(page)).toContainText(/Responses\s*5\s*Complete\s*5/);
  const partial = page.getByRole('checkbox', { name: 'Include 1 partial response' });
  await expect(partial).not.toBeChecked();

  // Bug 2: Excel was removed in version 2; its 2 answers still have a bar.
  const card = toolCard(page);
  await expect(card).toContainText('5 answers');
  const bar = card.locator('.bars__row').filter({ hasText: 'Excel (removed in v2)' });
  await expect(bar).toBeVisible();
  await expect(bar.locator('.bars__value')).toContainText('2');
  const values = await card.locator('.bars__value').allInnerTexts();
  expect(values.map((v) => Number.parseInt(v, 10)).reduce((a, b) => a + b, 0)).toBe(5);

  await partial.check();
  await expect(counts(page)).toContainText(/Responses\s*6\s*Complete\s*5/);
  await expect(card).toContainText('6 answers');

  // Version 1 only.
  await page.getByLabel('Survey version').selectOption({ label: 'Version 1' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(counts(page)).toContainText(/Responses\s*3\s*Complete\s*3/);
  await expect(page.getByText('filtered, of')).toBeVisible();

  // A long answer shows a few lines in the table, not a wall of text.
  const row = page.locator('.responses__table tbody tr').filter({ hasText: 'Because it is what' });
  await expect(row).toBeVisible();
  const height = (await row.boundingBox())!.height;
  expect(height).toBeLessThan(110);
  await expect(row.locator('.responses__clamp').filter({ hasText: 'Because' })).toHaveAttribute(
    'title',
    LONG,
  );
});

test('the results page does not scroll sideways on a 390 px phone', async ({
  browser,
  request,
  baseURL,
}) => {
  const { session, id } = await versionedSurvey(request);
  const demo = await demoStudy(request, session.token);
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  await signInBrowser(page, session);
  // The versioned survey and the demo's busiest survey (wide response table, many charts).
  const busiest = [...demo.surveys].sort((a, b) => b.responseCount - a.responseCount)[0];
  for (const surveyId of [id, busiest.id]) {
    await page.goto(`/surveys/${surveyId}/results`);
    await expect(counts(page)).toContainText(/Responses\s*\d+/);
    await expect(page.locator('.responses__table')).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > 391 && !el.closest('.responses__scroll'))
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`,
        ),
    }));
    expect(widths.wide, `wider than the phone on ${surveyId}`).toEqual([]);
    expect(widths.scroll).toBeLessThanOrEqual(390);
  }
  await phone.close();
});
