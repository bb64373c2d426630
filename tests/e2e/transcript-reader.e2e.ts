import { expect, test } from '@playwright/test';
import {
  dragSelect,
  interviewSegments,
  studyCodes,
  studyHighlights,
  turnText,
  webVtt,
} from './coding-helpers';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 16 item 11 and bug 7: a drag that starts and ends inside words codes the whole words
// (the quote is still text.slice(start, end) of the turn, emoji and all), a code is created
// inline from the picker, and the transcript format select shows its whole text.
const TURN = 'Every morning 🐢 I open the dashboards, and they are painfully slow so I wait.';
const DRAGGED = 'ey are painfully sl';
const SNAPPED = 'they are painfully slow';
const VTT = webVtt([
  { start: '00:00:01.000', end: '00:00:04.000', voice: 'Interviewer', text: 'How is it going?' },
  { start: '00:00:05.000', end: '00:00:11.000', voice: 'Sam', text: TURN },
]);

test('a drag inside words codes whole words, with a code created from the picker', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await signUp(request, 'Rita Reader', 'reader');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Reader');
  const { importTranscript } = await gql(
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
  );
  const { segments } = await interviewSegments(request, session.token, importTranscript.id);
  const turn = segments.find((s) => s.text === TURN)!;
  expect(turn, 'the turn was imported as written').toBeTruthy();
  await signInBrowser(page, session);

  await page.goto(`/interviews/${importTranscript.id}`);
  await expect(turnText(page, turn.index)).toHaveText(TURN);
  await dragSelect(page, turn.index, DRAGGED);
  const picker = page.getByTestId('code-picker');
  await expect(picker).toBeVisible();
  await expect(picker).toContainText(`“${SNAPPED}”`);

  await page.getByTestId('code-picker-filter').fill('Waiting on tools');
  await expect(picker.getByTestId('code-picker-create')).toContainText(
    'Create code “Waiting on tools”',
  );
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const mark = turnText(page, turn.index).locator('mark');
  await expect(mark).toHaveText(SNAPPED);
  await expect(mark).toHaveAttribute('title', 'Waiting on tools');
  await expect(turnText(page, turn.index)).toHaveText(TURN);

  const code = (await studyCodes(request, session.token, studyId)).find(
    (c) => c.name === 'Waiting on tools',
  );
  expect(code, 'the code was created in the study').toMatchObject({ category: 'OTHER' });
  const [highlight] = await studyHighlights(request, session.token, studyId);
  expect(highlight).toMatchObject({ text: SNAPPED, code: { id: code!.id } });
  // UTF-16 offsets into the turn: the emoji before the passage counts two units.
  expect(TURN.slice(highlight.start, highlight.end)).toBe(SNAPPED);
  expect(highlight.start).toBe(TURN.indexOf(SNAPPED));
  expect(highlight.source.segmentId).toBe(turn.id);
});

test('the transcript format select is wide enough for its text at every width', async ({
  page,
  request,
}) => {
  const session = await signUp(request, 'Fay Format', 'format');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Format');
  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/interviews`);
  await page.getByTestId('import-transcript-toggle').click();
  const select = page.getByTestId('transcript-format');
  await expect(select).toBeVisible();
  for (const width of [1440, 1280, 1100, 1024, 900, 800, 700, 600, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const fit = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const widest = Math.max(...[...el.options].map((o) => context.measureText(o.text).width));
      // Text plus the padding and the native arrow (about 20px) must fit in the box.
      const needed = widest + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 20;
      return { needed: Math.ceil(needed), width: el.getBoundingClientRect().width };
    });
    expect(
      fit.width,
      `at ${width}px the select is ${fit.width}px, its text needs ${fit.needed}px`,
    ).toBeGreaterThanOrEqual(fit.needed);
  }
});
