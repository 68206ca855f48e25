import { expect, screenshot, test } from './fixtures';
import { openPage } from './directorySteps';
import { createSample } from './journeySteps';
import { setServedDuty } from './planSteps';

const DUTY = 'Learn why a youth left care';
const ITEM = 'Draft the referral flowchart';

test('a coordinator links an action item and a meeting to a duty from the checklist, unlinks one and takes it back', async ({ page, app }) => {
  // The sample coalition takes a while on a shared machine.
  test.setTimeout(300_000);
  await page.goto(app.url);
  await createSample(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Six duties' }).click();
  const duty = page.getByRole('article', { name: DUTY });
  await expect(duty).toContainText('Missing: no adopted protocol serves this duty; work toward it: 1 training');
  await expect(duty).toContainText('No meeting or action item is linked to this duty yet.');

  await test.step('link an action item found by a few words of its title', async () => {
    await duty.getByRole('combobox', { name: 'Link an action item' }).fill('referral flow');
    await page.getByRole('option', { name: new RegExp(ITEM) }).click();
    const linked = duty.getByRole('region', { name: `Linked to “${DUTY}”` });
    await expect(linked.getByRole('listitem').filter({ hasText: ITEM })).toBeVisible();
    await expect(duty).toContainText('work toward it: 1 training, 1 action item');
  });

  await test.step('link a meeting', async () => {
    await duty.getByRole('combobox', { name: 'Link a meeting' }).fill('Coalition monthly');
    await page.getByRole('option').first().click();
    await expect(duty).toContainText('1 linked meeting');
    await expect(duty.getByRole('link', { name: 'Coalition monthly meeting' })).toBeVisible();
    await screenshot(page, 'duties-02-linked');
  });

  await test.step('unlink the action item, then take it back with Undo', async () => {
    await duty.getByRole('button', { name: `Unlink “${ITEM}”` }).click();
    await expect(duty).not.toContainText(ITEM);
    await expect(duty).not.toContainText('1 action item');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(duty.getByRole('listitem').filter({ hasText: ITEM })).toBeVisible();
    await expect(duty).toContainText('1 action item');
  });

  await test.step('the meeting’s own page shows the duty; unticking it there unlinks it on the checklist', async () => {
    await duty.getByRole('link', { name: 'Coalition monthly meeting' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('list', { name: 'Duties served' })).toContainText(DUTY);
    await setServedDuty(page, details, DUTY, false);
    await openPage(page, 'Six duties');
    await expect(duty).not.toContainText('1 linked meeting');
    await expect(duty.getByRole('link', { name: 'Coalition monthly meeting' })).toBeHidden();
  });

  await page.setViewportSize({ width: 420, height: 900 });
  await screenshot(page, 'duties-03-narrow');
});
