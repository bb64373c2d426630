import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { apiLogIn, signInBrowser } from './helpers';
import {
  PNG_MAGIC,
  demoStudyIds,
  memberWithRole,
  persona as fetchPersona,
  saveScreenshot,
  stamp,
  studyPersonas,
  unescapeMarkdown,
} from './persona-helpers';

const CHANGES_COMMENT = 'Please ground the tagline in evidence';
const SELF_APPROVAL_REFUSAL =
  'You wrote, synthesized or submitted this version, so someone else must approve it.';

/** Records how long each phase of a test took, as an annotation and on the console. */
function stopwatch(testInfo: import('@playwright/test').TestInfo) {
  const laps: string[] = [];
  let last = Date.now();
  return {
    lap(label: string) {
      const now = Date.now();
      laps.push(`${label} ${((now - last) / 1000).toFixed(1)}s`);
      last = now;
    },
    report() {
      testInfo.annotations.push({ type: 'timings', description: laps.join(' · ') });
      console.log(`[timings] ${testInfo.title}: ${laps.join(' · ')}`);
    },
  };
}

/** "Version 3" → 3, read from the header badge. */
async function shownVersion(page: Page): Promise<number> {
  const text = await page.getByTestId('persona-version').innerText();
  const match = /Version (\d+)/.exec(text);
  if (!match) throw new Error(`No version number in "${text}"`);
  return Number(match[1]);
}

/** Opens the inline editor, replaces the tagline and saves; returns once the header shows `expectedVersion`. */
async function editTagline(page: Page, tagline: string, expectedVersion: number) {
  await page.getByTestId('persona-edit').click();
  const field = page.getByRole('textbox', { name: /^Tagline/ });
  await expect(field).toBeVisible();
  await field.fill(tagline);
  await page.getByTestId('persona-save').click();
  await expect(page.getByTestId('persona-save')).toHaveCount(0);
  await expect(page.getByTestId('persona-version')).toHaveText(`Version ${expectedVersion}`);
  await expect(page.locator('.persona-header__tagline')).toHaveText(tagline);
}

async function submitForReview(page: Page, version: number) {
  await page.getByTestId('persona-submit').click();
  await expect(page.getByTestId('persona-status').first()).toHaveText('In review');
  await expect(page.getByText(`Version ${version} is waiting for a reviewer.`)).toBeVisible();
  await expect(page.getByTestId('persona-submit')).toHaveCount(0);
}

