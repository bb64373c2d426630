import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiLogIn, DEMO, gql } from './helpers';

// The README's "First ten minutes" walks the seeded demo study; this spec walks it too and
// rewrites the screenshots the README links, under stable names.
const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const IMPORT_CSV = [
  'Submitted at,What slows you down most?,Your role',
  '2026-03-02 09:00,"Reports take ages to refresh.",Analyst',
  '2026-03-02 09:10,"Exporting to CSV crashes the app.",Manager',
  '2026-03-03 14:30,"I rebuild the same chart every week.",Engineer',
].join('\n');
async function shot(page: Page, name: string) {
  await expect(page.locator('.skeleton')).toHaveCount(0); // loaded, not a placeholder
  await page.screenshot({ path: join(SCREENSHOTS, `tour-${name}.png`) });
}

test('the README tour: study → survey → import → code → themes → synthesize → review, on the demo', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const { token } = await apiLogIn(request);
  const data = await gql(
    request,
    `{ workspaces { studies { id name surveys { id title } interviews { id title } personas { id name } } } }`,
    {},
    token,
  );
  const study = data.workspaces
    .flatMap((w: { studies: { name: string }[] }) => w.studies)
    .find((s: { name: string }) => s.name === 'Chartwell customers 2026');
  expect(study, 'the demo study is seeded').toBeTruthy();
  const survey = study.surveys[0];
  const interview = study.interviews[0];
  const persona = study.personas[0];
  expect(persona, 'the demo seed drafts personas').toBeTruthy();

  // Sign in with the demo account the ready line prints.
  await page.goto('/login');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).not.toHaveURL(/\/login/);

  // 1. The study.
  await page.goto(`/studies/${study.id}`);
  await expect(page.getByRole('heading', { name: study.name })).toBeVisible();
  await shot(page, '1-study');

  // 2. The survey and its results.
  await page.goto(`/surveys/${survey.id}/results`);
  await expect(page.getByText(survey.title).first()).toBeVisible();
  await expect(page.getByText(/160/).first()).toBeVisible();
  await shot(page, '2-survey');

  // 3. Importing an existing export: the column preview of a CSV (not imported here).
  await page.goto(`/studies/${study.id}/surveys`);
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page
    .getByLabel('CSV file')
    .setInputFiles({
      name: 'typeform-export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(IMPORT_CSV, 'utf8'),
    });
  await expect(
    page.getByRole('region', { name: /Columns of the file/ }).getByRole('row'),
  ).toHaveCount(4);
  await shot(page, '3-import');

  // 4. Coding an interview transcript.
  await page.goto(`/interviews/${interview.id}`);
  await expect(page.getByRole('heading', { name: interview.title })).toBeVisible();
  await shot(page, '4-code');

  // 5. Themes across open answers.
  await page.goto(`/studies/${study.id}/coding?view=themes`);
  await expect(page.getByTestId('discover-themes')).toBeVisible();
  await shot(page, '5-themes');

  // 6. Synthesis: the personas drafted from the evidence.
  await page.goto(`/studies/${study.id}/personas`);
  await expect(page.getByText(persona.name).first()).toBeVisible();
  await shot(page, '6-synthesize');

  // 7. Review: one persona with its evidence, ready to send for review.
  await page.goto(`/personas/${persona.id}`);
  await expect(page.getByRole('heading', { name: persona.name }).first()).toBeVisible();
  await shot(page, '7-review');
});
