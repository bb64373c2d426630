import { expect, test, type Page } from '@playwright/test';
import {
  dragSelect,
  interviewSegments,
  rangeSelect,
  stopwatch,
  studyCodes,
  studyHighlights,
  turnText,
  webVtt,
} from './coding-helpers';
import { signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Sam's first answer carries an emoji (a surrogate pair) inside the coded passage,
// so an offset counted in code points instead of UTF-16 units would show up.
const SLOW_TURN =
  'Every morning I open the dashboards, and they are painfully slow 🐢 so I wait for the charts.';
const SLOW_PASSAGE = 'they are painfully slow 🐢';
const PRICE_TURN = 'The prices are confusing: I never know which plan includes exports.';
const PRICE_PASSAGE = 'The prices are confusing';
// Worded after the code's name and description, so the offline coder is sure to suggest it.
const SUGGESTED_TURN = 'The dashboard is slow. Everything loads slowly.';

const VTT = webVtt([
  {
    start: '00:00:01.000',
    end: '00:00:04.000',
    voice: 'Interviewer',
    text: 'How do you use the analytics dashboard each week?',
  },
  { start: '00:00:05.000', end: '00:00:11.000', voice: 'Sam', text: SLOW_TURN },
  {
    start: '00:00:12.000',
    end: '00:00:15.000',
    voice: 'Interviewer',
    text: 'And how do you feel about the plans?',
  },
  { start: '00:00:16.000', end: '00:00:21.000', voice: 'Sam', text: PRICE_TURN },
  { start: '00:00:22.000', end: '00:00:24.000', voice: 'Interviewer', text: 'Anything else?' },
  { start: '00:00:25.000', end: '00:00:28.000', voice: 'Sam', text: SUGGESTED_TURN },
]);

/** A tab of the study page (the workspace's name in the breadcrumb may contain the same word). */
const studyTab = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Study sections' })
    .getByRole('link', { name: new RegExp(`^${name}`) });

/** Fills the codebook's "New code" form and waits for the code to be listed. */
async function createCodeInUi(page: Page, name: string, category: string, description = '') {
  const form = page
    .locator('section.card')
    .filter({ has: page.getByRole('heading', { name: 'New code' }) });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Category').selectOption(category);
  if (description) await form.getByLabel('Description').fill(description);
  await form.getByRole('button', { name: 'Create code' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Created “${name}”.` })).toBeVisible();
  await expect(page.getByTestId('codebook')).toContainText(name);
  await expect(form.getByLabel('Name'), 'the form resets for the next code').toHaveValue('');
}

test('a researcher builds a codebook, imports a VTT interview, codes passages by hand and accepts an offline suggestion', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(150_000);
  const clock = stopwatch(testInfo);

  // --- Setup through the API: a new account with its own workspace and study.
  const session = await signUp(request, 'Cora Coder', 'coder');
  const { studyId, studyName } = await createWorkspaceAndStudy(request, session.token, 'Coding');
  await signInBrowser(page, session);
  clock.lap('setup');

  // --- The codebook, built in the UI.
  await page.goto(`/studies/${studyId}`);
  await expect(page.getByRole('heading', { name: studyName })).toBeVisible();
  await studyTab(page, 'Coding').click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/coding`));
  await expect(page.getByText('No codes yet')).toBeVisible();
  await createCodeInUi(page, 'Slow performance', 'PAIN_POINT', 'Things load slowly');
  await createCodeInUi(page, 'Pricing confusion', 'PAIN_POINT');
  const codes = await studyCodes(request, session.token, studyId);
  const slow = codes.find((c) => c.name === 'Slow performance');
  const price = codes.find((c) => c.name === 'Pricing confusion');
  expect(slow, 'Slow performance was saved').toMatchObject({
    category: 'PAIN_POINT',
    description: 'Things load slowly',
  });
  expect(price, 'Pricing confusion was saved').toMatchObject({
    category: 'PAIN_POINT',
    description: null,
  });
  await expect(page.getByTestId(`code-row-${slow!.id}`)).toContainText('Things load slowly');
  await expect(page.getByTestId(`code-row-${price!.id}`)).toContainText('Pain point');
  clock.lap('codebook');

  // --- Import the WebVTT file on the Interviews tab.
  await studyTab(page, 'Interviews').click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/interviews$`));
  await page.getByTestId('import-transcript-toggle').click();
  await page.getByTestId('transcript-file').setInputFiles({
    name: 'sam-dashboard_interview.vtt',
    mimeType: 'text/vtt',
    buffer: Buffer.from(VTT, 'utf8'),
  });
  await expect(page.getByText('Loaded sam-dashboard_interview.vtt.')).toBeVisible();
  await expect(page.getByTestId('transcript-textarea')).toHaveValue(VTT);
  await expect(page.getByTestId('transcript-format')).toHaveValue('VTT');
  await expect(page.getByRole('textbox', { name: /^Title/ })).toHaveValue(
    'sam dashboard interview',
  );
  const speakers = page.getByTestId('transcript-speakers');
  await expect(speakers.getByRole('checkbox')).toHaveCount(2);
  await expect(speakers).toContainText('Interviewer (3 lines)');
  await expect(speakers).toContainText('Sam (3 lines)');
  await speakers.getByRole('checkbox', { name: /Interviewer/ }).check();
  await expect(speakers.getByRole('checkbox', { name: /Sam/ })).not.toBeChecked();
  await page.getByTestId('transcript-save').click();
  await expect(page).toHaveURL(/\/interviews\/[^/?#]+$/);
  const interviewId = page.url().match(/\/interviews\/([^/?#]+)$/)![1];
  await expect(page.getByRole('heading', { name: 'sam dashboard interview' })).toBeVisible();

  const imported = await interviewSegments(request, session.token, interviewId);
  expect(imported.interviewerSpeakers).toEqual(['Interviewer']);
  expect(
    imported.segments.map((s) => [s.speaker, s.isInterviewer, s.text]),
    'six turns, the emoji kept',
  ).toEqual([
    ['Interviewer', true, 'How do you use the analytics dashboard each week?'],
    ['Sam', false, SLOW_TURN],
    ['Interviewer', true, 'And how do you feel about the plans?'],
    ['Sam', false, PRICE_TURN],
    ['Interviewer', true, 'Anything else?'],
    ['Sam', false, SUGGESTED_TURN],
  ]);
  const [slowSeg, priceSeg, suggestedSeg] = imported.segments.filter((s) => !s.isInterviewer);
  await expect(turnText(page, slowSeg.index)).toHaveText(SLOW_TURN);
  await expect(page.getByTestId(`turn-${imported.segments[0].index}`)).toHaveClass(
    /turn--interviewer/,
  );
  clock.lap('import');

  // --- Code a passage selected with the mouse: the picker opens on release.
  await dragSelect(page, slowSeg.index, SLOW_PASSAGE);
  const picker = page.getByTestId('code-picker');
  await expect(picker).toBeVisible();
  await expect(picker).toContainText(`“${SLOW_PASSAGE}”`);
  await expect(page.getByTestId('code-picker-filter')).toBeFocused();
  await picker.getByTestId(`code-option-${slow!.id}`).click();
  await expect(picker).toHaveCount(0);
  const slowMark = turnText(page, slowSeg.index).locator('mark');
  await expect(slowMark).toHaveText(SLOW_PASSAGE);
  await expect(slowMark).toHaveAttribute('title', 'Slow performance');
  await expect(turnText(page, slowSeg.index), 'coding keeps the turn text intact').toHaveText(
    SLOW_TURN,
  );

  // --- A second passage, selected without the mouse, coded with `c` and the keyboard.
  await rangeSelect(page, priceSeg.index, PRICE_PASSAGE);
  await page.keyboard.press('c');
  await expect(picker).toBeVisible();
  await expect(picker).toContainText(`“${PRICE_PASSAGE}”`);
  await expect(page.getByTestId('code-picker-filter')).toBeFocused();
  await page.getByTestId('code-picker-filter').fill('pricing');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await expect(picker.getByTestId(`code-option-${price!.id}`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const priceMark = turnText(page, priceSeg.index).locator('mark');
  await expect(priceMark).toHaveText(PRICE_PASSAGE);
  await expect(priceMark).toHaveAttribute('title', 'Pricing confusion');
  clock.lap('manual coding');

  // --- The API holds exactly these spans, and each is the slice of its turn's text.
  const segments = new Map(
    (await interviewSegments(request, session.token, interviewId)).segments.map((s) => [s.id, s]),
  );
  const accepted = await studyHighlights(request, session.token, studyId, 'ACCEPTED');
  expect(accepted).toHaveLength(2);
  for (const h of accepted) {
    const segment = segments.get(h.source.segmentId ?? '');
    expect(segment, `highlight ${h.id} is on a turn of the interview`).toBeTruthy();
    expect(h.text, `highlight "${h.text}" is its turn's slice [${h.start}, ${h.end})`).toBe(
      segment!.text.slice(h.start, h.end),
    );
  }
  const bySlow = accepted.find((h) => h.code.id === slow!.id)!;
  const byPrice = accepted.find((h) => h.code.id === price!.id)!;
  expect(bySlow).toMatchObject({
    text: SLOW_PASSAGE,
    start: SLOW_TURN.indexOf(SLOW_PASSAGE),
    end: SLOW_TURN.indexOf(SLOW_PASSAGE) + SLOW_PASSAGE.length,
    source: { type: 'TRANSCRIPT_SEGMENT', segmentId: slowSeg.id },
  });
  expect(byPrice).toMatchObject({
    text: PRICE_PASSAGE,
    start: 0,
    end: PRICE_PASSAGE.length,
    source: { type: 'TRANSCRIPT_SEGMENT', segmentId: priceSeg.id },
  });
  expect(bySlow.coder, 'a hand-made highlight is not attributed to the offline coder').not.toBe(
    'offline-coder',
  );

  // --- Suggestions: the offline coder proposes, a person accepts with the keyboard.
  await page.goto(`/studies/${studyId}/coding`);
  await page.getByTestId('coding-view-suggestions').click();
  await expect(page).toHaveURL(/[?&]view=suggestions/);
  await expect(page.getByText('Nothing to review')).toBeVisible();
  await page.getByRole('combobox', { name: 'Coder' }).selectOption('offline');
  const finished = page.waitForResponse(
    async (r) => {
      if (!r.url().endsWith('/graphql') || !(r.request().postData() ?? '').includes('CodingRun'))
        return false;
      const run = (await r.json().catch(() => null))?.data?.codingRun;
      return !!run && !['QUEUED', 'RUNNING'].includes(run.status);
    },
    { timeout: 60_000 },
  );
  finished.catch(() => undefined); // unused when the run is already over when it starts
  const started = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SuggestCodes'),
  );
  await page.getByTestId('suggest-codes').click();
  const startBody = await (await started).json();
  expect(startBody.errors, 'suggestCodes succeeds').toBeUndefined();
  expect(startBody.data.suggestCodes.provider).toBe('offline');
  let run = startBody.data.suggestCodes;
  if (['QUEUED', 'RUNNING'].includes(run.status))
    run = (await (await finished).json()).data.codingRun;
  expect(run.status, `run ended ${run.status}: ${run.error ?? ''}`).toBe('SUCCEEDED');
  expect(run.suggestions, 'the offline coder suggested something').toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toHaveText(
    `Done: ${run.suggestions} ${run.suggestions === 1 ? 'suggestion is' : 'suggestions are'} waiting for review.`,
  );
  await expect(page.getByTestId('suggest-progress')).toHaveCount(0);
  clock.lap('suggest run');

  const items = page.getByTestId('suggestion-item');
  await expect(items).toHaveCount(run.suggestions);
  await expect(page.getByTestId('coding-view-suggestions')).toContainText(String(run.suggestions));
  const suggested = await studyHighlights(request, session.token, studyId, 'SUGGESTED');
  expect(suggested).toHaveLength(run.suggestions);
  for (const s of suggested) {
    expect(s.coder).toBe('offline-coder');
    const segment = segments.get(s.source.segmentId ?? '');
    expect(segment, 'suggestions are on participant turns').toMatchObject({ isInterviewer: false });
    expect(s.text).toBe(segment!.text.slice(s.start, s.end));
    // A turn already coded by hand with a code gets no suggestion of that code again.
    expect([s.code.id, s.source.segmentId]).not.toEqual([slow!.id, slowSeg.id]);
    expect([s.code.id, s.source.segmentId]).not.toEqual([price!.id, priceSeg.id]);
  }
  expect(
    suggested.some((s) => s.code.id === slow!.id && s.source.segmentId === suggestedSeg.id),
    'the turn worded like the code description is suggested "Slow performance"',
  ).toBe(true);

  const first = items.first();
  await expect(first).toContainText('suggested by offline-coder');
  const label = (await first.getAttribute('aria-label'))!;
  const [codeName, ...rest] = label.split(': ');
  const quote = rest.join(': ');
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('a');
  await expect(items).toHaveCount(run.suggestions - 1);
  await expect(
    page.getByRole('status').filter({ hasText: `Accepted ${codeName} for “` }),
  ).toHaveText(
    new RegExp(`^Accepted ${codeName} for “.*”\\. ${run.suggestions - 1} suggestions? left\\.$`),
  );
  if (run.suggestions > 1)
    await expect(items.first(), 'focus moves to the next suggestion').toBeFocused();

  const afterAccept = await studyHighlights(request, session.token, studyId, 'ACCEPTED');
  expect(afterAccept).toHaveLength(3);
  const byCoder = afterAccept.filter((h) => h.coder === 'offline-coder');
  expect(byCoder, 'one accepted highlight from the offline coder').toHaveLength(1);
  expect(byCoder[0]).toMatchObject({ status: 'ACCEPTED', text: quote, code: { name: codeName } });
  expect(byCoder[0].text).toBe(
    segments.get(byCoder[0].source.segmentId!)!.text.slice(byCoder[0].start, byCoder[0].end),
  );
  expect(await studyHighlights(request, session.token, studyId, 'SUGGESTED')).toHaveLength(
    run.suggestions - 1,
  );
  clock.lap('review');
  clock.report();
});
