import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectBackOnSettings, lock, openSettings, readRecoveryCode, settingsSection, unlock, WRONG_PASSPHRASE_MESSAGE } from './journeySteps';

const COALITION = 'Lincoln County Youth Safety Network';
const PASSPHRASE = 'heron wading in the slough at dawn';
const NEW_PASSPHRASE = 'copper kettle on a cedar porch';
const REKEY_TIMEOUT_MS = 60_000;

test('a coordinator re-encrypts the workspace after a leak, then deals with the older backups', async ({ page, app }) => {
  // Three slow key derivations per re-key (real cost in browser mode), twice.
  test.setTimeout(240_000);
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: PASSPHRASE });
  await openSettings(page);
  const backups = settingsSection(page, 'Backups');
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup saved.')).toBeVisible();

  // Changing the passphrase offers a re-key, which also makes a new recovery code.
  const passphraseCard = settingsSection(page, 'Passphrase');
  await passphraseCard.getByLabel('Current passphrase').fill(PASSPHRASE);
  await passphraseCard.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await passphraseCard.getByLabel('Confirm new passphrase').fill(NEW_PASSPHRASE);
  const reEncrypt = passphraseCard.getByRole('checkbox', { name: 'Also re-encrypt the workspace with a new key' });
  await expect(reEncrypt).not.toBeChecked();
  await expect(reEncrypt).toHaveAccessibleDescription(/may be known to someone.*also makes a new recovery code/);
  await reEncrypt.check();
  await screenshot(page, 'rekey-01-change-passphrase-offer');
  await passphraseCard.getByRole('button', { name: 'Change passphrase' }).click();
  // Key derivation for the new slots is slow on purpose (real cost here), and the re-key follows.
  const shown = page.getByRole('dialog', { name: 'Save your recovery code' });
  await expect(shown).toBeVisible({ timeout: REKEY_TIMEOUT_MS });
  await expect(shown.getByText(/now uses a new key, so this new recovery code replaces the old one/)).toBeVisible();
  await readRecoveryCode(page);
  await screenshot(page, 'rekey-02-new-code-after-rekey', { fullPage: false });
  await shown.getByLabel('I have saved this recovery code in a safe place').check();
  await shown.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Passphrase changed and the workspace re-encrypted with a new key.')).toBeVisible();

  // The backup made before says what it still opens with, and offers to re-encrypt or delete.
  const older = backups.getByRole('region', { name: 'Backups made before re-encryption' });
  await expect(
    older.getByText(/1 backup was made before the workspace was re-encrypted; it still opens with the old passphrase and recovery code/),
  ).toBeVisible();
  await older.scrollIntoViewIfNeeded();
  await screenshot(page, 'rekey-03-older-backups-notice', { fullPage: false });
  await older.getByRole('button', { name: 'Re-encrypt with the new key' }).click();
  await expect(page.getByText('1 backup re-encrypted. Only the current passphrase and recovery code open it now.')).toBeVisible();
  await expect(older).toBeHidden();

  // A recovery code that may have leaked: the re-key is required, not offered.
  await settingsSection(page, 'Recovery code').getByRole('button', { name: 'Create a new recovery code' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a new recovery code' });
  await dialog.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Create code' }).click();
  await expect(dialog.getByText('Choose why you need a new code.')).toBeVisible();
  const dialogReEncrypt = dialog.getByRole('checkbox', { name: 'Also re-encrypt the workspace with a new key' });
  await expect(dialogReEncrypt).toBeEnabled();
  await dialog.getByRole('radio', { name: 'It may have been seen by someone else' }).check();
  await expect(dialogReEncrypt).toBeChecked();
  await expect(dialogReEncrypt).toBeDisabled();
  await expect(dialogReEncrypt).toHaveAccessibleDescription(/Required when the old code may have been seen/);
  await screenshot(page, 'rekey-04-leaked-code-requires-rekey', { fullPage: false });
  await dialog.getByRole('button', { name: 'Create code' }).click();
  const leakedShown = page.getByRole('dialog', { name: 'Save your recovery code' });
  await expect(leakedShown.getByText(/The workspace now uses a new key/)).toBeVisible({ timeout: REKEY_TIMEOUT_MS });
  await leakedShown.getByLabel('I have saved this recovery code in a safe place').check();
  await leakedShown.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('The new recovery code is in use and the workspace has a new key.')).toBeVisible();

  // The backup re-encrypted a moment ago is now older again: this time, delete it after a confirmation.
  await expect(older).toBeVisible();
  await older.getByRole('button', { name: 'Delete older backups…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete 1 backup made before re-encryption?' });
  await expect(confirm.getByText(/They cannot be brought back/)).toBeVisible();
  await screenshot(page, 'rekey-05-delete-older-backups', { fullPage: false });
  await confirm.getByRole('button', { name: 'Delete 1 backup' }).click();
  await expect(page.getByText('1 backup deleted.')).toBeVisible();
  await expect(older).toBeHidden();

  // Only the new passphrase opens it.
  await lock(page);
  await unlock(page, PASSPHRASE);
  await expect(page.getByText(WRONG_PASSPHRASE_MESSAGE)).toBeVisible();
  await unlock(page, NEW_PASSPHRASE);
  await expectBackOnSettings(page);
});
