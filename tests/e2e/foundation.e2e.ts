import { expect, test } from '@playwright/test';

test('a newcomer signs up, creates a workspace and a study', async ({ page }) => {
  const email = `new-${Date.now()}@example.com`;
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Nadia Researcher');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(/at least 10 characters/i).first()).toBeVisible();
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();

  await page.getByLabel('Workspace name').fill('Acme research');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page).toHaveURL(/\/w\//);

  await page.getByLabel('Name').fill('Onboarding study');
  await page.getByRole('button', { name: 'Create study' }).click();
  await expect(page.getByRole('heading', { name: 'Onboarding study' })).toBeVisible();
  for (const tab of ['Surveys', 'Interviews', 'Coding', 'Personas']) {
    await expect(page.getByRole('link', { name: new RegExp(tab) }).first()).toBeVisible();
  }
  // The study survives a reload (it is on the server, not only in the page).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Onboarding study' })).toBeVisible();
});
