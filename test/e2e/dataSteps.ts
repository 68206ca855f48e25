import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { pdfPages, squeezed } from '../unit/support/pdfPages';
import { addOrganization, openPage } from './directorySteps';
import { expect, screenshot } from './fixtures';
import { createWorkspace } from './journeySteps';

/** Steps of the data journeys (figures, partner files, review, annual report), shared so each spec reads as its story. */

export const CHILD_WELFARE_SET = 'P.L. 113-183 (child welfare duties)';
export const IDENTIFIED = 'Youth identified as sex trafficking victims';
export const REPORTED = 'Identified youth reported to law enforcement';

export async function openDataPage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
}

export async function switchOnChildWelfareSet(page: Page): Promise<void> {
  await page.getByLabel(CHILD_WELFARE_SET).click();
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeVisible();
}

/** A new coalition with child welfare partners, on the Data page with the P.L. 113-183 set switched on. */
export async function startWithChildWelfarePartners(page: Page, appUrl: string, partners: readonly string[]): Promise<void> {
  await page.goto(appUrl);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'rivers meet below the old mill' });
  await openPage(page, 'Organizations');
  for (const partner of partners) await addOrganization(page, { name: partner, sector: 'Child welfare', kind: 'Public agency' });
  await openDataPage(page);
  await switchOnChildWelfareSet(page);
}

export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Opens "Partner files…", ticks the organizations (a screenshot of the choice when named) and downloads their fill-in
 * files; answers the dialog and the zip's files.
 */
export async function downloadPartnerFiles(
  page: Page,
  organizations: readonly string[],
  choiceShot?: string,
): Promise<{ dialog: Locator; fileName: string; files: Map<string, Uint8Array> }> {
  await page.getByRole('button', { name: 'Partner files…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Partner files: Q/ });
  for (const organization of organizations) await dialog.getByLabel(organization).check();
  if (choiceShot) await screenshot(page, choiceShot, { fullPage: false });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: `Download ${organizations.length} fill-in files` }).click(),
  ]);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) files.set(name, (await zip.file(name)?.async('uint8array')) ?? new Uint8Array());
  return { dialog, fileName: download.suggestedFilename(), files };
}

/** The fill-in file of one organization among those downloaded. */
export function fileOf(files: ReadonlyMap<string, Uint8Array>, organization: string): { name: string; bytes: Uint8Array } {
  const entry = [...files].find(([name]) => name.includes(organization));
  if (!entry) throw new Error(`No file for ${organization} in ${[...files.keys()].join(', ')}`);
  return { name: entry[0], bytes: entry[1] };
}

/** Types into the Count column of the figures sheet by the visible words, as a partner would in a spreadsheet. */
export async function fillAsPartner(bytes: Uint8Array, counts: Record<string, number>, note: string): Promise<Buffer> {
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

/** In the partner files dialog: says whose file it is and chooses it; answers the preview's table of figures. */
export async function choosePartnerFile(page: Page, dialog: Locator, organization: string, file: { name: string; buffer: Buffer }): Promise<Locator> {
  await chooseOption(page, 'The file is from', organization);
  await dialog
    .getByLabel('Returned partner file')
    .setInputFiles({ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file.buffer });
  return dialog.getByRole('table', { name: 'Figures in the file' });
}

/** Opens the entry form of an organization for the period on screen. */
export async function openEntryForm(page: Page, organization: string): Promise<Locator> {
  await page.getByRole('button', { name: `Enter figures for ${organization}` }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${organization}: Q`) });
  await expect(dialog.getByText('Counts only, never people.')).toBeVisible();
  return dialog;
}

export async function openDataReview(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data review' }).click();
  await expect(page.getByRole('heading', { name: 'Data review', level: 1 })).toBeVisible({ timeout: 60_000 });
}

/** From the Data page: the annual report dialog for this year, the narrative sections given typed in (not saved yet). */
export async function openAnnualReport(page: Page, narrative: Record<string, string> = {}): Promise<Locator> {
  await page.getByRole('button', { name: 'Annual report' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annual report' });
  await dialog.getByRole('group', { name: 'Quick periods' }).getByRole('button', { name: 'This year' }).click();
  for (const [label, text] of Object.entries(narrative)) await dialog.getByLabel(label).fill(text);
  return dialog;
}

/** Makes the report as a PDF from its dialog; answers its text (as pdftotext reads it) and file name. */
export async function makeAnnualReport(page: Page, dialog: Locator): Promise<{ text: string; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make report' }).click()]);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  return { text: squeezed(pdfPages(fs.readFileSync(await download.path())).join('\n')), fileName: download.suggestedFilename() };
}

/** The report's figures pages without their running footer ("Generated …, Page 4 of 6"). */
export function figuresPart(text: string): string {
  return text
    .slice(text.indexOf('Data: what partners counted'), text.indexOf('Progress on the plan'))
    .split('\n')
    .filter((line) => !/Page \d+ of \d+/.test(line))
    .join('\n');
}

/** Lines printing a count from 1 to 10 (none may: not in a cell, a total, a caption or an axis). */
export function linesWithSmallCounts(text: string): string[] {
  return text.split('\n').filter((line) => /(?<![\w.,'-])([1-9]|10)(?![\w.,-])/.test(line));
}