test('a researcher drafts a persona, a product manager reviews it with evidence, approves it, and it exports', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  const run = stamp();
  const firstTagline = `Draft tagline ${run}`;
  const fixedTagline = `Ships the Monday report to leadership, as interviews say ${run}`;

  // --- Setup through the API: the demo owner adds a product manager as REVIEWER.
  const owner = await apiLogIn(request);
  const { workspaceId, studyId, studyName } = await demoStudyIds(request, owner.token);
  const pm = await memberWithRole(request, owner.token, workspaceId, 'REVIEWER', 'Priya Product');

  const clock = stopwatch(testInfo);
  // --- Researcher (the demo owner): runs synthesis from the study's Personas tab.
  await signInBrowser(page, owner);
  await page.goto(`/studies/${studyId}`);
  await expect(page.getByRole('heading', { name: studyName })).toBeVisible();
  await page
    .getByRole('link', { name: /Personas/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/studies/${studyId}/personas$`));
  const status = page.getByTestId('synthesis-status');
  // The seeded run already succeeded, so the UI must be seen finishing the *new* run:
  // the page's own status polls tell when the server reported it done.
  await expect(status).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(page.getByRole('combobox', { name: /Provider/ })).toHaveValue('offline');
  const newRun: { id?: string } = {};
  const started = page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('startSynthesis'),
  );
  const finished = page.waitForResponse(
    async (r) => {
      if (
        !r.url().endsWith('/graphql') ||
        !(r.request().postData() ?? '').includes('SynthesisRunStatus')
      )
        return false;
      const run = (await r.json().catch(() => null))?.data?.synthesisRun;
      return !!newRun.id && run?.id === newRun.id && !['QUEUED', 'RUNNING'].includes(run.status);
    },
    { timeout: 120_000 },
  );
  await page.getByTestId('synthesize-button').click();
  const startBody = await (await started).json();
  expect(startBody.errors, 'startSynthesis succeeds').toBeUndefined();
  expect(startBody.data.startSynthesis.status).toMatch(/QUEUED|RUNNING/);
  newRun.id = startBody.data.startSynthesis.id;
  const finalRun = (await (await finished).json()).data.synthesisRun;
  expect(
    finalRun.status,
    `run ${newRun.id} ended ${finalRun.status}: ${finalRun.error ?? ''}`,
  ).toBe('SUCCEEDED');
  await expect(status).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(status).toContainText('Succeeded');
  await expect(page.getByTestId('synthesize-button')).toBeEnabled();
  await expect(page.getByTestId('synthesis-progress')).toHaveCount(0);

  clock.lap('synthesis');
  const cards = page.getByTestId('persona-card');
  await expect(cards.first()).toBeVisible();
  // The first card (on a fresh server every demo persona is still a draft).
  const firstCard = cards
    .filter({ has: page.getByTestId('persona-status').filter({ hasText: /^\s*Draft\s*$/ }) })
    .first();
  const personaName = (await firstCard.getByRole('link').innerText()).trim();
  expect(personaName).not.toBe('');
  await firstCard.getByRole('link', { name: personaName }).click();
  await expect(page).toHaveURL(/\/personas\/[^/]+$/);
  const personaId = page.url().match(/\/personas\/([^/?#]+)$/)![1];
  await expect(page.getByTestId('persona-name')).toHaveText(personaName);

  const before = await fetchPersona(request, owner.token, personaId);
  expect(before.latestStatus, 'the first demo persona is a draft').toBe('DRAFT');
  const v0 = await shownVersion(page);
  expect(v0).toBe(before.latestVersion);

  // Edit the draft inline: the version number goes up, then submit for review.
  await editTagline(page, firstTagline, v0 + 1);
  await expect(page.getByTestId('persona-status').first()).toHaveText('Draft');
  await submitForReview(page, v0 + 1);

  clock.lap('edit+submit');
  // --- Product manager: a second browser context.
  const pmContext = await browser.newContext();
  const pmPage = await pmContext.newPage();
  await signInBrowser(pmPage, pm);
  await pmPage.goto(`/personas/${personaId}`);
  await expect(pmPage.getByTestId('persona-name')).toHaveText(personaName);
  await expect(pmPage.locator('.persona-header__tagline')).toHaveText(firstTagline);
  await expect(pmPage.getByTestId('persona-status').first()).toHaveText('In review');
  await expect(pmPage.getByTestId('review-panel')).toBeVisible();
  await expect(pmPage.getByTestId('persona-edit'), 'a reviewer does not edit').toHaveCount(0);
  expect(await pmPage.getByTestId('persona-trait').count()).toBeGreaterThan(0);

  // The evidence drawer shows the chip's quote highlighted inside its source.
  const chip = pmPage.getByTestId('evidence-chip').first();
  const quote = await chip.getAttribute('title');
  expect(quote, 'the chip carries its full quote').toBeTruthy();
  await chip.click();
  const drawer = pmPage.getByTestId('evidence-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('evidence-drawer-close')).toBeFocused();
  const context = drawer.getByTestId('evidence-context');
  await expect(context).toBeVisible();
  const mark = context.locator('mark');
  await expect(mark).toHaveCount(1);
  expect(await mark.textContent(), 'the highlighted text is exactly the quote').toBe(quote);
  const contextText = (await context.textContent()) ?? '';
  expect(contextText).toContain(quote!);
  await expect(
    drawer.getByText('The source text has changed since this quote was taken'),
  ).toHaveCount(0);
  // Where the quote comes from: a survey answer names its question, a transcript turn its speaker.
  await expect(drawer.locator('dl')).toContainText(/Survey answer|Interview transcript/);
  await expect(drawer.locator('dl')).toContainText(/Question|Speaker/);
  await drawer.getByTestId('evidence-drawer-close').click();
  await expect(drawer).toHaveCount(0);
  await expect.soft(chip, 'focus returns to the chip that opened the drawer').toBeFocused();

  // A representative quote, too, is highlighted inside the whole answer it was cut from.
  const quoteButton = pmPage.getByTestId('quote-context').first();
  if (await quoteButton.count()) {
    const figureQuote = (await pmPage.locator('figure blockquote').first().innerText()).replace(
      /^“|”$/g,
      '',
    );
    await quoteButton.click();
    await expect(drawer.getByTestId('evidence-context')).toBeVisible();
    expect(await drawer.getByTestId('evidence-context').locator('mark').textContent()).toBe(
      figureQuote,
    );
    await pmPage.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
  }

  clock.lap('pm evidence');
  // Request changes with a comment.
  const review = pmPage.getByTestId('review-panel');
  await review.getByTestId('review-comment').fill(CHANGES_COMMENT);
  await review.getByTestId('review-request-changes').click();
  await expect(pmPage.getByTestId('review-panel')).toHaveCount(0);
  await expect(pmPage.getByTestId('persona-status').first()).toHaveText('Draft');
  await expect(
    pmPage.getByLabel('Reviews', { exact: true }).getByText(CHANGES_COMMENT),
  ).toBeVisible();

  clock.lap('request changes');
  // --- Researcher: sees the comment after a reload, fixes the tagline, resubmits.
  await page.reload();
  await expect(page.getByTestId('persona-name')).toHaveText(personaName);
  const reviews = page.getByLabel('Reviews', { exact: true });
  await expect(reviews.getByText(CHANGES_COMMENT)).toBeVisible();
  await expect(reviews).toContainText(pm.user.name);
  await expect(reviews).toContainText('Request changes');
  await expect(page.getByTestId('persona-status').first()).toHaveText('Draft');
  await editTagline(page, fixedTagline, v0 + 2);
  await submitForReview(page, v0 + 2);

  clock.lap('fix+resubmit');
  // --- Product manager: approves the fixed version.
  await pmPage.reload();
  await expect(pmPage.locator('.persona-header__tagline')).toHaveText(fixedTagline);
  const review2 = pmPage.getByTestId('review-panel');
  await expect(review2).toBeVisible();
  await review2.getByTestId('trait-check-0-supported').check();
  await review2.getByTestId('review-approve').click();
  await expect(pmPage.getByTestId('review-panel')).toHaveCount(0);
  await expect(pmPage.getByTestId('persona-status').first()).toHaveText('Approved');
  await expect(pmPage.getByTestId('persona-version')).toHaveText(`Version ${v0 + 2}`);

  const approved = await fetchPersona(request, owner.token, personaId);
  expect(approved.status).toBe('APPROVED');
  expect(approved.approvedVersion).toBe(v0 + 2);
  expect(approved.tagline).toBe(fixedTagline);
  expect(approved.reviews.map((r) => r.decision).slice(-2)).toEqual(['REQUEST_CHANGES', 'APPROVE']);

  // The researcher sees APPROVED too.
  await page.reload();
  await expect(page.getByTestId('persona-status').first()).toHaveText('Approved');
  await expect(page.locator('.persona-header__tagline')).toHaveText(fixedTagline);

  clock.lap('approve');
  // --- Exports of the approved card.
  const exportsCard = page
    .locator('section.card')
    .filter({ has: page.getByTestId('export-markdown') });
  await expect(page.getByTestId('export-markdown')).toBeVisible();

  // Markdown, from the API.
  const [mdDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-markdown').click(),
  ]);
  expect(mdDownload.suggestedFilename()).toMatch(/\.md$/);
  const markdown = unescapeMarkdown(await readFile((await mdDownload.path())!, 'utf8'));
  expect(markdown).toContain(`# ${personaName}`);
  expect(markdown).toContain(fixedTagline);
  expect(markdown).not.toContain(firstTagline);
  expect(markdown).toContain(`version ${v0 + 2} (APPROVED)`);

  // PNG, drawn in the browser.
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-png').click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await pngDownload.path())!);
  expect(png.length).toBeGreaterThan(1000);
  expect(png.subarray(0, 8).equals(PNG_MAGIC), 'the download starts with the PNG signature').toBe(
    true,
  );
  await expect(exportsCard.getByRole('alert')).toHaveCount(0);

  clock.lap('markdown+png');
  const personaShot = await saveScreenshot(page, testInfo, 'persona.png');

  // The print card page renders the approved version.
  await page.getByTestId('export-print').click();
  await expect(page).toHaveURL(new RegExp(`/personas/${personaId}/card$`));
  const printCard = page.getByTestId('persona-print-card');
  await expect(printCard).toBeVisible();
  await expect(printCard).toContainText(personaName);
  await expect(printCard).toContainText(fixedTagline);
  await expect(page.getByTestId('card-print')).toBeVisible();
  const [cardPng] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('card-png').click(),
  ]);
  const cardBytes = await readFile((await cardPng.path())!);
  expect(cardBytes.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
  await saveScreenshot(page, testInfo, 'print-card.png');

  clock.lap('print card');
  // The gallery shows the approved persona with its new tagline.
  await page.goto(`/studies/${studyId}/personas`);
  const card = page.getByTestId('persona-card').filter({ hasText: personaName });
  await expect(card).toBeVisible();
  await expect(card).toContainText(fixedTagline);
  await expect(card.getByTestId('persona-status')).toHaveText('Approved');
  const galleryShot = await saveScreenshot(page, testInfo, 'gallery.png');
  testInfo.annotations.push({ type: 'screenshots', description: `${galleryShot}, ${personaShot}` });

  clock.lap('gallery');
  clock.report();
  await pmContext.close();
});

