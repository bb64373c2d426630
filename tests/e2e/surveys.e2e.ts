import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiLogIn, signInBrowser } from './helpers';
import { closeSurvey, createWorkspaceAndStudy, surveyCounts } from './survey-helpers';

const Q1 = 'Do you use R at work?';
const Q2 = 'What do you use it for?';
const Q3 = 'How would you rate R overall?';
const Q4 = 'How likely are you to recommend R to a colleague?';
const USE = 'Cleaning survey data and building Shiny dashboards for the team.';

/** A question card of the builder ("Question 2" is the section's accessible name). */
const card = (page: Page, n: number) =>
  page.getByRole('region', { name: `Question ${n}`, exact: true });
const titleInput = (c: Locator) => c.getByRole('textbox', { name: 'Question', exact: true });

test('a researcher builds a survey with logic, a mobile respondent answers it across a reload, the results show it', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  // A long journey (two browsers, four pages); the shared CI box can be slow.
  test.setTimeout(180_000);
  // --- Researcher: a fresh study of her own, signed in the way the web app keeps sessions.
  const session = await apiLogIn(request);
  const { studyId, studyName } = await createWorkspaceAndStudy(
    request,
    session.token,
    'Survey journey',
  );
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/surveys`);
  await expect(page.getByRole('heading', { name: studyName })).toBeVisible();
  await expect(page.getByText('No surveys yet')).toBeVisible();

  await page.getByRole('button', { name: 'New survey' }).click();
  await expect(page).toHaveURL(/\/surveys\/[^/]+\/edit$/);
  const surveyId = page.url().match(/\/surveys\/([^/]+)\/edit$/)![1];
  const builder = page.locator('.builder__main');

  const title = `R at work ${Date.now()}`;
  await page.getByLabel('Title', { exact: true }).fill(title);

  // Question 1: the starter question becomes single choice Yes / No.
  const q1 = card(page, 1);
  await q1.getByLabel('Type of question 1').selectOption({ label: 'Single choice' });
  await titleInput(q1).fill(Q1);
  await q1.getByRole('textbox', { name: 'Option 1', exact: true }).fill('Yes');
  await q1.getByRole('textbox', { name: 'Option 2', exact: true }).fill('No');
  await expect(q1.getByText('The first question is always shown.')).toBeVisible();

  // Question 2: long text, shown only when question 1 is Yes (built in the "Show if" editor).
  await builder.getByRole('button', { name: 'Add question' }).click();
  await builder.getByRole('menuitem', { name: /^Long text / }).click();
  const q2 = card(page, 2);
  await expect(titleInput(q2)).toBeFocused();
  await titleInput(q2).fill(Q2);
  const showIf = q2.getByRole('group', { name: 'Show if' });
  await showIf.getByRole('combobox', { name: 'Question' }).selectOption({ label: `1. ${Q1}` });
  await expect(showIf.getByRole('combobox', { name: 'Condition' })).toBeVisible();
  await showIf.getByRole('combobox', { name: 'Value' }).selectOption({ label: 'Yes' });
  await expect(showIf).toContainText(/Show if .*Do you use R at work\?.* is .*Yes/);

  // Question 3: a required 1–5 rating.
  await builder.getByRole('button', { name: 'Add question' }).click();
  await builder.getByRole('menuitem', { name: /^Rating / }).click();
  const q3 = card(page, 3);
  await titleInput(q3).fill(Q3);
  await q3.getByRole('checkbox', { name: 'Required' }).check();
  await q3.getByRole('spinbutton', { name: 'Lowest value' }).fill('1');
  await q3.getByRole('spinbutton', { name: 'Highest value' }).fill('5');

  // Question 4: NPS.
  await builder.getByRole('button', { name: 'Add question' }).click();
  await builder.getByRole('menuitem', { name: /^NPS / }).click();
  const q4 = card(page, 4);
  await titleInput(q4).fill(Q4);
  await expect(q4.getByText('An NPS question always runs from 0 to 10.')).toBeVisible();

  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Published. Version 1 is live.')).toBeVisible();
  await expect(page.locator('.builder__status .status')).toHaveText('Open');

  // The link, as the page shows it and as "Copy link" puts it on the clipboard.
  const link = await page.getByLabel('Survey link').inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/s/[^/?#]+$`));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/Link copied\.|Copying is blocked here/)).toBeVisible();
  if (await page.getByText('Link copied.').isVisible()) {
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  }
  const slug = decodeURIComponent(new URL(link).pathname.replace(/^\/s\//, ''));

  // --- Respondent: a separate, phone-sized browser context that knows nothing of the researcher.
  const phone = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const r = await phone.newPage();
  await r.goto(new URL(link).pathname);
  await expect(r.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const question1 = r.getByRole('group', { name: new RegExp(`^${escape(Q1)}`) });
  await expect(question1).toBeVisible();
  // Logic: with "No" the long-text question is not part of the survey, with "Yes" it is.
  await question1.getByRole('radio', { name: 'No' }).check();
  await expect(r.getByText('Question 1 of 3')).toBeVisible();
  await question1.getByRole('radio', { name: 'Yes' }).check();
  await expect(r.getByText('Question 1 of 4')).toBeVisible();
  await r.getByRole('button', { name: 'Next' }).click();

  const useBox = r.getByRole('textbox', { name: Q2 });
  await expect(useBox).toBeVisible();
  await expect(r.getByText('Question 2 of 4')).toBeVisible();
  await useBox.fill(USE);
  await r.getByRole('button', { name: 'Next' }).click();

  const rating = r.getByRole('group', { name: new RegExp(`^${escape(Q3)}`) });
  await expect(rating).toBeVisible();
  // The required rating cannot be skipped.
  await r.getByRole('button', { name: 'Next' }).click();
  await expect(rating.getByText('This question needs an answer.')).toBeVisible();
  // The partial response reached the server on "Next".
  await expect(r.getByText('Progress saved.')).toBeVisible();

  // Halfway: reload before rating. The form comes back where it was, earlier answers kept.
  await r.reload();
  await expect(r.getByRole('group', { name: new RegExp(`^${escape(Q3)}`) })).toBeVisible();
  await expect(r.getByText('Question 3 of 4')).toBeVisible();
  await r.getByRole('button', { name: 'Back' }).click();
  await expect(r.getByRole('textbox', { name: Q2 })).toHaveValue(USE);
  await r.getByRole('button', { name: 'Back' }).click();
  await expect(
    r
      .getByRole('group', { name: new RegExp(`^${escape(Q1)}`) })
      .getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await r.getByRole('button', { name: 'Next' }).click();
  await expect(r.getByRole('textbox', { name: Q2 })).toHaveValue(USE);
  await r.getByRole('button', { name: 'Next' }).click();

  // Scale points are visually-hidden radios inside big tappable labels: tap the label, as a thumb would.
  await rating.getByText('4', { exact: true }).tap();
  await expect(rating.getByRole('radio', { name: '4', exact: true })).toBeChecked();
  await r.getByRole('button', { name: 'Next' }).click();
  const nps = r.getByRole('group', { name: new RegExp(`^${escape(Q4)}`) });
  await expect(nps).toBeVisible();
  await expect(r.getByText('Question 4 of 4')).toBeVisible();
  await nps.getByText('9', { exact: true }).tap();
  await expect(nps.getByRole('radio', { name: '9', exact: true })).toBeChecked();
  await r.getByRole('button', { name: 'Submit' }).click();
  await expect(r.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(r.getByText('Your answers have been sent.')).toBeVisible();

  // Exactly one response on the server, and it is complete (the partial save was the same response).
  await expect
    .poll(async () => (await surveyCounts(request, session.token, surveyId)).completeCount)
    .toBe(1);
  expect(await surveyCounts(request, session.token, surveyId)).toMatchObject({
    responseCount: 1,
    completeCount: 1,
    status: 'OPEN',
  });

  // --- Researcher: the results page.
  await page.goto(`/surveys/${surveyId}/results`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const count = (term: string) =>
    page
      .locator('.results__counts > div')
      .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
      .getByRole('definition');
  await expect(count('Responses')).toHaveText('1');
  await expect(count('Complete')).toHaveText('1');
  // No partial responses: no "Include N partial responses" toggle either.
  await expect(page.getByRole('checkbox', { name: /partial response/ })).toHaveCount(0);

  const byQuestion = page.getByRole('region', { name: 'By question' });
  const r1 = byQuestion.getByRole('article', { name: `1. ${Q1}` });
  await expect(r1).toContainText('1 answer');
  await expect(r1).toContainText('Yes');
  await expect(byQuestion.getByRole('article', { name: `2. ${Q2}` })).toContainText(USE);
  const r3 = byQuestion.getByRole('article', { name: `3. ${Q3}` });
  const distribution = r3.getByRole('list', { name: 'Distribution' });
  await expect(distribution.getByRole('listitem')).toHaveCount(5);
  await expect(distribution.getByRole('listitem', { name: '4: 1 (100%)' })).toBeVisible();
  for (const point of ['1', '2', '3', '5']) {
    await expect(distribution.getByRole('listitem', { name: `${point}: 0 (0%)` })).toBeVisible();
  }
  await expect(r3).toContainText(/Mean\s*4/);
  const r4 = byQuestion.getByRole('article', { name: `4. ${Q4}` });
  await expect(r4).toContainText('1 answer');
  await expect(
    r4.getByRole('list', { name: 'Distribution' }).getByRole('listitem', { name: '9: 1 (100%)' }),
  ).toBeVisible();

  const table = page.getByRole('region', { name: 'Responses table' });
  await expect(table.getByRole('row')).toHaveCount(2);
  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText('Complete');
  await expect(row).toContainText(USE);

  // --- Closing: the respondent's link now says so clearly.
  await closeSurvey(request, session.token, surveyId);
  await r.reload();
  await expect(r.getByRole('heading', { level: 1, name: 'This survey is closed' })).toBeVisible();
  await expect(r.getByText('This survey is closed and no longer takes responses.')).toBeVisible();
  await expect(r.getByRole('button', { name: /Submit|Next/ })).toHaveCount(0);
  // A fresh visitor (no saved progress) sees the same.
  const stranger = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  const s = await stranger.newPage();
  await s.goto(`/s/${encodeURIComponent(slug)}`);
  await expect(s.getByRole('heading', { level: 1, name: 'This survey is closed' })).toBeVisible();
  expect((await surveyCounts(request, session.token, surveyId)).status).toBe('CLOSED');
  await stranger.close();
  await phone.close();
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
