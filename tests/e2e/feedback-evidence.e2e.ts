import { expect, test } from '@playwright/test';
import { apiLogIn, gql, signInBrowser } from './helpers';
import { demoResponses } from '../../apps/api/src/seed/demo-study';
import { demoStudyIds } from './persona-helpers';

// Issue 17: persona evidence quoted from a customer's feedback message opens that message in its
// conversation (/studies/:studyId/feedback/:conversationId#m-<messageId>).

// Tickets in the words of the demo study's customers (its own open-answer phrasing), each answered
// by an agent, in the generic CSV shape.
const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
const FEEDBACK_CSV = [
  'conversation_id,type,author_role,customer,date,rating,title,text',
  ...demoResponses(24, 31).flatMap((r, i) => {
    const said = `${String(r.answers.pain ?? '')} ${String(r.answers.goal ?? '')}`.trim();
    const day = `2026-01-${String((i % 27) + 1).padStart(2, '0')}`;
    return [
      `T-${900 + i},ticket,customer,cust-${900 + i},${day}T09:00:00Z,,Ticket ${i},${csvCell(said)}`,
      `T-${900 + i},ticket,agent,,${day}T10:00:00Z,,Ticket ${i},${csvCell('Thanks for writing in, we passed this on to the product team.')}`,
    ];
  }),
].join('\n');

test('persona evidence from feedback opens the message in its conversation', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const session = await apiLogIn(request);
  const { studyId } = await demoStudyIds(request, session.token);

  const upload = await request.post(
    `/api/studies/${studyId}/feedback-imports?kind=SUPPORT&fileName=${encodeURIComponent('e2e-tickets.csv')}`,
    {
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'text/csv' },
      data: FEEDBACK_CSV,
    },
  );
  expect(upload.ok(), `feedback upload answered ${upload.status()}`).toBe(true);

  // Offline synthesis over survey, interviews and feedback.
  const { startSynthesis } = await gql(
    request,
    'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }',
    { i: { studyId, provider: 'offline' } },
    session.token,
  );
  let personas: {
    id: string;
    traits: { evidence: { quote: string; source: { type: string; messageId: string | null } }[] }[];
  }[] = [];
  await expect
    .poll(
      async () => {
        const { synthesisRun } = await gql(
          request,
          `query($id: ID!) { synthesisRun(id: $id) { status error personas { id
             traits { evidence { quote source { type messageId } } } } } }`,
          { id: startSynthesis.id },
          session.token,
        );
        personas = synthesisRun.personas ?? [];
        return synthesisRun.status;
      },
      { timeout: 180_000, intervals: [1000] },
    )
    .toBe('SUCCEEDED');

  const found = personas.flatMap((p) =>
    p.traits.flatMap((t) =>
      t.evidence
        .filter((e) => e.source.type === 'FEEDBACK_MESSAGE')
        .map((e) => ({ personaId: p.id, ...e })),
    ),
  )[0];
  expect(found, 'a persona quotes a feedback message').toBeTruthy();

  await signInBrowser(page, session);
  await page.goto(`/personas/${found.personaId}`);
  const chip = page
    .locator(`[data-testid="evidence-chip"][title="${found.quote.replace(/"/g, '\\"')}"]`)
    .first();
  await chip.click();
  const drawer = page.getByTestId('evidence-drawer');
  await expect(drawer.locator('dl')).toContainText('Customer feedback');
  await expect(drawer.getByTestId('evidence-context').locator('mark')).toHaveText(found.quote);
  await drawer.getByTestId('evidence-open-message').click();

  await expect(page).toHaveURL(
    new RegExp(`/studies/${studyId}/feedback/[0-9a-f-]{36}#m-${found.source.messageId}$`),
  );
  const message = page.locator(`[id="m-${found.source.messageId}"]`);
  await expect(message).toBeVisible();
  await expect(message).toContainText(found.quote);
});
