import { expect, screenshot, test } from './fixtures';
import { createSample, expectNoHorizontalOverflow } from './journeySteps';

test('the Data page at the sample coalition’s size: every set on, forty organizations, a long entry form', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createSample(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data', exact: true }).click();
  await screenshot(page, 'data-09-sample-figures');
  // The sample has the P.L. 113-183 set on, so the page opens on its Figures tab; the sets are on the Measures tab.
  await page.getByRole('tab', { name: 'Measures' }).click();
  for (const set of ['Screening and placement (monthly)', 'Coalition capacity']) {
    const toggle = page.getByLabel(set);
    await toggle.click();
    await expect(toggle).toBeChecked();
  }
  await page.getByRole('tab', { name: 'Figures' }).click();
  await expect(page.getByRole('table', { name: /^Submissions for Q/ }).getByRole('row')).not.toHaveCount(1);
  await screenshot(page, 'data-10-sample-overview');
  await page.getByRole('button', { name: 'Enter figures for Riverbend County Department of Children and Families' }).click();
  const dialog = page.getByRole('dialog', { name: /^Riverbend County Department of Children and Families: Q/ });
  await expect(dialog.getByRole('group', { name: 'Youth identified as sex trafficking victims' })).toBeVisible();
  await screenshot(page, 'data-11-sample-entry', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Measures' }).click();
  await screenshot(page, 'data-12-sample-measures');
  await page.setViewportSize({ width: 420, height: 900 });
  await expectNoHorizontalOverflow(page);
});
