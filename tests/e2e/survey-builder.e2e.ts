import { expect, test } from '@playwright/test';
import { apiLogIn, signInBrowser } from './helpers';
import { createWorkspaceAndStudy } from './survey-helpers';

test('a researcher starts from the persona discovery template; the action bar stays in view while she scrolls; she publishes', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const session = await apiLogIn(request);
  const { studyId } = await createWorkspaceAndStudy(request, session.token, 'Builder template');
  await signInBrowser(page, session);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/studies/${studyId}/surveys`);

  await page.getByRole('button', { name: 'From a template' }).click();
  await page.getByRole('button', { name: /^Persona discovery/ }).click();
  await expect(page).toHaveURL(/\/surveys\/[^/]+\/edit$/);

  // The template's questions, with the persona fields it sets.
  const questions = page.getByRole('region', { name: /^Question \d+$/ });
  await expect(questions).toHaveCount(6);
  await expect(page.getByRole('textbox', { name: 'Question', exact: true }).nth(4)).toHaveValue(
    'What frustrates you most or gets in your way?',
  );

  // The share link is at the top, above the questions.
  const link = page.getByLabel('Survey link');
  await expect(link).toBeInViewport();

  // A draft: Publish is the primary action of the bar.
  const bar = page.getByRole('toolbar', { name: 'Survey actions' });
  const publish = bar.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toHaveClass(/btn--primary/);

  // Far down the page (the Share card), the bar is still on screen.
  await page
    .getByRole('button', { name: 'Invitations by email' })
    .or(page.getByRole('link', { name: 'Invitations by email' }))
    .scrollIntoViewIfNeeded();
  await expect(link).not.toBeInViewport();
  await expect(bar).toBeInViewport();

  // Editing a question far down: the preview opens on it.
  await page.getByRole('textbox', { name: 'Question', exact: true }).nth(5).focus();
  await expect(page.locator('.preview__frame')).toHaveAttribute('data-showing', 'q_pd_motive');
  await expect(
    page
      .getByRole('complementary', { name: 'Preview' })
      .getByText('Why did you start using the product?'),
  ).toBeVisible();

  await publish.click();
  await expect(page.getByText('Published. Version 1 is live.')).toBeVisible();
  await expect(page.locator('.builder__status .status')).toHaveText('Open');
  // Nothing left to publish: the button is no longer the primary action.
  await expect(bar.getByRole('button', { name: 'Publish changes' })).not.toHaveClass(
    /btn--primary/,
  );
  await expect(bar).toBeInViewport();
});
