import fs from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace, lock, openSettings, settingsSection, unlock } from './journeySteps';

const COALITION = 'Marion County Safe Kids';
const PASSPHRASE = 'orchards in the valley fog';

/** Overwrites 64 bytes in the middle of a file with their bitwise opposites, as a failing disk might. */
function flipBytesInTheMiddle(file: string, count = 64): void {
  const bytes = fs.readFileSync(file);
  const start = Math.floor(bytes.length / 2) - Math.floor(count / 2);
  for (let index = start; index < start + count; index += 1) bytes[index] = ~bytes[index]! & 0xff;
  fs.writeFileSync(file, bytes);
}

test('a coordinator restores a damaged workspace from its backup', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', region: 'Marion County', passphrase: PASSPHRASE });
  await openSettings(page);
  const backups = settingsSection(page, 'Backups');
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByText(/^Last backup: /)).toBeVisible();
  await lock(page);

  const database = path.join(app.dataDir, 'workspaces', `${COALITION}.coalition`, 'workspace.db');
  expect(fs.existsSync(database)).toBe(true);
  flipBytesInTheMiddle(database);

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'This workspace needs attention' })).toBeVisible();
  await expect(page.getByText('Nothing has been changed or deleted.')).toBeVisible();
  const backupList = page.getByRole('list', { name: 'Backups' });
  await expect(backupList.getByRole('listitem')).toHaveCount(1);
  await expect(backupList.getByRole('button', { name: 'Restore into a new workspace' })).toBeVisible();
  // Nothing on this page may offer to throw the workspace away.
  await expect(page.getByRole('button')).not.toHaveCount(0);
  await expect(page.getByRole('button', { name: /delete/i })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /remove|erase|discard/i })).toHaveCount(0);
  await screenshot(page, 'damaged-01-needs-attention');

  await backupList.getByRole('button', { name: 'Restore into a new workspace' }).click();
  const dialog = page.getByRole('dialog', { name: /^Restore the backup from / });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'damaged-02-restore-dialog');
  await dialog.getByLabel('Passphrase for this backup').fill('not the right passphrase');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByText('That passphrase does not open this workspace.')).toBeVisible();
  await dialog.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByRole('heading', { name: 'Unlock workspace' })).toBeVisible();
  await expect(page.getByText(/The backup was restored into a new workspace at .*\(restored/)).toBeVisible();
  const restored = page.getByRole('radio', { name: /\(restored/ });
  await expect(restored).toBeChecked();
  await screenshot(page, 'damaged-03-unlock-restored-copy');
  // The damaged original is left where it was, untouched.
  expect(fs.existsSync(database)).toBe(true);

  await unlock(page, PASSPHRASE);
  await openSettings(page);
  await expect(settingsSection(page, 'Workspace file').getByText(/\(restored \d{4}-\d{2}-\d{2}\)\.coalition$/)).toBeVisible();
});
