import { expect, test } from '@playwright/test';
import { webVtt } from './coding-helpers';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 16 bug 4: the agreement panel calibrates the model coder blind against a person's coding,
// shows progress, then kappa per code in words, and never changes the coding.
const TURNS = [
  ...Array.from({ length: 12 }, (_, i) => `The export is slow again today, it took ${i + 2} minutes.`),
  ...Array.from({ length: 4 }, (_, i) => `The pricing page confused me, plan ${i + 1} costs too much.`),
];
const VTT = webVtt(
  TURNS.map((text, i) => ({
    start: `00:00:${String(i * 2).padStart(2, '0')}.000`,
    end: `00:00:${String(i * 2 + 1).padStart(2, '0')}.500`,
    voice: 'Sam',
    text,
  })),
);

test('calibrates the offline coder against a person’s coding and explains kappa per code', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const session = await signUp(request, 'Cal Ibrate', 'calibration');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Calibration');
  const createCode = async (name: string, description: string) =>
    (
      await gql(
        request,
        'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
        { i: { studyId, name, category: 'PAIN_POINT', description } },
        session.token,
      )
    ).createCode.id as string;
  const slow = await createCode('Slow export', 'Exporting is slow or takes minutes.');
  const pricing = await createCode('Pricing', 'Plans or prices are confusing or too expensive.');
  const segments = (
    await gql(
      request,
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id text } } }',
      { i: { studyId, title: 'Call with Sam', format: 'VTT', content: VTT, participantLabel: 'P1' } },
      session.token,
    )
  ).importTranscript.segments as { id: string; text: string }[];
  expect(segments).toHaveLength(TURNS.length);
  for (const [i, segment] of segments.entries()) {
    await gql(
      request,
      'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }',
      {
        i: {
          codeId: i < 12 ? slow : pricing,
          source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segment.id },
          start: 0,
          end: segment.text.length,
        },
      },
      session.token,
    );
  }
  const highlights = async () =>
    (
      await gql(
        request,
        'query($s: ID!) { highlights(studyId: $s) { id status coder } }',
        { s: studyId },
        session.token,
      )
    ).highlights as unknown[];
  const before = await highlights();

  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/coding?view=agreement`);
  const section = page.getByTestId('calibration');
  await expect(section.getByRole('heading', { name: 'Calibrate the model coder' })).toBeVisible();
  await expect(section.getByTestId('calibration-none')).toBeVisible();
  await expect(page.getByText('not available yet')).toHaveCount(0);
  await section.getByLabel('Sample size').selectOption('25');
  await section.getByRole('button', { name: 'Calibrate' }).click();

  const result = section.getByTestId('calibration-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result).toContainText('16 of 25 passages asked for');
  // Slow export: 12 uses, enough for a kappa, said in words; Pricing: 4 uses, too few to say.
  await expect(result).toContainText(/The model agrees with you .* on 'Slow export' \(κ -?\d\.\d\d, 16 units/);
  await expect(result).toContainText("Too few units to say for 'Pricing' (4)");
  const row = result.getByRole('row', { name: /Slow export/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('12');
  await expect(result).toContainText('Last calibration:');

  // The latest calibration is still there after a reload, and the coding did not change.
  await page.reload();
  await expect(page.getByTestId('calibration-result')).toContainText("'Slow export'");
  expect(await highlights()).toEqual(before);
});
