import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addOrganization, openPage } from './directorySteps';
import { createWorkspace, expectNoHorizontalOverflow } from './journeySteps';

const LANE = 'Lane County Child Welfare';
const DOUGLAS = 'Douglas County Child and Family Services, Southern Oregon Region';
const IDENTIFIED = 'Youth identified as sex trafficking victims';

/** Types into the Count column of the figures sheet by the visible words, as a partner would in a spreadsheet. */
async function fillAsPartner(bytes: Uint8Array, counts: Record<string, number>, note: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Figures');
  if (!sheet) throw new Error('The file has no figures sheet.');
  sheet.eachRow((row) => {
    const count = counts[`${String(row.getCell(1).value)} | ${String(row.getCell(2).value)}`];
    if (count !== undefined) row.getCell(3).value = count;
    if (String(row.getCell(1).value).startsWith('Note on these figures')) row.getCell(2).value = note;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

test('a coordinator sends fill-in files to two partners, imports the one returned, and sees its figures', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'rivers meet below the old mill' });
  await openPage(page, 'Organizations');
  await addOrganization(page, { name: LANE, sector: 'Child welfare', kind: 'Public agency' });
  await addOrganization(page, { name: DOUGLAS, sector: 'Child welfare', kind: 'Public agency' });

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data', exact: true }).click();
  await page.getByLabel('P.L. 113-183 (child welfare duties)').click();
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeVisible();
  await page.getByRole('button', { name: 'Partner files…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Partner files: Q/ });
  await dialog.getByLabel(LANE).check();
  await dialog.getByLabel(DOUGLAS).check();
  await screenshot(page, 'data-partner-01-choose', { fullPage: false });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download 2 fill-in files' }).click()]);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  expect(download.suggestedFilename()).toMatch(/partner files 20\d\d-Q\d .*\.zip$/);

  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  const names = Object.keys(zip.files);
  expect(names).toHaveLength(2);
  const laneName = names.find((name) => name.includes(LANE));
  if (!laneName) throw new Error(`No file for ${LANE} in ${names.join(', ')}`);
  const template = await zip.file(laneName)?.async('uint8array');
  if (!template) throw new Error('The zip entry could not be read.');
  const returned = await fillAsPartner(
    template,
    { [`${IDENTIFIED} | Total (youth)`]: 12, [`${IDENTIFIED} | Confirmed or suspected: Confirmed`]: 8, [`${IDENTIFIED} | Confirmed or suspected: Suspected`]: 4, ['Identified youth reported to law enforcement | Total (youth)']: 9 },
    'Two offices reporting.',
  );

  await chooseOption(page, 'The file is from', LANE);
  await dialog.getByLabel('Returned partner file').setInputFiles({ name: laneName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: returned });
  const figures = dialog.getByRole('table', { name: 'Figures in the file' });
  await expect(figures.getByRole('row', { name: new RegExp(IDENTIFIED) })).toContainText('12 youth');
  await expect(figures.getByRole('row', { name: /reported to law enforcement/ })).toContainText('New');
  await expect(dialog.getByText('Note: Two offices reporting.')).toBeVisible();
  await screenshot(page, 'data-partner-02-preview', { fullPage: false });
  await dialog.getByRole('button', { name: 'Import 2 figures' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(LANE) });
  await expect(row.getByText('2 of 10')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(DOUGLAS) }).getByText('0 of 10')).toBeVisible();
  await row.getByRole('button', { name: `Enter figures for ${LANE}` }).click();
  const entry = page.getByRole('dialog', { name: new RegExp(`^${LANE}: Q`) });
  await expect(entry.getByRole('group', { name: IDENTIFIED }).getByLabel('Total (youth)')).toHaveValue('12');
  await entry.getByRole('button', { name: 'Cancel' }).click();

  await page.setViewportSize({ width: 420, height: 900 });
  await page.getByRole('button', { name: 'Partner files…' }).click();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'data-partner-03-narrow');
});
