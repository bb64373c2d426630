import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { generateNeedsStudy } from '../../libs/synthesis/test/engine/generate-needs-study';
import { apiLogIn, gql, signInBrowser } from './helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 17 part 4: personas over time. A generated study (three latent needs segments) is
// synthesized and approved; new responses that resemble one segment come in; after the
// assignment, that persona's page shows the drift notice in words with "Re-run synthesis", and
// the share by month as a chart with its table.

const study = generateNeedsStudy({ respondents: 240, segments: 3, seed: 5, themes: false });
const later = generateNeedsStudy({ respondents: 240, segments: 3, seed: 41, themes: false });

type Question = { id: string; title: string; type: string; options: { id: string; label: string }[] | null };

function answersOf(questions: Question[], p: (typeof later.input.participants)[number]) {
  const out: { questionId: string; value: unknown }[] = [];
  for (const a of p.answers) {
    const q = questions.find((x) => x.title === a.questionTitle);
    if (!q) continue;
    if (a.kind === 'choice') {
      const ids = (a.choiceLabels ?? []).map((l) => q.options?.find((o) => o.label === l)?.id).filter(Boolean);
      if (ids.length) out.push({ questionId: q.id, value: q.type === 'MULTIPLE_CHOICE' ? ids : ids[0] });
    } else if (a.kind === 'number') out.push({ questionId: q.id, value: a.number });
    else out.push({ questionId: q.id, value: a.source.text });
  }
  return out;
}

async function waitForRun(request: APIRequestContext, token: string, runId: string) {
  for (;;) {
    const { synthesisRun } = await gql(request, 'query($id: ID!) { synthesisRun(id: $id) { status error personas { id } } }', { id: runId }, token);
    if (!['QUEUED', 'RUNNING'].includes(synthesisRun.status)) {
      expect(synthesisRun.status, synthesisRun.error ?? '').toBe('SUCCEEDED');
      return synthesisRun.personas.map((p: { id: string }) => p.id) as string[];
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

test('a persona that grew among new respondents shows the drift notice and its share by month', async ({ page, request }) => {
  test.setTimeout(300_000);
  const session = await apiLogIn(request);
  const { workspaceId, studyId } = await createWorkspaceAndStudy(request, session.token, 'Drift');
  await gql(request, 'mutation($w: ID!, $a: Boolean!) { setWorkspaceSelfApproval(workspaceId: $w, allow: $a) { allowSelfApproval } }', { w: workspaceId, a: true }, session.token);
  const { importSurveyCsv: survey } = await gql(
    request,
    'mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id slug questions { id title type options { id label } } } }',
    { i: { studyId, title: `Drift ${Date.now()}`, csv: study.csv } },
    session.token,
  );
  await gql(request, 'mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: survey.id }, session.token).catch(() => undefined);
  const { startSynthesis } = await gql(request, 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }', { i: { studyId, provider: 'offline' } }, session.token);
  const personaIds = await waitForRun(request, session.token, startSynthesis.id);
  for (const id of personaIds) {
    await gql(request, 'mutation($id: ID!) { submitPersonaForReview(id: $id) { status } }', { id }, session.token);
    await gql(request, 'mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { status } }', { i: { personaId: id, decision: 'APPROVE' } }, session.token);
  }
  for (const p of later.input.participants.filter((x) => later.latent.get(x.id) === 0).slice(0, 45))
    await gql(request, 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
      i: { slug: survey.slug, clientResponseId: randomUUID(), complete: true, answers: answersOf(survey.questions, p) },
    });
  // Quality flags are recomputed by a job after submissions; flagged responses are not placed.
  await new Promise((r) => setTimeout(r, 6000));
  const { assignNewParticipants } = await gql(request, 'mutation($s: ID!) { assignNewParticipants(studyId: $s) { assigned newcomers } }', { s: studyId }, session.token);
  expect(assignNewParticipants.assigned).toBeGreaterThanOrEqual(15);

  let grown: string | undefined;
  for (const id of personaIds) {
    const { persona } = await gql(request, 'query($id: ID!) { persona(id: $id) { drift { drifted shareNow shareAtApproval } } }', { id }, session.token);
    if (persona.drift?.drifted && persona.drift.shareNow > persona.drift.shareAtApproval) grown = id;
  }
  expect(grown, 'one persona grew among the newcomers').toBeTruthy();

  await signInBrowser(page, session);
  await page.goto(`/personas/${grown}`);
  const notice = page.getByTestId('drift-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/^Since approval on \d+ \w+, this persona grew from \d+ % to \d+ % of new respondents/);
  const chart = page.getByTestId('share-by-month');
  await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /share by month, from \d+ % in/);
  const month = new Date().toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  await expect(chart.getByRole('rowheader', { name: month })).toBeVisible();
  await notice.getByRole('link', { name: 'Re-run synthesis' }).click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/personas`));
});
