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
  // Every state of the progress display, recorded in the page as it changes (the import may be quicker than polling).
  await page.evaluate(() => {
    const seen: Array<{ percent: string | null; text: string }> = [];
    (window as unknown as { importProgressSeen: typeof seen }).importProgressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Import progress"]');
      const status = bar?.closest('[role="status"]');
      if (bar && status) seen.push({ percent: bar.getAttribute('aria-valuenow'), text: status.textContent ?? '' });
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await dialog.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-US')} rows` }).click();
  await expect(dialog.getByRole('status').or(dialog.getByText('Imported: 8,000 new', { exact: false }))).toBeVisible();
  await screenshot(page, 'import-progress-01-running', { fullPage: false });

  await expect(dialog.getByText('Imported: 8,000 new, 0 updated, 0 skipped')).toBeVisible({ timeout: 120_000 });
  await expect(dialog.getByRole('status')).toBeHidden();
  const seen = await page.evaluate(() => (window as unknown as { importProgressSeen: Array<{ percent: string | null; text: string }> }).importProgressSeen);
  const percents = seen.map((state) => Number(state.percent));
  expect(percents.length).toBeGreaterThan(0);
  expect(percents).toEqual([...percents].sort((a, b) => a - b));
  expect(seen.some((state) => /(Checking|Importing) row [\d,]+ of 8,000…/.test(state.text) && state.text.includes(`${state.percent}%`))).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('grid', { name: 'Organizations' }).getByText('Agency 1 of Lane County', { exact: true })).toBeVisible();
});
