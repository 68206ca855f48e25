import { expect, screenshot, test } from './fixtures';
import { createSample, createWorkspace } from './journeySteps';

const PASSPHRASE = 'a long enough test passphrase';

test('a new workspace opens on its first steps, none done, each leading to its page', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Hillside Youth Safety Coalition', passphrase: PASSPHRASE, state: 'Oregon', region: 'Lane County' });
  const card = page.getByRole('region', { name: 'First steps' });
  await expect(card.getByText(/0 of 6 done/)).toBeVisible();
  await screenshot(page, 'dashboard-01-first-steps-empty');

  await card.getByRole('listitem').filter({ hasText: 'Choose your quorum rule' }).getByRole('link', { name: 'Go to Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await card.getByRole('button', { name: 'Hide this checklist' }).click();
  // That it stays hidden in this workspace after locking is proven in test/unit/setup-checklist.test.ts.
  await expect(card).toBeHidden();
});

test('the sample coalition shows what it has done, and its coverage names who is at the table', async ({ page, app }) => {
  await page.goto(app.url);
  await createSample(page);
  const card = page.getByRole('region', { name: 'First steps' });
  await expect(card.getByText(/5 of 6 done/)).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: 'Keep backups on another disk (not done yet)' })).toBeVisible();
  await screenshot(page, 'dashboard-02-first-steps-sample');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();
  await expect(page.getByText(/To close the gap/).first()).toBeVisible();
  await screenshot(page, 'coverage-01-at-the-table-and-gaps');
});
