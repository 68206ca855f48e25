import { expect, screenshot, test } from './fixtures';
import { openDataReview } from './dataSteps';
import { createSample, createWorkspace, expectNoHorizontalOverflow } from './journeySteps';

test('the data review on the sample: summaries in words, a table view, small numbers hidden unless exact figures are switched on', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createSample(page);
  await openDataReview(page);
  // The sample's figures take a while on a loaded machine; later steps wait the usual time.
  await expect(page.getByText('10 of 10 measures have figures for these periods.', { exact: false })).toBeVisible({ timeout: 60_000 });
  const overTime = page.getByRole('figure', { name: 'Youth identified as sex trafficking victims: all organizations' });
  await expect(overTime).toContainText(/Youth identified as sex trafficking victims: \d+ youth in Q\d \d{4}/);
  await screenshot(page, 'data-review-01-sample');

  const byOrganization = page.getByRole('figure', { name: 'Youth identified as sex trafficking victims: by organization' });
  await byOrganization.getByRole('button', { name: 'Show as table' }).click();
  const table = byOrganization.getByRole('table', { name: 'Youth identified as sex trafficking victims: by organization' });
  const tribal = table.getByRole('row', { name: /Tribal Family Services/ });
  await expect(tribal).toContainText('hidden');
  await screenshot(page, 'data-review-02-table-shared');

  const exact = page.getByRole('switch', { name: /Show exact figures/ });
  await exact.check();
  await expect(tribal).not.toContainText('hidden');
  await expect(page.getByText('Exact figures are shown, small ones included.')).toBeVisible();
  await exact.uncheck();
  await expect(tribal).toContainText('hidden');

  await expect(page.getByRole('region', { name: 'Coalition health' })).toContainText('Attendance by sector');
  await expect(page.getByRole('region', { name: 'Missing submissions' })).toBeVisible();
  await page.setViewportSize({ width: 420, height: 900 });
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'data-review-03-narrow');
});

test('the data review of a new coalition says where figures come from', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'rivers meet below the old mill' });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data review' }).click();
  await expect(page.getByRole('heading', { name: 'No measures to review yet' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: 'Coalition health' })).toContainText('Nobody was marked present');
  await screenshot(page, 'data-review-00-empty');
});
