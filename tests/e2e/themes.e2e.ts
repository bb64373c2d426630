import { expect, test } from '@playwright/test';
import { stopwatch, studyHighlights } from './coding-helpers';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy, seriousA11yViolations } from './survey-helpers';

// Two clear pain points in one open-text question, enough answers for offline theme discovery.
const PAIN = [
  'The dashboard is slow to load every morning.',
  'Loading the dashboard is so slow.',
  'The dashboard loads slowly every day.',
  'Slow loading of the dashboard wastes my time.',
  'The dashboard takes ages to load.',
  'The app crashes when I export a report to CSV.',
  'Exporting to CSV crashes the app.',
  'The app crashes on every export.',
  'Crashes during export are my biggest frustration.',
  'Export crashes the app again and again.',
];
const ROLES = ['Analyst', 'Manager', 'Engineer', 'Analyst', 'Designer'];
const AGES = ['25-34', '35-44', '25-34', '45-54', '35-44'];

const PAIN_Q = 'What gets in your way?';
const ROLE_Q = 'Your role';
const CSV = [
  `Timestamp,${PAIN_Q},${ROLE_Q},Age group`,
  ...PAIN.map(
    (answer, i) =>
      `2025-03-${String(i + 1).padStart(2, '0')} 09:00,"${answer}",${ROLES[i % 5]},${AGES[i % 5]}`,
  ),
].join('\n');

test('a researcher imports a CSV through the column preview, adjusts analysis settings and accepts a discovered theme', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const clock = stopwatch(testInfo);
  const session = await signUp(request, 'Tess Themes', 'themes');
  const { studyId, studyName } = await createWorkspaceAndStudy(request, session.token, 'Themes');
  await signInBrowser(page, session);
  clock.lap('setup');

  // --- Import through the preview: nothing is stored until "Import N responses".
  await page.goto(`/studies/${studyId}/surveys`);
  await expect(page.getByRole('heading', { name: studyName })).toBeVisible();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'tool-feedback.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await expect(page.getByRole('textbox', { name: 'Survey title' })).toHaveValue('tool-feedback');
  const table = page.getByRole('region', { name: /Columns of the file/ });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(page.getByText('10 responses, 4 columns')).toBeVisible();
  const timestampRow = table.getByRole('row', { name: /^Timestamp/ });
  await expect(timestampRow.getByRole('checkbox', { name: 'Skip “Timestamp”' })).toBeChecked();
  const { study } = await gql(
    request,
    'query($id: ID!) { study(id: $id) { surveys { id } } }',
    { id: studyId },
    session.token,
  );
  expect(study.surveys, 'the preview stores nothing').toEqual([]);

  const field = page.getByLabel(`Persona field of “${ROLE_Q}”`);
  // Whatever the import inferred for the role, the researcher files it elsewhere.
  const target = (await field.inputValue()) === 'DEMOGRAPHIC' ? 'NONE' : 'DEMOGRAPHIC';
  await field.selectOption(target);
  const roleRow = table.getByTestId('csv-column-2');
  await expect(roleRow).toContainText('Set in columns');
  await expect(field).toHaveValue(target);
  await expect(page.getByText('1 column changed by you')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('csv-preview.png'), fullPage: true });
  const previewA11y = await seriousA11yViolations(page);
  expect(previewA11y.serious, previewA11y.report).toEqual([]);
  await page.getByRole('button', { name: 'Import 10 responses' }).click();
  await expect(page).toHaveURL(/\/surveys\/[^/]+\/results$/);
  const surveyId = page.url().match(/\/surveys\/([^/]+)\/results$/)![1];
  const questionsOf = async () =>
    (
      await gql(
        request,
        'query($id: ID!) { survey(id: $id) { status questions { id title type personaField sensitive sensitiveOptIn } } }',
        { id: surveyId },
        session.token,
      )
    ).survey as {
      status: string;
      questions: {
        id: string;
        title: string;
        type: string;
        personaField: string;
        sensitive: boolean;
        sensitiveOptIn: boolean;
      }[];
    };
  const imported = await questionsOf();
  expect(imported.questions.map((q) => q.title)).toEqual([PAIN_Q, ROLE_Q, 'Age group']);
  expect(imported.questions[1].personaField, 'the changed column').toBe(target);
  clock.lap('import');

  // --- Analysis settings on the (closed, imported) survey: no new version.
  await page.getByTestId('analysis-toggle').click();
  const panel = page.locator('#survey-analysis');
  await expect(panel.getByText('no new survey version')).toBeVisible();
  const ageItem = panel.getByTestId(`analysis-${imported.questions[2].id}`);
  await ageItem.getByRole('checkbox', { name: 'Sensitive' }).check();
  await ageItem.getByRole('checkbox', { name: /Describe on personas/ }).check();
  await panel.getByRole('button', { name: 'Save analysis settings' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Analysis settings of 1 question saved.' }),
  ).toBeVisible();
  const analysed = await questionsOf();
  expect(analysed.questions[2]).toMatchObject({ sensitive: true, sensitiveOptIn: true });
  await page.screenshot({ path: testInfo.outputPath('analysis-panel.png'), fullPage: true });
  const analysisA11y = await seriousA11yViolations(page);
  expect(analysisA11y.serious, analysisA11y.report).toEqual([]);
  clock.lap('analysis');

  // --- Themes in the Coding tab, on the one open-text question.
  await page.goto(`/studies/${studyId}/coding?view=themes`);
  await expect(page.getByText('No themes yet')).toBeVisible();
  await page.getByLabel('Only the questions I choose').check();
  await page.getByRole('checkbox', { name: new RegExp(PAIN_Q.replace('?', '\\?')) }).check();
  await page.getByLabel('Include interview transcripts').uncheck();
  await page.getByTestId('discover-themes').click();
  await expect(page.getByTestId('themes-status')).toContainText('Done:', { timeout: 90_000 });
  const cards = page.locator('[data-testid^="theme-"]').filter({ has: page.locator('h4') });
  await expect(cards.first()).toBeVisible();
  const first = cards.first();
  await expect(first.locator('blockquote').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('themes.png'), fullPage: true });
  const themesA11y = await seriousA11yViolations(page);
  expect(themesA11y.serious, themesA11y.report).toEqual([]);
  clock.lap('discover');

  const before = await studyHighlights(request, session.token, studyId, 'ACCEPTED');
  await first.getByTestId('theme-accept').click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Accepted \d+ suggestions? of/ }),
  ).toBeVisible();
  await expect(first).toContainText('accepted');
  const after = await studyHighlights(request, session.token, studyId, 'ACCEPTED');
  expect(after.length, 'the theme’s suggestions were accepted').toBeGreaterThan(before.length);
  clock.lap('accept');
  clock.report();
});
