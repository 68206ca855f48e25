import { expect, screenshot, test } from './fixtures';
import { openPage, previewImport, writeCsv } from './directorySteps';
import { createWorkspace } from './journeySteps';

const ROWS = 8_000;

function agenciesCsv(rows: number): string {
  const lines = ['Organization,Stakeholder group,Involvement'];
  for (let index = 1; index <= rows; index += 1) lines.push(`Agency ${index} of Lane County,Child welfare,core`);
  return lines.join('\r\n');
}

test('a large import shows its percent and the row it is on, then what it wrote', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'rivers meet below the old mill' });
  await openPage(page, 'Organizations');

  const dialog = await previewImport(page, 'organizations', writeCsv('agencies.csv', agenciesCsv(ROWS)));
  await expect(dialog.getByText(`${ROWS.toLocaleString('en-US')} rows in the file: ${ROWS.toLocaleString('en-US')} new.`)).toBeVisible();
  await dialog.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-US')} rows` }).click();

  const progress = dialog.getByRole('status');
  await expect(progress.getByText(/^(Checking|Importing) row [\d,]+ of 8,000…$/)).toBeVisible();
  await expect(progress.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(progress.getByText(/^\d{1,3}%$/)).toBeVisible();
  await screenshot(page, 'import-progress-01-running', { fullPage: false });

  await expect(dialog.getByText('Imported: 8,000 new, 0 updated, 0 skipped')).toBeVisible({ timeout: 120_000 });
  await expect(dialog.getByRole('status')).toBeHidden();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('grid', { name: 'Organizations' }).getByText('Agency 1 of Lane County', { exact: true })).toBeVisible();
});
