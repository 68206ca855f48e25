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

  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await navigation.getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Past meetings' }).getByRole('listitem')).toHaveCount(12);
  await screenshot(page, 'sample-03-meetings');

  await page.getByRole('list', { name: 'Past meetings' }).getByRole('link').first().click();
  await expect(page.getByText('Minutes draft').first()).toBeVisible();
  await expect(page.getByText('Goals for next year').first()).toBeVisible();
  await screenshot(page, 'sample-04-latest-meeting');

  await navigation.getByRole('link', { name: 'Action items' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
  await expect(page.getByText('24 action items')).toBeVisible();
  await expect(
    page.getByRole('grid', { name: 'Action items' }).getByRole('gridcell', { name: 'Send the adopted charter to every partner agency' }),
  ).toBeVisible();
  await screenshot(page, 'sample-05-action-items');
});
