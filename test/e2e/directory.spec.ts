import { type Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace } from './journeySteps';

const PASSPHRASE = 'rivers meet below the old mill';
const ORGANIZATION = 'Lane County Child Welfare';

async function openPage(page: Page, label: 'Organizations' | 'Members' | 'Coverage'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

function sectorCard(page: Page, sector: string) {
  return page.getByRole('region', { name: sector, exact: true });
}

async function addMember(page: Page, member: { fullName: string; displayName?: string; role?: 'primary'; protect?: boolean }): Promise<void> {
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Full name').fill(member.fullName);
  if (member.displayName) await dialog.getByLabel('Display name').fill(member.displayName);
  await dialog.getByRole('combobox', { name: 'Organization' }).fill('Lane County');
  await page.getByRole('option', { name: new RegExp(ORGANIZATION) }).click();
  if (member.role) await dialog.getByLabel('Representative role').selectOption(member.role);
  if (member.protect) await dialog.getByLabel('Protected identity').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('a coordinator adds an organization and two members, protects one, and sees coverage change', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: PASSPHRASE });

  await openPage(page, 'Coverage');
  await expect(sectorCard(page, 'Child welfare').getByText('Gap', { exact: true })).toBeVisible();
  await screenshot(page, 'directory-01-coverage-empty');

  await openPage(page, 'Organizations');
  await page.getByRole('button', { name: 'Add organization' }).click();
  const orgDialog = page.getByRole('dialog', { name: 'Add organization' });
  await orgDialog.getByLabel('Name', { exact: true }).fill(ORGANIZATION);
  await orgDialog.getByLabel('Sector', { exact: true }).selectOption({ label: 'Child welfare' });
  await orgDialog.getByLabel('Kind').selectOption({ label: 'Public agency' });
  await orgDialog.getByLabel('Involvement').selectOption({ label: 'Core' });
  await orgDialog.getByLabel('Works with vulnerable youth').check();
  await screenshot(page, 'directory-02-add-organization', { fullPage: false });
  await orgDialog.getByRole('button', { name: 'Save' }).click();
  await expect(orgDialog).toBeHidden();
  const orgRow = page.getByRole('row', { name: new RegExp(ORGANIZATION) });
  await expect(orgRow.getByText('No primary')).toBeVisible();
  await screenshot(page, 'directory-03-organizations');

  await openPage(page, 'Members');
  await addMember(page, { fullName: 'Ana Muñoz', role: 'primary' });
  await addMember(page, { fullName: 'Jordan Secret-Name', displayName: 'J. (youth advisor)', protect: true });
  const grid = page.getByRole('grid', { name: 'Members' });
  await expect(grid.getByText('Ana Muñoz')).toBeVisible();
  await expect(grid.getByText('J. (youth advisor)')).toBeVisible();
  await expect(page.getByText('Jordan Secret-Name')).toHaveCount(0);
  await screenshot(page, 'directory-04-members');

  // The protected member's page hides the full name until it is revealed, and says the reveal is recorded.
  await grid.getByText('J. (youth advisor)').click();
  await expect(page.getByRole('heading', { level: 1, name: 'J. (youth advisor)' })).toBeVisible();
  await expect(page.getByText('Jordan Secret-Name')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal full name and contact' }).click();
  await expect(page.getByText('Jordan Secret-Name')).toBeVisible();
  await screenshot(page, 'directory-05-protected-member-revealed');

  await openPage(page, 'Coverage');
  await expect(sectorCard(page, 'Child welfare').getByText('Covered', { exact: true })).toBeVisible();
  await expect(page.getByText(/^1 of 13 core sectors covered; gaps: /)).toBeVisible();
  await screenshot(page, 'directory-06-coverage-after');

  const search = page.getByRole('combobox', { name: 'Search everything' });
  await page.keyboard.press('Control+k');
  await expect(search).toBeFocused();
  await search.fill('munoz');
  const result = page.getByRole('option', { name: /Ana Muñoz/ });
  await expect(result).toBeVisible();
  await screenshot(page, 'directory-07-search', { fullPage: false });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Muñoz' })).toBeVisible();
  await expect(page.getByText('Primary', { exact: true }).first()).toBeVisible();
});
