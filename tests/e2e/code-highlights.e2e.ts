import { expect, test } from '@playwright/test';
import { webVtt } from './coding-helpers';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 16 item 11: a code's "N highlights" opens its highlights page; a quote opens its passage
// (the transcript turn, scrolled to and outlined, or the survey answer in the answers view).
const TURNS = Array.from(
  { length: 28 },
  (_, i) => `Turn ${i + 1}: the export is slow again today.`,
);
const VTT = webVtt(
  TURNS.map((text, i) => ({
    start: `00:00:${String(i * 2).padStart(2, '0')}.000`,
    end: `00:00:${String(i * 2 + 1).padStart(2, '0')}.500`,
    voice: 'Sam',
    text,
  })),
);

test('"N highlights" opens the code’s highlights, paged, and a quote opens its passage', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await signUp(request, 'Hana Highlights', 'highlights');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Highlights');
  const codeId = (
    await gql(
      request,
      'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
      { i: { studyId, name: 'Slow export', category: 'PAIN_POINT' } },
      session.token,
    )
  ).createCode.id as string;
  const interview = (
    await gql(
      request,
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id index text } } }',
      {
        i: { studyId, title: 'Call with Sam', format: 'VTT', content: VTT, participantLabel: 'P1' },
      },
      session.token,
    )
  ).importTranscript as { id: string; segments: { id: string; index: number; text: string }[] };
  expect(interview.segments).toHaveLength(TURNS.length);
  for (const segment of interview.segments) {
    const start = segment.text.indexOf('slow');
    await gql(
      request,
      'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }',
      {
        i: {
          codeId,
          source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segment.id },
          start,
          end: start + 4,
        },
      },
      session.token,
    );
  }
  // And one survey answer.
  const survey = (
    await gql(
      request,
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      {
        i: {
          studyId,
          title: 'Pulse',
          questions: [{ id: 'why', type: 'LONG_TEXT', title: 'What slows you down?' }],
        },
      },
      session.token,
    )
  ).createSurvey as { id: string; slug: string };
  await gql(
    request,
    'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
    { id: survey.id },
    session.token,
  );
  const responseId = (
    await gql(
      request,
      'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
      {
        i: {
          slug: survey.slug,
          clientResponseId: `hl-${Date.now()}`,
          complete: true,
          answers: [{ questionId: 'why', value: 'Slow exports, every single week.' }],
        },
      },
    )
  ).submitResponse.responseId as string;
  await gql(
    request,
    'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }',
    {
      i: {
        codeId,
        source: { type: 'SURVEY_ANSWER', responseId, questionId: 'why' },
        start: 0,
        end: 12,
      },
    },
    session.token,
  );

  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/coding?view=codebook`);
  const count = page.getByTestId(`code-highlights-${codeId}`);
  await expect(count).toHaveText('29 highlights');
  await count.click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/coding\\?code=${codeId}$`));
  await expect(page.getByRole('heading', { name: 'Highlights of “Slow export”' })).toBeVisible();
  const items = page.getByTestId('code-highlight-list').locator('li');
  await expect(items).toHaveCount(25);
  await expect(items.first()).toContainText('“slow”');
  await expect(items.first()).toContainText('Call with Sam, turn 1');
  await expect(items.first()).toContainText('coded by Hana Highlights');
  await expect(items.first()).toContainText('Accepted');
  await expect(page.getByText('1–25 of 29, oldest first')).toBeVisible();

  // The next page is linkable (?page=2) and holds the rest, the survey answer last.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(items).toHaveCount(4);
  await page.reload();
  await expect(items).toHaveCount(4);
  await expect(items.last()).toContainText('Pulse: “What slows you down?”');

  // The answer's quote opens the answers view at that answer.
  await items.last().getByRole('link').click();
  await expect(page).toHaveURL(/view=answers/);
  const answer = page.getByTestId(`answer-${responseId}`);
  await expect(answer).toBeVisible();
  await expect(answer).toHaveAttribute('aria-current', 'location');
  await expect(answer).toBeFocused();

  // Back to the list; the turn 27 quote opens the reader scrolled to that turn, outlined.
  await page.goBack();
  await expect(items).toHaveCount(4);
  const turn27 = interview.segments.find((s) => s.index === 26)!;
  await items.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(`/interviews/${interview.id}?segment=${turn27.id}`);
  const turn = page.locator(`#turn-${turn27.id}`);
  await expect(turn).toBeInViewport();
  await expect(turn).toHaveClass(/turn--target/);
  await expect(turn).toBeFocused();
});
