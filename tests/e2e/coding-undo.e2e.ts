import { expect, test, type APIRequestContext } from '@playwright/test';
import { studyCodes, studyHighlights, webVtt } from './coding-helpers';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 16 item 10: a model's suggestion removed in the transcript reader comes back exactly
// (same highlight: code, span, confidence, SUGGESTED) from the toast's Undo and from Ctrl+Z;
// deleting a code asks in the app's dialog (never the browser's) and can be undone.
const VTT = webVtt([
  {
    start: '00:00:01.000',
    end: '00:00:03.000',
    voice: 'Interviewer',
    text: 'What slows you down?',
  },
  {
    start: '00:00:04.000',
    end: '00:00:08.000',
    voice: 'Sam',
    text: 'The dashboard is slow. Everything loads slowly every morning.',
  },
  {
    start: '00:00:09.000',
    end: '00:00:12.000',
    voice: 'Sam',
    text: 'Prices are confusing, I never know which plan we are on.',
  },
]);

async function suggestionOf(
  request: APIRequestContext,
  token: string,
  studyId: string,
  id: string,
) {
  const all = await gql(
    request,
    'query($s: ID!) { highlights(studyId: $s) { id start end status coder confidence code { id } source { segmentId } } }',
    { s: studyId },
    token,
  );
  return (all.highlights as { id: string; status: string }[]).find((h) => h.id === id);
}

test('a removed suggestion comes back exactly with Undo and with Ctrl+Z; a code deleted through the dialog comes back with Undo', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await signUp(request, 'Una Undo', 'undo');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Undo');
  for (const [name, description] of [
    ['Slow performance', 'The dashboard is slow; everything loads slowly.'],
    ['Pricing confusion', 'Prices are confusing; which plan are we on.'],
  ])
    await gql(
      request,
      'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
      { i: { studyId, name, category: 'PAIN_POINT', description } },
      session.token,
    );
  const interviewId = (
    await gql(
      request,
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id } }',
      {
        i: {
          studyId,
          title: 'Sam',
          format: 'VTT',
          content: VTT,
          participantLabel: 'P1',
          interviewerSpeakers: ['Interviewer'],
        },
      },
      session.token,
    )
  ).importTranscript.id as string;
  let run = (
    await gql(
      request,
      'mutation($s: ID!) { suggestCodes(studyId: $s, provider: "offline") { id status } }',
      { s: studyId },
      session.token,
    )
  ).suggestCodes;
  for (let i = 0; i < 120 && ['QUEUED', 'RUNNING'].includes(run.status); i++) {
    await page.waitForTimeout(250);
    run = (
      await gql(
        request,
        'query($id: ID!) { codingRun(id: $id) { id status } }',
        { id: run.id },
        session.token,
      )
    ).codingRun;
  }
  expect(run.status).toBe('SUCCEEDED');
  const [target] = await studyHighlights(request, session.token, studyId, 'SUGGESTED');
  expect(target, 'the offline coder suggests at least one highlight').toBeTruthy();
  const before = await suggestionOf(request, session.token, studyId, target.id);
  expect(before).toMatchObject({ status: 'SUGGESTED' });

  await signInBrowser(page, session);
  await page.goto(`/interviews/${interviewId}`);
  const turn = page.locator(`#turn-${target.source.segmentId}`);
  const rejectButton = page.getByRole('button', {
    name: `Reject ${target.code.name} on “${target.text}”`,
  });
  // The turn may carry other suggestions too: open marks until the card offers this one.
  const openCard = async () => {
    const marks = turn.locator('mark.coded-text__hl');
    await expect(marks.first()).toBeVisible();
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).click();
      await expect(page.getByTestId('highlight-card')).toBeVisible();
      if (await rejectButton.isVisible()) return;
      await page.keyboard.press('Escape');
    }
    throw new Error(`no mark of the turn opens ${target.id}`);
  };

  // Removed (rejected) from the card, then Undo in the toast.
  await openCard();
  await rejectButton.click();
  await expect(page.getByText(`Rejected ${target.code.name} on`)).toBeVisible();
  await expect
    .poll(async () => (await suggestionOf(request, session.token, studyId, target.id))?.status)
    .toBe('REJECTED');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => suggestionOf(request, session.token, studyId, target.id)).toEqual(before);

  // A second removal, taken back with Ctrl+Z.
  await openCard();
  await rejectButton.click();
  await expect
    .poll(async () => (await suggestionOf(request, session.token, studyId, target.id))?.status)
    .toBe('REJECTED');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => suggestionOf(request, session.token, studyId, target.id)).toEqual(before);

  // Deleting a code with highlights: the app's dialog, never window.confirm; then Undo.
  let browserDialog = false;
  page.on('dialog', async (d) => {
    browserDialog = true;
    await d.dismiss();
  });
  await page.goto(`/studies/${studyId}/coding?view=codebook`);
  const code = (await studyCodes(request, session.token, studyId)).find(
    (c) => c.id === target.code.id,
  )!;
  await page.getByRole('button', { name: `Delete ${code.name}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(`Delete “${code.name}”?`);
  await dialog.getByRole('button', { name: 'Delete code and highlights' }).click();
  await expect(page.getByTestId(`code-row-${code.id}`)).toHaveCount(0);
  await expect(page.getByText(`Deleted “${code.name}”.`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId(`code-row-${code.id}`)).toBeVisible();
  await page.waitForTimeout(9000); // past the toast's 8 s: nothing is deleted on the server
  expect((await studyCodes(request, session.token, studyId)).map((c) => c.id)).toContain(code.id);
  expect(await suggestionOf(request, session.token, studyId, target.id)).toEqual(before);
  expect(browserDialog).toBe(false);
});
