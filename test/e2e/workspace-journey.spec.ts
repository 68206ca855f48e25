import { expect, screenshot, test } from './fixtures';
import {
  expectBackOnSettings,
  expectDashboard,
  fillCreateWorkspaceForm,
  lock,
  openSettings,
  readRecoveryCode,
  unlock,
  WRONG_PASSPHRASE_MESSAGE,
} from './journeySteps';

const COALITION = 'Lane County Youth Safety Coalition';
const FIRST = 'river stones and quiet mornings';
const SECOND = 'lanterns over the winter harbor';
const THIRD = 'a third passphrase after recovery';

test('a coordinator creates a workspace, locks it, changes the passphrase and recovers with the recovery code', async ({ page, app }) => {
  await page.goto(app.url);

  await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();
  await screenshot(page, '01-create-workspace-empty');
  await page.getByLabel('Passphrase', { exact: true }).fill('too short');
  await page.getByLabel('Passphrase', { exact: true }).blur();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await fillCreateWorkspaceForm(page, { name: COALITION, state: 'Oregon', region: 'Lane County', passphrase: FIRST });
  await screenshot(page, '02-create-workspace-filled');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await expect(page.getByRole('heading', { name: 'Save your recovery code' })).toBeVisible();
  const recoveryCode = await readRecoveryCode(page);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await screenshot(page, '03-recovery-code');
  await page.getByLabel('I have saved this recovery code in a safe place').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expectDashboard(page, COALITION);
  await expect(page.getByText('Oregon · Lane County')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link')).toHaveText([
    'Dashboard',
    'Meetings',
    'Action items',
    'Organizations',
    'Members',
    'Coverage',
    'Workgroups',
    'Plan',
    'Protocols & agreements',
    'Six duties',
    'Trainings & outreach',
    'Data',
    'Data review',
    'Documents',
    'Settings',
  ]);
  await screenshot(page, '04-dashboard');

  await lock(page);
  await expect(page.getByRole('radio', { name: new RegExp(COALITION) })).toBeChecked();
  await screenshot(page, '05-unlock');
  await unlock(page, 'this is not the passphrase');
  await expect(page.getByText(WRONG_PASSPHRASE_MESSAGE)).toBeVisible();
  await screenshot(page, '06-unlock-wrong-passphrase');
  await unlock(page, FIRST);
  await expectDashboard(page, COALITION);

  await openSettings(page);
  await screenshot(page, '07-settings');
  await page.getByLabel('Current passphrase').fill(FIRST);
  await page.getByLabel('New passphrase', { exact: true }).fill(SECOND);
  await page.getByLabel('Confirm new passphrase').fill(SECOND);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible();

  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Unlock workspace' })).toBeVisible();
  await unlock(page, FIRST);
  await expect(page.getByText(WRONG_PASSPHRASE_MESSAGE)).toBeVisible();

  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock with recovery code' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Recovery code' }).fill(recoveryCode.toLowerCase());
  await page.getByLabel('New passphrase', { exact: true }).fill(THIRD);
  await page.getByLabel('Confirm new passphrase').fill(THIRD);
  await screenshot(page, '08-recover');
  await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
  await expectBackOnSettings(page);

  await lock(page);
  await unlock(page, SECOND);
  await expect(page.getByText(WRONG_PASSPHRASE_MESSAGE)).toBeVisible();
  await unlock(page, THIRD);
  await expectBackOnSettings(page);
});
