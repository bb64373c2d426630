import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiLogIn, gql, signInBrowser } from './helpers';
import { createPublishedSurvey, createWorkspaceAndStudy } from './survey-helpers';

// Issue 17 part 3: response quality on the results page (summary, the quality filter, flags on
// rows with their sentences) and the counts shown before a synthesis run.

const CHECK = 'Letters in "analysis", typed as a word?';

async function submit(request: APIRequestContext, slug: string, answers: Record<string, unknown>) {
  await gql(request, 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
    i: {
      slug,
      clientResponseId: randomUUID(),
      complete: true,
      answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
    },
  });
}

test('the results page filters on quality and the synthesis panel counts flagged responses', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await apiLogIn(request);
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Quality');
  const questions = [
    { id: 'ac', type: 'SHORT_TEXT', title: CHECK, attentionCheck: { expected: ['eight'] } },
    { id: 'use', type: 'LONG_TEXT', title: 'What do you use R for?', personaField: 'GOAL' },
  ];
  const { id, slug } = await createPublishedSurvey(request, session.token, {
    studyId,
    title: `Quality ${Date.now()}`,
    questions: questions as never,
  });
  const uses = ['Plots for papers.', 'Teaching statistics.', 'Shiny dashboards at work.', 'Genomics pipelines.', 'Survey weighting.', 'Forecasting sales.'];
  for (const [i, use] of uses.entries()) await submit(request, slug, { ac: i % 2 ? '8' : 'Eight', use });
  await submit(request, slug, { ac: 'seven', use: 'Cleaning data for the lab.' });
  await submit(request, slug, { ac: 'eight', use: 'asdfgh' });
  // Flags follow submissions in a background job; setting the attention check recomputes at once
  // (the job's latency under a loaded run is not what this spec is about).
  await gql(
    request,
    'mutation($s: ID!, $q: [QuestionAnalysisInput!]!) { updateQuestionAnalysis(surveyId: $s, questions: $q) { id } }',
    { s: id, q: [{ questionId: 'ac', attentionCheckExpected: ['eight'] }] },
    session.token,
  );
  const { survey } = await gql(request, 'query($s: ID!) { survey(id: $s) { qualitySummary { flaggedCount } } }', { s: id }, session.token);
  expect(survey.qualitySummary.flaggedCount).toBe(2);

  await signInBrowser(page, session);
  await page.goto(`/surveys/${id}/results`);
  await expect(page.getByTestId('quality-summary')).toContainText(
    '2 responses flagged — 1 failed the attention check, 1 low-effort text (of 8 complete)',
  );
  const rows = page.getByRole('region', { name: 'Responses table' }).locator('tbody tr');
  await expect(rows).toHaveCount(8);

  await page.getByLabel('Response quality').selectOption('FLAGGED');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.getByText('Failed the attention check', { exact: true })).toBeVisible();
  await expect(rows.getByText(`Answered "seven" to the attention check "${CHECK}", which expects "eight".`)).toBeVisible();
  await expect(rows.getByText('Low-effort text', { exact: true })).toBeVisible();

  await page.getByLabel('Response quality').selectOption('CLEAN');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows).toHaveCount(6);
  await expect(rows.getByText('Clean', { exact: true })).toHaveCount(6);

  await page.getByLabel('Response quality').selectOption('FAILED_ATTENTION_CHECK');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows).toHaveCount(1);

  await page.goto(`/studies/${studyId}/personas`);
  const flagged = page.getByTestId('synthesis-flagged');
  await expect(flagged).toContainText(
    '2 responses flagged — 1 failed the attention check, 1 low-effort text — excluded.',
  );
  await page.getByTestId('synthesis-include-flagged').check();
  await expect(flagged).toContainText('— included.');
});
