import fs from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR, expect, screenshot, test } from './fixtures';
import { createWorkspace, openSettings, settingsSection, unlock, WRONG_PASSPHRASE_MESSAGE } from './journeySteps';

const COALITION = 'Lincoln County Youth Safety Network';
const PASSPHRASE = 'tide pools under the bridge';

/** Overwrites bytes in the middle of a file with their bitwise opposites, as a failing disk might. */
function flipBytesInTheMiddle(file: string, count = 64): void {
  const bytes = fs.readFileSync(file);
  const start = Math.floor(bytes.length / 2);
  for (let index = start; index < start + count; index += 1) bytes[index] = ~bytes[index]! & 0xff;
  fs.writeFileSync(file, bytes);
}

test('a coordinator backs up to a chosen folder, verifies backups and restores one into a new workspace', async ({ page, app }) => {
  await page.goto(app.url);
  const { recoveryCode } = await createWorkspace(page, { name: COALITION, state: 'Oregon', region: 'Lincoln County', passphrase: PASSPHRASE });
  await openSettings(page);
  const backups = settingsSection(page, 'Backups');
  await expect(backups.getByText('No backup yet')).toBeVisible();
  await expect(backups.getByText('There are no backups yet.', { exact: false })).toBeVisible();
  await backups.scrollIntoViewIfNeeded();
  await screenshot(page, 'backups-01-none-yet');

  // A manual backup into the workspace's own folder.
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup saved.')).toBeVisible();
  const list = backups.getByRole('list', { name: 'Backups' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('Manual');

  // A chosen folder: a relative path is refused with a clear message, a full path is made and used.
  const folderField = backups.getByLabel('Folder for new backups');
  await folderField.fill('Coalition backups');
  await backups.getByRole('button', { name: 'Use this folder' }).click();
  await expect(backups.getByText('Enter the full path of the folder, starting from the drive or from "/".')).toBeVisible();
  const chosen = path.join(app.dataDir, 'Offsite', 'Coalition backups');
  await folderField.fill(chosen);
  await backups.getByRole('button', { name: 'Use this folder' }).click();
  await expect(backups.getByText(`Chosen: ${chosen}`)).toBeVisible();
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect(fs.readdirSync(chosen).filter((name) => name.endsWith('.cdbackup'))).toHaveLength(1);
  await backups.scrollIntoViewIfNeeded();
  await screenshot(page, 'backups-02-list-and-folder');
  await page.setViewportSize({ width: 480, height: 900 });
  await backups.screenshot({ path: path.join(SCREENSHOT_DIR, 'backups-03-narrow-window.png'), animations: 'disabled' });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Verify the newest: a wrong passphrase is said under the field; the right one gives a clear result.
  await list.getByRole('listitem').nth(0).getByRole('button', { name: 'Verify' }).click();
  const verify = page.getByRole('dialog', { name: /^Verify the backup from / });
  await verify.getByLabel('Passphrase for this backup').fill('not the passphrase at all');
  await verify.getByRole('button', { name: 'Verify' }).click();
  await expect(verify.getByText(WRONG_PASSPHRASE_MESSAGE)).toBeVisible();
  await verify.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  // The check is a job with a percent: record every value its bar shows, however briefly it is up.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { verifyPercents: string[] }).verifyPercents = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[aria-label="Verification progress"]');
      const value = bar?.getAttribute('aria-valuenow');
      if (value !== null && value !== undefined && seen.at(-1) !== value) seen.push(value);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await verify.getByRole('button', { name: 'Verify' }).click();
  await expect(verify.getByRole('status')).toContainText('This backup is sound');
  const percents = await page.evaluate(() => (window as unknown as { verifyPercents: string[] }).verifyPercents.map(Number));
  expect(percents.length).toBeGreaterThan(0);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  await screenshot(page, 'backups-04-verified', { fullPage: false });
  await verify.getByRole('button', { name: 'Close' }).click();

  // A backup damaged on disk fails verification, checked here with the recovery code.
  const builtIn = path.join(app.dataDir, 'workspaces', `${COALITION}.coalition`, 'backups');
  const [olderFile] = fs.readdirSync(builtIn).filter((name) => name.endsWith('.cdbackup'));
  flipBytesInTheMiddle(path.join(builtIn, olderFile!));
  await list.getByRole('listitem').nth(1).getByRole('button', { name: 'Verify' }).click();
  await verify.getByRole('radio', { name: 'Recovery code' }).check();
  await verify.getByLabel('Recovery code for this backup').fill(recoveryCode);
  await verify.getByRole('button', { name: 'Verify' }).click();
  await expect(verify.getByRole('status')).toContainText('its checksum does not match, so its content was damaged. Nothing was restored or changed.');
  await screenshot(page, 'backups-05-damaged', { fullPage: false });
  await verify.getByRole('button', { name: 'Close' }).click();

  // Restore the sound one into a new workspace, then open it.
  await list.getByRole('listitem').nth(0).getByRole('button', { name: 'Restore into a new workspace' }).click();
  const restore = page.getByRole('dialog', { name: /^Restore the backup from / });
  await restore.getByLabel('Passphrase for this backup').fill(PASSPHRASE);
  await restore.getByRole('button', { name: 'Restore' }).click();
  const restored = page.getByRole('dialog', { name: 'Backup restored' });
  await expect(restored).toContainText('(restored ');
  await screenshot(page, 'backups-06-restored', { fullPage: false });
  await restored.getByRole('button', { name: 'Lock this one and open the restored workspace' }).click();

  await expect(page.getByRole('radio', { name: /\(restored/ })).toBeChecked();
  await unlock(page, PASSPHRASE);
  await openSettings(page);
  await expect(settingsSection(page, 'Workspace file').getByText(/\(restored \d{4}-\d{2}-\d{2}\)\.coalition$/)).toBeVisible();
  // The original is still there, untouched by the restore.
  expect(fs.existsSync(path.join(app.dataDir, 'workspaces', `${COALITION}.coalition`, 'workspace.db'))).toBe(true);
});
