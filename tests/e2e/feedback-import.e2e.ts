import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { apiLogIn, signInBrowser } from './helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 17: a researcher imports the R users feedback CSV in the Feedback tab (preview with the
// proposed column mapping, upload progress, counts and warnings), opens a conversation, and a
// message's deep link (#m-<id>) scrolls to it and outlines it.

const FIXTURE = resolve(__dirname, '../fixtures/feedback/r-users-feedback.csv');

test('imports a feedback CSV, shows its conversations and opens a message deep link', async ({ page, request }) => {
  test.setTimeout(120_000);
  const session = await apiLogIn(request);
  // A workspace of its own, so the demo workspace (the README tour's screenshots) stays as seeded.
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Feedback e2e');
  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/feedback`);

  await expect(page.getByText('No customer feedback yet')).toBeVisible();
  await page.getByTestId('feedback-file').setInputFiles(FIXTURE);
  const preview = page.getByTestId('feedback-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('feedback-preview-summary')).toContainText('45 conversations, 69 messages');
  // The customer column is proposed and its values are never shown.
  await expect(preview).toContainText('hidden: hashed on import');
  await expect(preview).not.toContainText('@');

  await page.getByTestId('feedback-upload').click();
  await expect(page.getByTestId('feedback-done')).toContainText('r-users-feedback.csv imported.');
  await expect(page.getByTestId('feedback-counts')).toContainText('45 conversations · 69 messages');
  await expect(page.getByTestId('feedback-import')).toContainText('1 empty message was dropped.');

  const list = page.getByTestId('feedback-conversations');
  await list.getByRole('link', { name: 'Ticket T-1001 “RStudio freezes when I open a big CSV”' }).click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/feedback/[0-9a-f-]{36}$`));
  const messages = page.getByTestId('feedback-messages').locator('li');
  await expect(messages).toHaveCount(3);
  await expect(messages.nth(1)).toHaveAttribute('data-role', 'AGENT');
  await expect(messages.nth(1)).toContainText('(not evidence)');

  // A deep link to the last message scrolls to it and outlines it.
  const id = (await messages.nth(2).getAttribute('id'))!;
  expect(id).toMatch(/^m-[0-9a-f-]{36}$/);
  await page.goto(`${page.url()}#${id}`);
  await page.reload();
  const target = page.locator(`#${id}`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/message--target/);
  await expect(target).toBeFocused();
});
