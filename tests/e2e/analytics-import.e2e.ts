import { expect, test } from '@playwright/test';
import { apiLogIn, signInBrowser } from './helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

// Issue 17, part 2 in the browser: a researcher uploads a product-analytics events CSV on the
// study's Analytics tab (preview with the proposed mapping, upload, aggregation in the database)
// and sees its counts; users the study has never seen are counted as not linked.

function eventsCsv(): string {
  const rows = ['user_id,event,timestamp'];
  const start = Date.parse('2026-10-01T09:00:00Z');
  for (const [u, user] of ['u-1', 'u-2', 'u-3'].entries())
    for (let i = 0; i < 6 + u * 3; i++) {
      const at = new Date(start + i * 86_400_000 + u * 3_600_000).toISOString();
      rows.push(`${user},${i % 2 ? 'open_dashboard' : 'export_report'},${at}`);
    }
  return rows.join('\n') + '\n';
}

test('uploads an events CSV and shows what it aggregated', async ({ page, request }) => {
  test.setTimeout(120_000);
  const session = await apiLogIn(request);
  // A workspace of its own, so the demo workspace (the README tour's screenshots) stays as seeded.
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Analytics e2e');
  await signInBrowser(page, session);
  await page.goto(`/studies/${studyId}/analytics`);

  await expect(page.getByText('No product analytics yet')).toBeVisible();
  const csv = eventsCsv();
  await page.getByTestId('analytics-file').setInputFiles({
    name: 'events.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(page.getByTestId('analytics-preview')).toContainText('open_dashboard');
  await page.getByTestId('analytics-upload').click();

  const row = page.getByTestId('analytics-import');
  await expect(row).toContainText('events.csv');
  const counts = row.getByTestId('analytics-counts');
  await expect(counts).toContainText(`${csv.trim().split('\n').length - 1} events`);
  await expect(counts).toContainText('3 users');
  await expect(counts).toContainText('0 linked to participants');
  await expect(row.getByTestId('analytics-unlinked')).toHaveText('3 users not linked');
});
