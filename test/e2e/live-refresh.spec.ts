import { expect, screenshot, test } from './fixtures';
import { addMember, addOrganization, openPage } from './directorySteps';
import { createWorkspace } from './journeySteps';

const PASSPHRASE = 'two windows one coalition';

test('a member renamed in one tab is renamed at once in the action items another tab shows', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: PASSPHRASE });
  await openPage(page, 'Organizations');
  await addOrganization(page, { name: 'Lane County Child Welfare', sector: 'Child welfare', kind: 'Public agency' });
  await openPage(page, 'Members');
  await addMember(page, { fullName: 'Ana Lopez', organization: 'Lane County Child Welfare' });

  await openPage(page, 'Action items');
  await page.getByRole('button', { name: 'Add action item' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add action item' });
  await dialog.getByLabel('Title').fill('Call the youth shelter');
  await dialog.getByLabel('Due date').fill('2026-12-20');
  await dialog.getByRole('combobox', { name: 'Owner' }).fill('Ana');
  await page.getByRole('option', { name: /Ana Lopez/ }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog', { name: 'Call the youth shelter' }).getByRole('button', { name: 'Close' }).click();
  const item = page.getByRole('row', { name: /Call the youth shelter/ });
  await expect(item).toContainText('Ana Lopez');

  // A second tab on the same app, as a colleague's window would be: the coordinator corrects the name there.
  const other = await page.context().newPage();
  await other.goto(app.url);
  await openPage(other, 'Members');
  await other.getByRole('row', { name: /Ana Lopez/ }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Ana Lopez' })).toBeVisible();
  await other.getByRole('button', { name: 'Edit' }).click();
  const edit = other.getByRole('dialog', { name: 'Edit member' });
  await edit.getByLabel('Full name').fill('Ana López-Reyes');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  // The first tab was not touched: its list shows the new name by itself.
  await expect(item).toContainText('Ana López-Reyes');
  await expect(item).not.toContainText('Ana Lopez ');
  await screenshot(page, 'live-refresh-renamed-owner');
});
