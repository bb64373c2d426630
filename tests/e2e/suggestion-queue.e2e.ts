import { expect, test } from '@playwright/test';
import { studyHighlights, webVtt } from './coding-helpers';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 16 item 9: the queue takes J/K/A as soon as it opens (no click first), and two turns
// with the same text (up to case and punctuation) are one group decided at once.
const SAME = 'The dashboard is slow. Everything loads slowly.';
const VTT = webVtt([
  {
    start: '00:00:01.000',
    end: '00:00:03.000',
    voice: 'Interviewer',
    text: 'What slows you down?',
  },
  { start: '00:00:04.000', end: '00:00:08.000', voice: 'Sam', text: SAME },
  { start: '00:00:09.000', end: '00:00:12.000', voice: 'Interviewer', text: 'And pricing?' },
  {
    start: '00:00:13.000',
    end: '00:00:17.000',
    voice: 'Sam',
    text: 'the dashboard is SLOW! Everything loads slowly',
  },
  {
    start: '00:00:18.000',
    end: '00:00:22.000',
    voice: 'Sam',
    text: 'Prices are confusing, I never know which plan we are on.',
  },
]);

test('the suggestion queue takes J/K/A the moment it opens and decides a group of the same text at once', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await signUp(request, 'Quinn Queue', 'queue');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Queue');
  const code = async (name: string, description: string) =>
    (
      await gql(
        request,
        'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
        { i: { studyId, name, category: 'PAIN_POINT', description } },
        session.token,
      )
    ).createCode.id as string;
  await code('Slow performance', 'The dashboard is slow; everything loads slowly.');
  await code('Pricing confusion', 'Prices are confusing; which plan are we on.');
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
  );
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
        'query($id: ID!) { codingRun(id: $id) { id status suggestions } }',
        { id: run.id },
        session.token,
      )
    ).codingRun;
  }
  expect(run.status).toBe('SUCCEEDED');
  const suggested = await studyHighlights(request, session.token, studyId, 'SUGGESTED');
  const slowOnes = suggested.filter((s) => s.code.name === 'Slow performance');
  expect(
    slowOnes.length,
    'both turns worded like "Slow performance" are suggested',
  ).toBeGreaterThanOrEqual(2);

  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/coding?view=suggestions`);
  const items = page.getByTestId('suggestion-item');
  await expect(items.first()).toBeVisible();
  const labels = await items.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
  const groupIndex = labels.findIndex(
    (l) => l.startsWith('Slow performance: ') && / \(\d+ times\)$/.test(l),
  );
  expect(groupIndex, `a group of the same text: ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
  await expect(page.getByTestId('suggestion-progress')).toHaveText(
    `0 of ${suggested.length} reviewed`,
  );

  const [, text, times] = / ?: (.*) \((\d+) times\)$/.exec(
    labels[groupIndex].slice('Slow performance'.length),
  )!;
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const groupIds = slowOnes.filter((s) => norm(s.text) === norm(text)).map((s) => s.id);
  expect(groupIds).toHaveLength(Number(times));

  // No click anywhere: the keys work straight away.
  for (let i = 0; i < groupIndex; i++) await page.keyboard.press('j');
  const last = groupIndex === labels.length - 1;
  await page.keyboard.press(last ? 'k' : 'j');
  await page.keyboard.press(last ? 'j' : 'k');
  await expect(items.nth(groupIndex)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('a');
  await expect(items).toHaveCount(labels.length - 1);
  await expect(page.getByTestId('suggestion-progress')).toHaveText(
    `${groupIds.length} of ${suggested.length} reviewed`,
  );
  const accepted = await studyHighlights(request, session.token, studyId, 'ACCEPTED');
  expect(accepted.map((h) => h.id).sort()).toEqual(groupIds.sort());

  // Undo from the toast puts the whole group back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(labels.length);
  expect(await studyHighlights(request, session.token, studyId, 'ACCEPTED')).toHaveLength(0);
});
