import type { Page } from '@playwright/test';
import { addOrganization, openPage } from './directorySteps';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectNoHorizontalOverflow } from './journeySteps';
import { pick } from './meetingSteps';

const ORGANIZATION = 'Lane County Child Welfare';
const IDENTIFIED = 'Youth identified as sex trafficking victims';
const OBJECTIVE = 'Identify more youth who are trafficked, every quarter';

async function openRail(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('a coordinator links an objective to a catalogue measure, enters a figure, and sees the objective’s progress move', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'figures move the plan along' });
  await openPage(page, 'Organizations');
  await addOrganization(page, { name: ORGANIZATION, sector: 'Child welfare', kind: 'Public agency' });
  await openRail(page, 'Data');
  await page.getByLabel('P.L. 113-183 (child welfare duties)').click();
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeVisible();

  await openRail(page, 'Plan');
  await page.getByRole('button', { name: 'Add goal' }).click();
  const goalDialog = page.getByRole('dialog', { name: 'Add goal' });
  await goalDialog.getByRole('textbox', { name: 'Goal', exact: true }).fill('Youth at risk are identified early');
  await goalDialog.getByRole('button', { name: 'Save' }).click();
  const goal = page.getByRole('region', { name: 'Goal 1: Youth at risk are identified early' });
  await goal.getByRole('button', { name: 'Add objective' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add objective' });
  await dialog.getByRole('textbox', { name: 'Objective', exact: true }).fill(OBJECTIVE);
  await dialog.getByLabel('Baseline').fill('0');
  await dialog.getByLabel('Target', { exact: true }).fill('20');
  await dialog.getByRole('radio', { name: 'Follows the figures' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose the measure whose figures progress follows.').last()).toBeVisible();
  await pick(page, dialog.getByLabel('Measure from the data catalogue'), 'identified', IDENTIFIED);
  await expect(dialog.getByText(`Follows the figures of ${IDENTIFIED}`)).toBeVisible();
  await screenshot(page, 'plan-figures-01-form', { fullPage: false });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(goal.getByText(`No figures yet for “${IDENTIFIED}”`)).toBeVisible();

  await openRail(page, 'Data');
  await page.getByRole('button', { name: `Enter figures for ${ORGANIZATION}` }).click();
  const entry = page.getByRole('dialog', { name: new RegExp(`^${ORGANIZATION}: Q`) });
  await entry.getByRole('group', { name: IDENTIFIED }).getByLabel('Total (youth)').fill('12');
  await entry.getByRole('button', { name: 'Submit figures' }).click();
  await expect(entry).toBeHidden();

  await openRail(page, 'Plan');
  await expect(goal.getByText(/^60%: 12 youth in Q[1-4] \d{4}, target 20$/)).toBeVisible();
  await expect(goal.getByRole('progressbar', { name: `Progress of ${OBJECTIVE}` })).toHaveAttribute('aria-valuenow', '60');
  await screenshot(page, 'plan-figures-02-following');
  await goal.getByRole('button', { name: OBJECTIVE }).click();
  const drawer = page.getByRole('dialog', { name: OBJECTIVE });
  await expect(drawer.getByText(`Follows the figures of “${IDENTIFIED}”: the latest period with figures`)).toBeVisible();
  await drawer.getByRole('button', { name: 'Close' }).click();

  // Switching the set off does not break the objective silently: it says why it stopped following.
  await openRail(page, 'Data');
  await page.getByRole('tab', { name: 'Measures' }).click();
  await page.getByLabel('P.L. 113-183 (child welfare duties)').click();
  await expect(page.getByLabel('P.L. 113-183 (child welfare duties)')).not.toBeChecked();
  await openRail(page, 'Plan');
  await expect(page.getByRole('region', { name: 'Needs attention' })).toContainText('its measure was switched off on the Data page');
  await expect(goal.getByText(`Not following the figures: “${IDENTIFIED}” is switched off on the Data page`)).toBeVisible();
  await goal.getByRole('button', { name: OBJECTIVE }).click();
  await expect(page.getByRole('dialog', { name: OBJECTIVE }).getByText(/Progress stopped following the figures/)).toBeVisible();
  await screenshot(page, 'plan-figures-03-switched-off', { fullPage: false });
  await page.getByRole('dialog', { name: OBJECTIVE }).getByRole('button', { name: 'Close' }).click();
  await page.setViewportSize({ width: 420, height: 900 });
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'plan-figures-04-narrow');
});
