import fs from 'node:fs';
import { pdfPages, squeezed } from '../unit/support/pdfPages';
import { expect, screenshot, test } from './fixtures';
import { createSample } from './journeySteps';

const IDENTIFIED = 'Youth identified as sex trafficking victims';

test('a coordinator writes the narrative and exports the annual report of the sample\'s figures, with no small figure in it', async ({ page, app }) => {
  test.setTimeout(360_000);
  await page.goto(app.url);
  await createSample(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data', exact: true }).click();
  // The sample's partners have reported two years of figures, small ones among them (its P.L. 113-183 set is on).
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeVisible();

  await page.getByRole('button', { name: 'Annual report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annual report' });
  await dialog.getByRole('group', { name: 'Quick periods' }).getByRole('button', { name: 'This year' }).click();
  await dialog.getByLabel('Introduction').fill('Our coalition’s year, in figures and in words.');
  await dialog.getByLabel('Challenges').fill('Two partners changed their reporting systems.');
  await expect(dialog.getByRole('region', { name: 'What the report will hold' })).toContainText(/\d+ measures? with figures in the period/);
  await screenshot(page, 'annual-report-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: 'Save narrative' }).click();
  await expect(dialog.getByRole('button', { name: 'Save narrative' })).toBeDisabled();

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make report' }).click()]);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  expect(download.suggestedFilename()).toMatch(/annual report \d{4}-01-01 to \d{4}-\d{2}-\d{2} .*\.pdf$/);
  const text = squeezed(pdfPages(fs.readFileSync(await download.path())).join('\n'));
  for (const words of ['Annual report', 'Our coalition’s year, in figures and in words.', 'Two partners changed their reporting systems.', 'Membership by sector', 'Data: what partners counted', IDENTIFIED])
    expect(text).toContain(words);
  // The figures' pages without their running footer ("Generated …, Page 4 of 6").
  const data = text
    .slice(text.indexOf('Data: what partners counted'), text.indexOf('Progress on the plan'))
    .split('\n')
    .filter((line) => !/Page \d+ of \d+/.test(line))
    .join('\n');
  expect(data).toContain('hidden');
  // No count from 1 to 10 printed anywhere in the figures: not in a cell, a total, a caption or an axis.
  expect(data.split('\n').filter((line) => /(?<![\w.,'-])([1-9]|10)(?![\w.,-])/.test(line))).toEqual([]);

  // The narrative is kept with the report's period: opening the dialog again shows it.
  await page.getByRole('button', { name: 'Annual report' }).click();
  const again = page.getByRole('dialog', { name: 'Annual report' });
  await again.getByRole('group', { name: 'Quick periods' }).getByRole('button', { name: 'This year' }).click();
  await expect(again.getByLabel('Introduction')).toHaveValue('Our coalition’s year, in figures and in words.');
});
