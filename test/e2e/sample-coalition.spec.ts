import { expect, screenshot, test } from './fixtures';
import { expectDashboard, readRecoveryCode } from './journeySteps';

const SAMPLE_NAME = 'Riverbend County Youth Safety Coalition (sample)';

test('a newcomer tries the app with the sample coalition', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Try it with a sample coalition' }).click();
  const dialog = page.getByRole('dialog', { name: 'Try it with a sample coalition' });
  await expect(dialog.getByText('None of it is real.')).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill('short');
  await dialog.getByRole('button', { name: 'Create sample workspace' }).click();
  await expect(dialog.getByText('Use at least 12 characters.')).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill('riverbend sample passphrase');
  await dialog.getByLabel('Confirm passphrase').fill('riverbend sample passphrase');
  await screenshot(page, 'sample-01-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: 'Create sample workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeVisible();
  await readRecoveryCode(page);
  await page.getByLabel('I have saved this recovery code in a safe place').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectDashboard(page, SAMPLE_NAME);
  await expect(page.getByText('Oregon · Riverbend County (fictional)')).toBeVisible();
  await screenshot(page, 'sample-02-dashboard');
});
