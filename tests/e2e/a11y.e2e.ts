import { expect, test, type Page } from '@playwright/test';
import { apiLogIn, gql, signInBrowser } from './helpers';
import {
  createPublishedSurvey,
  createWorkspaceAndStudy,
  demoStudy,
  seriousA11yViolations,
  surveyCounts,
  type QuestionSpec,
} from './survey-helpers';

/** One question of each kind a respondent can meet, all on one page. */
const EVERY_TYPE: QuestionSpec[] = [
  {
    id: 'q_role',
    type: 'SINGLE_CHOICE',
    title: 'What best describes your role?',
    required: true,
    options: [
      { id: 'o_a', label: 'Analyst' },
      { id: 'o_b', label: 'Student' },
    ],
  },
  {
    id: 'q_uses',
    type: 'MULTIPLE_CHOICE',
    title: 'What do you use R for?',
    options: [
      { id: 'o_viz', label: 'Charts' },
      { id: 'o_stats', label: 'Statistics' },
      { id: 'o_web', label: 'Web apps' },
    ],
  },
  {
    id: 'q_os',
    type: 'DROPDOWN',
    title: 'Which system do you work on?',
    options: [
      { id: 'o_lin', label: 'Linux' },
      { id: 'o_mac', label: 'macOS' },
      { id: 'o_win', label: 'Windows' },
    ],
  },
  {
    id: 'q_sat',
    type: 'RATING',
    title: 'How satisfied are you with R?',
    required: true,
    min: 1,
    max: 5,
    minLabel: 'Not at all',
    maxLabel: 'Very',
  },
  {
    id: 'q_easy',
    type: 'LIKERT',
    title: 'R is easy to learn.',
    min: 1,
    max: 5,
    minLabel: 'Strongly disagree',
    maxLabel: 'Strongly agree',
  },
  { id: 'q_nps', type: 'NPS', title: 'How likely are you to recommend R?' },
  { id: 'q_name', type: 'SHORT_TEXT', title: 'What is your favourite package?' },
  { id: 'q_story', type: 'LONG_TEXT', title: 'Tell us about your last project.' },
  { id: 'q_years', type: 'NUMBER', title: 'How many years have you used R?', min: 0, max: 60 },
  { id: 'q_start', type: 'DATE', title: 'When did you start?' },
  { id: 'q_mail', type: 'EMAIL', title: 'Your email, if we may follow up' },
  {
    id: 'q_rank',
    type: 'RANKING',
    title: 'Rank these IDEs.',
    options: [
      { id: 'o_rs', label: 'RStudio' },
      { id: 'o_vs', label: 'VS Code' },
      { id: 'o_em', label: 'Emacs' },
    ],
  },
  {
    id: 'q_grid',
    type: 'MATRIX',
    title: 'How do you feel about these?',
    rows: [
      { id: 'r_docs', label: 'Documentation' },
      { id: 'r_speed', label: 'Speed' },
    ],
    options: [
      { id: 'c_bad', label: 'Poor' },
      { id: 'c_ok', label: 'Fine' },
      { id: 'c_good', label: 'Great' },
    ],
  },
];

// axe runs are heavy on a busy machine; give each test more room than the config's default.
test.describe.configure({ timeout: 150_000 });

