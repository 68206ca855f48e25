import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectDashboard, lock, unlock, WRONG_PASSPHRASE_MESSAGE } from './journeySteps';

const COALITION = 'Linn County Youth Council';
const PASSPHRASE = 'cedar smoke over the rooftops';

test('a coordinator opens a workspace by its folder and is slowed down after repeated wrong passphrases', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: PASSPHRASE });
  await lock(page);
  const folder = path.join(app.dataDir, 'workspaces', `${COALITION}.coalition`);

  // Forgetting the recent entry only shortens the list; the workspace is still there to open by folder.
  const recentEntry = page.getByRole('radio', { name: new RegExp(COALITION) });
  await expect(recentEntry).toBeChecked();
  await page.getByRole('button', { name: `Remove from list: ${COALITION}` }).click();
  await expect(recentEntry).toHaveCount(0);
  const other = page.getByRole('radio', { name: 'Open another workspace…' });
  await expect(other).toBeChecked();
  await screenshot(page, 'unlock-01-list-emptied');

  const folderField = page.getByLabel('Workspace folder');
  await unlock(page, PASSPHRASE);
  await expect(folderField).toHaveAccessibleDescription('Enter the folder of the workspace.');
  await folderField.fill(path.join(app.dataDir, 'workspaces', 'No Such Coalition.coalition'));
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(folderField).toHaveAccessibleDescription('Choose a folder whose name ends in .coalition.');

  await folderField.fill(folder);
  await screenshot(page, 'unlock-02-open-by-folder');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expectDashboard(page, COALITION);

  // Opening it put it back in the recent list.
  await lock(page);
  await expect(page.getByRole('radio', { name: new RegExp(COALITION) })).toBeChecked();

  // Three wrong guesses cost nothing extra; the fourth makes the next try wait two seconds.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await unlock(page, `wrong guess number ${attempt}`);
    await expect(page.getByText(WRONG_PASSPHRASE_MESSAGE)).toBeVisible();
    await expect(page.getByText(/Try again in/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
  }
  await unlock(page, 'wrong guess number 4');
  const countdown = page.getByRole('status').filter({ hasText: /Try again in \d+ seconds?\./ });
  await expect(countdown).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  await screenshot(page, 'unlock-03-slowed-down');

  await expect(countdown).toBeHidden({ timeout: 5_000 });
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
  await unlock(page, PASSPHRASE);
  await expectDashboard(page, COALITION);
});

test('a person who opens the address without its link is told, in plain words, to open Coalition Desk from its shortcut', async ({ browser, app }) => {
  const address = new URL(app.url);
  expect(address.hash).toMatch(/^#token=/);
  address.hash = '';

  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(address.toString());
    await expect(page.getByRole('heading', { name: 'Open Coalition Desk from its shortcut', level: 1 })).toBeVisible();
    await expect(page.getByText(/Open Coalition Desk again from its shortcut/)).toBeVisible();
    await expect(page.getByText(/npm/)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /Create a workspace|Unlock workspace/ })).toHaveCount(0);
    await screenshot(page, 'unlock-04-missing-token');
  } finally {
    await context.close();
  }
});
