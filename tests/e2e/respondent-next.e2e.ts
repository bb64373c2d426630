import { expect, test, type Page } from '@playwright/test';
import { apiLogIn } from './helpers';
import { createPublishedSurvey, createWorkspaceAndStudy } from './survey-helpers';

// Issue 16, bug 1: after a "needs an answer" error, fixing the answer and clicking Next once must
// advance. It used to take two clicks: the error stayed until focus left the question, then
// collapsed as the click landed and moved the Next button out from under the pointer.

const RADIO_Q = 'Which tool do you use most?';
const TEXT_Q = 'What is the hardest part of your week?';
const LAST_Q = 'Anything else?';

async function nextButtonBox(page: Page) {
  const box = await page.getByRole('button', { name: 'Next' }).boundingBox();
  if (!box) throw new Error('Next is not on screen');
  return box;
}

test('one click on Next after fixing a radio and a textarea answer advances, and Next never moves', async ({
  page,
  request,
}) => {
  const session = await apiLogIn(request);
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Respondent next');
  const { slug } = await createPublishedSurvey(request, session.token, {
    studyId,
    title: `Next click ${Date.now()}`,
    oneQuestionPerScreen: true,
    questions: [
      {
        id: 'tool',
        type: 'SINGLE_CHOICE',
        title: RADIO_Q,
        required: true,
        options: [
          { id: 'r', label: 'R' },
          { id: 'py', label: 'Python' },
          { id: 'xl', label: 'Excel' },
        ],
      },
      { id: 'hard', type: 'LONG_TEXT', title: TEXT_Q, required: true },
      { id: 'else', type: 'SHORT_TEXT', title: LAST_Q },
    ],
  });

  await page.goto(`/s/${encodeURIComponent(slug)}`);
  const radioQuestion = page.getByRole('group', { name: new RegExp(`^${RADIO_Q}`) });
  await expect(radioQuestion).toBeVisible();
  await expect(page.getByText('Question 1 of 3')).toBeVisible();

  // --- Radio question: Next without an answer shows the error.
  await page.getByRole('button', { name: 'Next' }).click();
  const radioError = radioQuestion.locator('.question__error');
  await expect(radioError).not.toBeEmpty();
  const before = await nextButtonBox(page);

  // Choosing an answer clears the error at once, without leaving the question.
  await radioQuestion.getByRole('radio', { name: 'Python' }).check();
  await expect(radioError).toHaveText('', { useInnerText: true });
  await expect(page.getByText('This question needs an answer.')).toBeHidden();
  await expect(radioQuestion.getByRole('radio', { name: 'Python' })).toBeFocused();
  // Next stays where it was, so the pointer heading for it still finds it.
  expect(await nextButtonBox(page)).toEqual(before);

  // One real click (mouse down, then up) on Next advances.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 3')).toBeVisible();

  // --- Textarea question: the same, typing instead of choosing.
  const box = page.getByRole('textbox', { name: TEXT_Q });
  await expect(box).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  const textError = page.locator('[data-question-id="hard"] .question__error');
  await expect(textError).not.toBeEmpty();
  await expect(box).toBeFocused();
  const beforeText = await nextButtonBox(page);

  await box.pressSequentially('Chasing approvals');
  await expect(textError).toHaveText('', { useInnerText: true });
  await expect(box).toBeFocused();
  expect(await nextButtonBox(page)).toEqual(beforeText);

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 3 of 3')).toBeVisible();
  await expect(page.getByRole('textbox', { name: LAST_Q })).toBeVisible();
});

test('leaving a fixed answer for the Next button does not move it either (pointer down, then up)', async ({
  page,
  request,
}) => {
  const session = await apiLogIn(request);
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Respondent next');
  const { slug } = await createPublishedSurvey(request, session.token, {
    studyId,
    title: `Next pointer ${Date.now()}`,
    oneQuestionPerScreen: true,
    questions: [
      { id: 'hard', type: 'LONG_TEXT', title: TEXT_Q, required: true },
      { id: 'else', type: 'SHORT_TEXT', title: LAST_Q },
    ],
  });
  await page.goto(`/s/${encodeURIComponent(slug)}`);
  const box = page.getByRole('textbox', { name: TEXT_Q });
  await expect(box).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('[data-question-id="hard"] .question__error')).not.toBeEmpty();
  await box.fill('Meetings');

  // Press on Next, let the page react to focus leaving the question, then release where we pressed.
  const at = await nextButtonBox(page);
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(100);
  expect(await nextButtonBox(page)).toEqual(at);
  await page.mouse.up();
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
});

test('the plain journey: error, choose, one click on Next, on to the next question', async ({
  page,
  request,
}) => {
  const session = await apiLogIn(request);
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Respondent next');
  const { slug } = await createPublishedSurvey(request, session.token, {
    studyId,
    title: `Next plain ${Date.now()}`,
    oneQuestionPerScreen: true,
    questions: [
      {
        id: 'tool',
        type: 'SINGLE_CHOICE',
        title: RADIO_Q,
        required: true,
        options: [
          { id: 'r', label: 'R' },
          { id: 'py', label: 'Python' },
        ],
      },
      { id: 'else', type: 'SHORT_TEXT', title: LAST_Q },
    ],
  });
  await page.goto(`/s/${encodeURIComponent(slug)}`);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('This question needs an answer.')).toBeVisible();
  await page.getByRole('radio', { name: 'R', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 2')).toBeVisible({ timeout: 3000 });
});
