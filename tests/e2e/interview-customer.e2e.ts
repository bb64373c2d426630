import { expect, test } from '@playwright/test';
import { gql, signInBrowser } from './helpers';
import { signUp } from './persona-helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 17: an interview's customer id, typed in the import form, is kept only as a hash; the
// interview page says which customer it is linked to (the same "Customer 3f9a1c" as the
// customer's feedback), and a researcher changes or removes the id there.
const CUSTOMER = 'Ana.E2E@example.com';
const TRANSCRIPT = 'Interviewer: What slows you down?\nAna: Knitting long reports takes minutes.';

test('an interview given a customer id joins that customer; the id can be changed and removed', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const session = await signUp(request, 'Cora Customer', 'customer');
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Customers');
  const uploaded = await request.post(
    `/api/studies/${studyId}/feedback-imports?kind=FEEDBACK&fileName=ana.csv`,
    {
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'text/csv' },
      data: Buffer.from(`text,date,customer\nExports lose my tables,2025-03-01,${CUSTOMER}\n`, 'utf8'),
    },
  );
  expect(uploaded.status()).toBe(201);
  const { feedbackConversations } = await gql(
    request,
    'query($s: ID!) { feedbackConversations(studyId: $s, limit: 5) { items { customerLabel participantId } } }',
    { s: studyId },
    session.token,
  );
  const [ticket] = feedbackConversations.items;
  expect(ticket.customerLabel).toMatch(/^Customer [0-9a-f]{6}$/);
  const linked = `Linked to ${ticket.customerLabel.replace('Customer', 'customer')}`;

  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/interviews`);
  await page.getByTestId('import-transcript-toggle').click();
  await page.getByTestId('transcript-textarea').fill(TRANSCRIPT);
  await page.getByRole('textbox', { name: /^Title/ }).fill('Call with Ana');
  const field = page.getByRole('textbox', { name: 'Customer id (optional)' });
  await expect(field).toHaveAccessibleDescription(/Stored only as a hash/);
  await field.fill(` ${CUSTOMER.toUpperCase()} `);
  await page.getByTestId('transcript-save').click();
  await expect(page).toHaveURL(/\/interviews\/[^/?#]+$/);
  const interviewId = page.url().match(/\/interviews\/([^/?#]+)$/)![1];

  await expect(page.getByTestId('interview-customer')).toHaveText(linked);
  await expect(page.getByText(`Participant: ${ticket.customerLabel}`)).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/ana\.e2e/i);
  const { interview } = await gql(
    request,
    'query($id: ID!) { interview(id: $id) { customerLabel participant { id } } }',
    { id: interviewId },
    session.token,
  );
  expect(interview).toEqual({ customerLabel: ticket.customerLabel, participant: { id: ticket.participantId } });

  // Changed to another customer: a new one, since nobody else has that id yet.
  await page.getByTestId('interview-customer-edit').click();
  await expect(page.getByRole('textbox', { name: 'Customer id (optional)' })).toHaveValue('');
  await page.getByRole('textbox', { name: 'Customer id (optional)' }).fill('cust-e2e-2');
  await page.getByTestId('interview-customer-save').click();
  await expect(page.getByTestId('interview-customer')).toHaveText(/^Linked to customer [0-9a-f]{6}$/);
  await expect(page.getByTestId('interview-customer')).not.toHaveText(linked);

  // Removed, after the app's own confirmation.
  await page.getByTestId('interview-customer-edit').click();
  await page.getByRole('button', { name: 'Remove link' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove the customer link?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove link' }).click();
  await expect(page.getByTestId('interview-customer')).toHaveText('Not linked to a customer yet');
  await expect(page.getByTestId('interview-customer-edit')).toHaveText('Set customer id');
});