test('a viewer sees no edit or review buttons, and an owner cannot approve their own version', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const run = stamp();
  const owner = await apiLogIn(request);
  const { workspaceId, studyId } = await demoStudyIds(request, owner.token);
  const viewer = await memberWithRole(request, owner.token, workspaceId, 'VIEWER', 'Vera Viewer');

  // A persona of the demo study the owner can still edit; the last one, so the journey's (first) stays apart.
  const personas = await studyPersonas(request, owner.token, studyId);
  const target =
    [...personas].reverse().find((p) => p.latestStatus === 'DRAFT') ??
    [...personas]
      .reverse()
      .find((p) => p.latestStatus === 'APPROVED' || p.latestStatus === 'REJECTED');
  expect(target, 'an editable demo persona').toBeTruthy();

  const clock = stopwatch(testInfo);
  // --- Owner: edits and submits.
  await signInBrowser(page, owner);
  await page.goto(`/personas/${target!.id}`);
  await expect(page.getByTestId('persona-name')).toHaveText(target!.name);
  // An approved persona's edit starts a pending draft beside it; the header keeps the approved version.
  // (also a draft whose persona already has an approved version: another journey may have approved one)
  const { approvedVersion } = await fetchPersona(request, owner.token, target!.id);
  const pendingBeside = target!.latestStatus !== 'DRAFT' || approvedVersion != null;
  const nextVersion = target!.latestVersion + 1;
  await page.getByTestId('persona-edit').click();
  await page.getByRole('textbox', { name: /^Tagline/ }).fill(`Self-approval check ${run}`);
  await page.getByTestId('persona-save').click();
  await expect(page.getByTestId('persona-save')).toHaveCount(0);
  if (!pendingBeside)
    await expect(page.getByTestId('persona-version')).toHaveText(`Version ${nextVersion}`);
  await page.getByTestId('persona-submit').click();
  await expect(page.getByText(`Version ${nextVersion} is waiting for a reviewer.`)).toBeVisible();

  clock.lap('owner edit+submit');
  // --- Viewer (own context): reads the persona in review, with no way to act on it.
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await signInBrowser(viewerPage, viewer);
  await viewerPage.goto(`/personas/${target!.id}`);
  await expect(viewerPage.getByTestId('persona-name')).toHaveText(target!.name);
  await expect(viewerPage.getByTestId('persona-trait').first()).toBeVisible();
  for (const id of [
    'persona-edit',
    'persona-submit',
    'persona-archive',
    'persona-save',
    'review-panel',
    'review-approve',
    'review-request-changes',
    'review-reject',
  ]) {
    await expect(viewerPage.getByTestId(id), `a viewer sees no ${id}`).toHaveCount(0);
  }
  await viewerPage.goto(`/studies/${studyId}/personas`);
  await expect(viewerPage.getByTestId('persona-card').first()).toBeVisible();
  await expect(viewerPage.getByTestId('synthesize-button')).toHaveCount(0);
  await expect(viewerPage.getByText('Synthesize personas')).toHaveCount(0);
  await viewerContext.close();

  clock.lap('viewer');
  // --- Owner: may review, but approving their own version is refused by the server.
  const review = page.getByTestId('review-panel');
  await expect(review).toBeVisible();
  await review.getByTestId('review-approve').click();
  await expect(review.getByText(SELF_APPROVAL_REFUSAL)).toBeVisible();
  await saveScreenshot(page, testInfo, 'self-approval-refused.png');
  await page.reload();
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await expect(page.getByText(`Version ${nextVersion} is waiting for a reviewer.`)).toBeVisible();
  clock.lap('self-approval refused');
  clock.report();
  const after = await fetchPersona(request, owner.token, target!.id);
  expect(after.latestStatus).toBe('IN_REVIEW');
  expect(after.latestVersion).toBe(nextVersion);
});
