import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectBackOnSettings, lock, openSettings, readRecoveryCode, settingsSection, unlock } from './journeySteps';

const COALITION = 'Benton County Prevention Partnership';
const PASSPHRASE = 'maple leaves along the millrace';
const AFTER_OLD_CODE = 'this should never be accepted';
const AFTER_NEW_CODE = 'a passphrase chosen after recovery';

test('a coordinator sets auto-lock, backs up and replaces the recovery code', async ({ page, app }) => {
  await page.goto(app.url);
  const { recoveryCode: oldCode } = await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: PASSPHRASE });

  // Auto-lock: the choice is saved in the workspace, so it is still there after locking and unlocking.
  await openSettings(page);
  const autoLock = page.getByLabel('Lock after inactivity');
  await expect(autoLock).toHaveValue('10');
  await autoLock.selectOption('30');
  await expect(page.getByText('The workspace now locks after 30 minutes without use.')).toBeVisible();
  await lock(page);
  await unlock(page, PASSPHRASE);
  await expectBackOnSettings(page);
  await openSettings(page);
  await expect(page.getByLabel('Lock after inactivity')).toHaveValue('30');

  // Backups: unlocking made the first automatic one; the card says when the last backup was made.
  const backups = settingsSection(page, 'Backups');
  await expect(backups.getByText(/^Last backup: .*\(automatic, /)).toBeVisible();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup saved.')).toBeVisible();
  await expect(backups.getByText(/^Last backup: .*\d.*\(manual, /)).toBeVisible();

  // A new recovery code: asks for the passphrase, then shows the code until it is confirmed saved.
  await settingsSection(page, 'Recovery code').getByRole('button', { name: 'Create a new recovery code' }).click();
  const askPassphrase = page.getByRole('dialog', { name: 'Create a new recovery code' });
  await expect(askPassphrase).toBeVisible();
  await screenshot(page, 'settings-01-new-recovery-code-passphrase', { fullPage: false });
  await askPassphrase.getByRole('radio', { name: 'It is lost, or it is time for a routine change' }).check();
  await askPassphrase.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
  await askPassphrase.getByRole('button', { name: 'Create code' }).click();
  await expect(askPassphrase.getByText('That passphrase does not open this workspace.')).toBeVisible();
  await askPassphrase.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await askPassphrase.getByRole('button', { name: 'Create code' }).click();

  const showCode = page.getByRole('dialog', { name: 'Save your recovery code' });
  await expect(showCode).toBeVisible();
  const newCode = await readRecoveryCode(page);
  expect(newCode).not.toBe(oldCode);
  await expect(showCode.getByText('Your previous recovery code no longer works. Destroy any copies of it.')).toBeVisible();
  await expect(showCode.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await screenshot(page, 'settings-02-new-recovery-code-shown', { fullPage: false });
  // The code must not vanish before it is saved: Escape does not close this dialog.
  await page.keyboard.press('Escape');
  await expect(showCode).toBeVisible();
  await showCode.getByLabel('I have saved this recovery code in a safe place').check();
  await showCode.getByRole('button', { name: 'Continue' }).click();
  await expect(showCode).toBeHidden();
  await expect(page.getByText('The new recovery code is in use. The old one no longer works.')).toBeVisible();
  await screenshot(page, 'settings-03-after-new-recovery-code');

  // The old code no longer opens the workspace; the new one does.
  await lock(page);
  await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock with recovery code' })).toBeVisible();
  const codeField = page.getByRole('textbox', { name: 'Recovery code' });
  await codeField.fill(oldCode);
  await page.getByLabel('New passphrase', { exact: true }).fill(AFTER_OLD_CODE);
  await page.getByLabel('Confirm new passphrase').fill(AFTER_OLD_CODE);
  await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
  await expect(codeField).toHaveAccessibleDescription('That recovery code does not open this workspace.');
  await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { name: 'Unlock with recovery code' })).toBeVisible();
  await screenshot(page, 'settings-04-old-recovery-code-refused');

  await codeField.fill(newCode);
  await page.getByLabel('New passphrase', { exact: true }).fill(AFTER_NEW_CODE);
  await page.getByLabel('Confirm new passphrase').fill(AFTER_NEW_CODE);
  await page.getByRole('button', { name: 'Unlock and set passphrase' }).click();
  await expectBackOnSettings(page);

  // The passphrase set with the new code is the one that works from now on.
  await lock(page);
  await unlock(page, AFTER_NEW_CODE);
  await expectBackOnSettings(page);
});