async function expectNoSeriousViolations(page: Page, where: string) {
  const { serious, report, minor, passes } = await seriousA11yViolations(page);
  console.log(
    `axe on ${where}: ${passes} rules pass; serious/critical: ${serious.length}; lesser: ${minor.join(', ') || 'none'}`,
  );
  if (serious.length) console.log(`axe violations on ${where}:\n${report}`);
  const found = serious.map(
    (v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' ; ')}`,
  );
  expect(found, `serious or critical axe violations on ${where}:\n${report}`).toEqual([]);
}

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('the respondent form with every question type, on a desktop and on a phone', async ({
    page,
    request,
    browser,
    baseURL,
  }) => {
    const { token } = await apiLogIn(request);
    const { studyId } = await createWorkspaceAndStudy(request, token, 'A11y');
    const { slug } = await createPublishedSurvey(request, token, {
      studyId,
      title: 'Every kind of question',
      description: 'A survey to check the form with a screen reader in mind.',
      oneQuestionPerScreen: false,
      questions: EVERY_TYPE,
    });

    await page.goto(`/s/${slug}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Every kind of question' }),
    ).toBeVisible();
    await expect(page.getByText('How do you feel about these?')).toBeVisible();
    await expectNoSeriousViolations(page, 'the respondent form');

    // With validation messages showing (required questions left empty).
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByText('This question needs an answer.').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the respondent form showing errors');

    // One question per screen on a phone.
    const phone = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const mobile = await phone.newPage();
    const { slug: slug2 } = await createPublishedSurvey(request, token, {
      studyId,
      title: 'One at a time',
      oneQuestionPerScreen: true,
      questions: EVERY_TYPE.filter((q) => ['NPS', 'MATRIX', 'SINGLE_CHOICE'].includes(q.type)),
    });
    await mobile.goto(`/s/${slug2}`);
    await expect(mobile.getByText('Question 1 of 3')).toBeVisible();
    await expectNoSeriousViolations(mobile, 'the respondent form on a phone');
    await phone.close();
  });

  test('the results page of the demo survey', async ({ page, request }) => {
    const session = await apiLogIn(request);
    const study = await demoStudy(request, session.token);
    const survey = study.surveys.find((s) => s.responseCount >= 150) ?? study.surveys[0];
    expect(survey, 'the demo study has a survey').toBeTruthy();
    await signInBrowser(page, session);
    await page.goto(`/surveys/${survey.id}/results`);
    await expect(page.getByRole('heading', { level: 1, name: survey.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By question' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Responses table' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the demo survey results');
  });

  test('the persona page of the first demo persona', async ({ page, request }) => {
    const session = await apiLogIn(request);
    const study = await demoStudy(request, session.token);
    expect(study.personas.length, 'the demo study has personas').toBeGreaterThan(0);
    const persona = study.personas[0];
    await signInBrowser(page, session);
    await page.goto(`/personas/${persona.id}`);
    await expect(page.getByRole('heading', { level: 1, name: persona.name })).toBeVisible();
    await expect(page.getByText('Persona not found')).toHaveCount(0);
    await expectNoSeriousViolations(page, 'the persona page');
  });
});

test.describe('escaping of what people type', () => {
  const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
  const TITLE = '<b>bold</b> survey';

  test('script and markup in a survey title and an answer show as text, and never run', async ({
    page,
    browser,
    request,
    baseURL,
  }) => {
    const session = await apiLogIn(request);
    const { studyId } = await createWorkspaceAndStudy(request, session.token, 'XSS');
    const { id, slug } = await createPublishedSurvey(request, session.token, {
      studyId,
      title: TITLE,
      description: '<i>intro</i> <img src=x onerror="window.__pwned=3">',
      oneQuestionPerScreen: false,
      questions: [
        { id: 'q_html', type: 'LONG_TEXT', title: 'Anything <u>else</u>?', required: true },
        {
          id: 'q_pick',
          type: 'SINGLE_CHOICE',
          title: 'Pick one',
          options: [
            { id: 'o_x', label: '<img src=x onerror="window.__pwned=4">' },
            { id: 'o_y', label: 'Plain' },
          ],
        },
      ],
    });

    // The respondent page shows the title and questions literally, and types the payload as an answer.
    const respondent = await browser.newContext({ baseURL });
    const r = await respondent.newPage();
    await r.goto(`/s/${slug}`);
    await expect(r.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(r.getByText('<i>intro</i>', { exact: false })).toBeVisible();
    await expect(r.getByText('Anything <u>else</u>?')).toBeVisible();
    await expect(r.locator('main b, main u, main i, main img')).toHaveCount(0);
    await r.getByRole('textbox', { name: /Anything <u>else<\/u>\?/ }).fill(SCRIPT);
    await r.getByRole('radio', { name: '<img src=x onerror="window.__pwned=4">' }).check();
    await r.getByRole('button', { name: 'Submit' }).click();
    await expect(r.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
    expect(await r.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await respondent.close();
    expect(await surveyCounts(request, session.token, id)).toMatchObject({ completeCount: 1 });

    // The stored answer is the literal text.
    const { responses } = await gql(
      request,
      'query($id: ID!) { responses(surveyId: $id) { nodes { answers { questionId value } } } }',
      { id },
      session.token,
    );
    expect(responses.nodes[0].answers).toContainEqual({ questionId: 'q_html', value: SCRIPT });

    // The researcher's results page shows it as text, in the per-question card and in the table.
    await signInBrowser(page, session);
    await page.goto(`/surveys/${id}/results`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const card = page.getByRole('article', { name: /Anything <u>else<\/u>\?/ });
    await expect(card.getByText(SCRIPT, { exact: true })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Responses table' }).getByText(SCRIPT, { exact: true }),
    ).toBeVisible();
    await expect(page.locator('#app script, #app b, #app u, #app img[src="x"]')).toHaveCount(0);
    await page.waitForTimeout(300); // let any injected onerror handler fire, were there one
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // The builder and the study's survey list also show the title as text.
    await page.goto(`/surveys/${id}/edit`);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await page.goto(`/studies/${studyId}/surveys`);
    await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

    // And a respondent page opened afterwards too (a new visitor).
    const again = await browser.newContext({ baseURL });
    const r2 = await again.newPage();
    await r2.goto(`/s/${slug}`);
    await expect(r2.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await r2.waitForTimeout(300);
    expect(await r2.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await again.close();
  });
});
