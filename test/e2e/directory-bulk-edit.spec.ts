import { type Locator, type Page } from '@playwright/test';
import { openPage } from './directorySteps';
import { expect, screenshot, test } from './fixtures';
import { createSample } from './journeySteps';

const SHERIFF = 'Riverbend County Sheriff’s Office';
const DOMESTIC_VIOLENCE = 'Riverbend Coalition Against Domestic Violence';

const row = (page: Page, name: string | RegExp) => page.getByRole('row', { name });

/**
 * Ticks the rows until the bar counts them. The filter text reaches the host a moment after it is typed, and a new
 * filter unticks everything (ticked rows are always rows the filters show), so ticks given before it landed go.
 */
async function tickUntilCounted(ticks: () => Promise<Locator[]>, bar: Locator, counted: string): Promise<void> {
  await expect(async () => {
    for (const box of await ticks()) await box.check();
    await expect(bar.getByText(counted)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test('a coordinator ticks rows in the directory grids and changes them together after a confirmation', async ({ page, app }) => {
  await page.goto(app.url);
  await createSample(page);

  await openPage(page, 'Organizations');
  // The grid draws only the rows in view: the page's filters bring both into it.
  await page.getByRole('combobox', { name: 'Involvement' }).selectOption({ label: 'Periodic' });
  await page.getByLabel('Filter organizations').fill('Riverbend');
  const bar = page.getByRole('region', { name: 'Selected organizations' });
  await tickUntilCounted(
    async () => [SHERIFF, DOMESTIC_VIOLENCE].map((name) => row(page, new RegExp(name)).getByRole('checkbox')),
    bar,
    '2 organizations selected',
  );
  await screenshot(page, 'directory-bulk-01-organizations-selected', { fullPage: false });

  await bar.getByRole('button', { name: 'Change selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change 2 organizations' });
  await dialog.getByLabel('Involvement').selectOption({ label: 'Core' });
  await dialog.getByLabel('Kind').selectOption({ label: 'Nonprofit' });
  await expect(dialog.getByRole('status')).toHaveText('2 organizations will change. Each change is recorded in that record’s history.');
  await screenshot(page, 'directory-bulk-02-organizations-confirm', { fullPage: false });
  await dialog.getByRole('button', { name: 'Change 2 organizations' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('2 organizations changed.')).toBeVisible();
  await expect(bar).toBeHidden();
  await page.getByRole('combobox', { name: 'Involvement' }).selectOption({ label: 'Core' });
  for (const name of [SHERIFF, DOMESTIC_VIOLENCE]) {
    await expect(row(page, new RegExp(name)).getByText('Core')).toBeVisible();
    await expect(row(page, new RegExp(name)).getByText('Nonprofit')).toBeVisible();
  }

  await openPage(page, 'Members');
  await page.getByLabel('Filter members').fill('Sheriff');
  const sheriffRows = row(page, /Sheriff/);
  await expect(sheriffRows).toHaveCount(2);
  const memberBar = page.getByRole('region', { name: 'Selected members' });
  await tickUntilCounted(async () => (await sheriffRows.all()).map((candidate) => candidate.getByRole('checkbox')), memberBar, '2 members selected');
  await screenshot(page, 'directory-bulk-03-members-selected', { fullPage: false });

  // Protection needs a display name: the host refuses, says why, and nothing changes.
  await memberBar.getByRole('button', { name: 'Change selected…' }).click();
  const memberDialog = page.getByRole('dialog', { name: 'Change 2 members' });
  await memberDialog.getByLabel('Protected identity').selectOption({ label: 'Protected' });
  await memberDialog.getByRole('button', { name: 'Change 2 members' }).click();
  await expect(memberDialog.getByRole('alert')).toContainText('no display name');
  await memberDialog.getByLabel('Protected identity').selectOption({ label: 'Leave as it is' });
  await memberDialog.getByLabel('Voting').selectOption({ label: 'Voting member' });
  await memberDialog.getByLabel('Coalition role').selectOption({ label: 'Advisor' });
  await expect(memberDialog.getByLabel('Protected identity')).toHaveValue('');
  await expect(memberDialog.getByLabel('Voting')).toHaveValue('yes');
  await expect(memberDialog.getByRole('status')).toContainText('will change');
  await memberDialog.getByRole('button', { name: /^Change \d members?$/ }).click();
  await expect(memberDialog).toBeHidden();
  await expect(page.getByText(/members? changed\./)).toBeVisible();
  for (const candidate of await sheriffRows.all()) {
    await expect(candidate.getByRole('gridcell', { name: 'Yes', exact: true })).toBeVisible();
    await expect(candidate.getByRole('gridcell', { name: 'Advisor', exact: true })).toBeVisible();
  }

  // A narrow window: the bar wraps above the grid and stays usable.
  await page.setViewportSize({ width: 420, height: 860 });
  await sheriffRows.first().getByRole('checkbox').check();
  await expect(memberBar.getByText('1 member selected')).toBeVisible();
  await screenshot(page, 'directory-bulk-04-members-narrow', { fullPage: false });
});
