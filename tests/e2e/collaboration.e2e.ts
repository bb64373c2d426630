import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogIn, signInBrowser } from './helpers';
import {
  demoStudyIds,
  memberWithRole,
  persona as fetchPersona,
  saveScreenshot,
  stamp,
  studyPersonas,
} from './persona-helpers';

// Issue 15's journey: the researcher submits a persona naming a reviewer; the reviewer is mailed
// and sees it in the inbox (unread count); they request changes with a trait marked not supported;
// the researcher sees the mark, fixes it and resubmits; the reviewer approves; the researcher
// creates a share link that a signed-out browser opens. Mail goes to the catcher that
// start-app.mjs runs (SMTP on port + 1, read over HTTP on port + 2); each mail is screenshotted.

const PORT = Number(process.env.E2E_PORT ?? 3210);
const MAIL_API = `http://127.0.0.1:${PORT + 2}`;
const SCREENSHOTS = join(__dirname, '../../docs/screenshots');

interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** Waits for a mail to `to` whose subject matches, among those that arrived after `after` mails. */
async function mailTo(
  request: APIRequestContext,
  to: string,
  subject: RegExp,
  after = 0,
): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const all = (await (await request.get(`${MAIL_API}/messages`)).json()) as CaughtMail[];
        found = all.slice(after).find((m) => m.to.includes(to) && subject.test(m.subject));
        return !!found;
      },
      { timeout: 30_000, message: `a mail to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

const mailCount = async (request: APIRequestContext) =>
  ((await (await request.get(`${MAIL_API}/messages`)).json()) as CaughtMail[]).length;

/** Renders a caught mail's HTML body in the browser and saves it under docs/screenshots/. */
async function screenshotMail(page: Page, mail: CaughtMail, name: string) {
  await page.setViewportSize({ width: 720, height: 640 });
  await page.goto(`${MAIL_API}/messages/${mail.id}/html`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
}

test('review with a named reviewer, an inbox, requested changes, approval and a share link', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const run = stamp();
  const note = `The quotes do not show this ${run}`;
  // Letters, not digits: a long run of digits in shared text reads as a phone number and is redacted.
  const word = run.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
  const fixedTagline = `Plans the week's meals on Sunday, as interviews say (${word})`;

  const owner = await apiLogIn(request);
  const { workspaceId, studyId } = await demoStudyIds(request, owner.token);
  const reviewer = await memberWithRole(
    request,
    owner.token,
    workspaceId,
    'REVIEWER',
    `Rey ${run}`,
  );
  // The last draft, so the other persona journeys (which take the first) never race for it.
  const drafts = (await studyPersonas(request, owner.token, studyId)).filter(
    (p) => p.latestStatus === 'DRAFT',
  );
  expect(drafts.length, 'the demo study has a draft persona').toBeGreaterThan(0);
  const target = drafts[drafts.length - 1];
  const mailsBefore = await mailCount(request);

  // --- Researcher: submits, naming the reviewer.
  await signInBrowser(page, owner);
  await page.goto(`/personas/${target.id}`);
  await expect(page.getByTestId('persona-name')).toHaveText(target.name);
  const choices = page.getByTestId('reviewer-choices');
  await choices.getByRole('checkbox', { name: new RegExp(`Rey ${run}`) }).check();
  await page.getByTestId('persona-submit').click();
  await expect(page.getByText(/is waiting for a reviewer/)).toContainText(`Asked: Rey ${run}`);

  // --- The reviewer is mailed, with a link to the persona.
  const requested = await mailTo(request, reviewer.user.email, /review/i, mailsBefore);
  expect(requested.text).toContain(`/personas/${target.id}`);
  expect(requested.html).not.toMatch(/<img/i);

  // --- Reviewer: the header counts the unread notification; the inbox lists the persona.
  const reviewerContext = await browser.newContext();
  const reviewerPage = await reviewerContext.newPage();
  await screenshotMail(reviewerPage, requested, 'mail-review-requested.png');
  await reviewerPage.setViewportSize({ width: 1280, height: 900 });
  await signInBrowser(reviewerPage, reviewer);
  await reviewerPage.goto('/');
  await expect(reviewerPage.getByTestId('inbox-link')).toHaveAttribute(
    'aria-label',
    /Inbox, [1-9]\d* unread/,
  );
  await reviewerPage.getByTestId('inbox-link').click();
  await expect(reviewerPage).toHaveURL(/\/inbox$/);
  const waiting = reviewerPage.getByTestId('waiting-for-me');
  await expect(waiting.getByRole('link', { name: target.name })).toBeVisible();
  await expect(reviewerPage.getByTestId('notification').first()).toContainText(target.name);
  await saveScreenshot(reviewerPage, testInfo, 'inbox.png');
  await waiting.getByRole('link', { name: target.name }).click();
  await expect(reviewerPage).toHaveURL(new RegExp(`/personas/${target.id}$`));

  // Requests changes with the first trait marked not supported.
  const panel = reviewerPage.getByTestId('review-panel');
  await panel.getByTestId('trait-check-0-unsupported').check();
  await panel.getByTestId('trait-note-0').fill(note);
  await panel.getByTestId('review-comment').fill('Ground the first trait in what people said.');
  await panel.getByTestId('review-request-changes').click();
  await expect(reviewerPage.getByTestId('review-panel')).toHaveCount(0);

  // --- Researcher: sees "changes requested", the mark beside the trait, and a mail.
  const changes = await mailTo(request, owner.user.email, /change/i, mailsBefore);
  await screenshotMail(page, changes, 'mail-changes-requested.png');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/personas/${target.id}`);
  await expect(page.getByText('Changes requested').first()).toBeVisible();
  const mark = page.locator('[data-testid^="trait-mark-"]').filter({ hasText: 'Not supported' });
  await expect(mark.first()).toContainText(note);
  await expect(page.getByTestId('review-timeline')).toContainText(
    'Ground the first trait in what people said.',
  );
  await saveScreenshot(page, testInfo, 'changes-requested.png');

  // Fixes the tagline and resubmits (the reviewer stays ticked).
  await page.getByTestId('persona-edit').click();
  await page.getByRole('textbox', { name: /^Tagline/ }).fill(fixedTagline);
  await page.getByTestId('persona-save').click();
  await expect(page.getByTestId('persona-save')).toHaveCount(0);
  await expect(
    page.getByTestId('reviewer-choices').getByRole('checkbox', { name: new RegExp(`Rey ${run}`) }),
  ).toBeChecked();
  await page.getByTestId('persona-submit').click();
  await expect(page.getByText(/is waiting for a reviewer/)).toBeVisible();

  // --- Reviewer approves the new version.
  await reviewerPage.goto(`/personas/${target.id}`);
  await reviewerPage.getByTestId('review-approve').click();
  await expect
    .poll(async () => (await fetchPersona(request, owner.token, target.id)).latestStatus)
    .toBe('APPROVED');
  const approved = await fetchPersona(request, owner.token, target.id);
  expect(approved.tagline).toBe(fixedTagline);

  // --- Researcher: a share link, opened by a signed-out browser.
  await page.goto(`/personas/${target.id}`);
  await page.getByTestId('share-open').first().click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByTestId('share-create').click();
  const url = await dialog.getByTestId('share-url').inputValue();
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${PORT}/share/[A-Za-z0-9_-]{20,}$`));

  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  const response = await outsiderPage.goto(url);
  expect(response?.headers()['x-robots-tag']).toContain('noindex');
  const shared = outsiderPage.getByTestId('shared-persona');
  await expect(shared).toContainText(target.name);
  await expect(shared).toContainText(fixedTagline);
  await expect(outsiderPage.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(outsiderPage.getByTestId('inbox-link')).toHaveCount(0);
  await saveScreenshot(outsiderPage, testInfo, 'shared-persona.png');

  await outsider.close();
  await reviewerContext.close();
});
