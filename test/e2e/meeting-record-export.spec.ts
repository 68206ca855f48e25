import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { readDocx } from '../unit/support/docxText';
import { pdfPages } from '../unit/support/pdfPages';
import { expect, screenshot, test } from './fixtures';
import { createSample, SAMPLE_NAME } from './journeySteps';

/** In the sample, the notes of "Missing children reporting timelines" are confidential. */
const CONFIDENTIAL_WORDS = 'one partner missed that window';
const PROTECTED_FULL_NAME = 'Protected Advisor';

const pdfPagesOf = async (download: Download) => pdfPages(fs.readFileSync(await download.path()));

async function exportFrom(page: Page, dialogName: string, button: string): Promise<Download> {
  const options = page.getByRole('dialog', { name: dialogName });
  const [download] = await Promise.all([page.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  return download;
}

test('a facilitator sends the record of a meeting as PDF and Word, and the minutes of the year as one PDF', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await createSample(page);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  await navigation.getByRole('link', { name: 'Meetings' }).click();
  // The second most recent meeting: approved minutes with a confidential item.
  await page.getByRole('list', { name: 'Past meetings' }).getByRole('link').nth(1).click();
  await expect(page.getByText('Missing children reporting timelines').first()).toBeVisible();

  await screenshot(page, 'meeting-record-export-button', { fullPage: false });
  await page.getByRole('button', { name: 'Export record…' }).click();
  const options = page.getByRole('dialog', { name: 'Export the record of this meeting' });
  await expect(options.getByText('The approved minutes, ready to send to partners.')).toBeVisible();
  await expect(options.getByRole('checkbox', { name: 'Decisions and votes' })).toBeChecked();
  await expect(options.getByRole('switch', { name: /Include notes marked confidential \(1 agenda item\)/ })).not.toBeChecked();
  await screenshot(page, 'meeting-record-export-options', { fullPage: false });
  const pdf = await exportFrom(page, 'Export the record of this meeting', 'Export');
  expect(pdf.suggestedFilename()).toMatch(/ minutes\.pdf$/);
  const pages = await pdfPagesOf(pdf);
  const text = pages.join('\n');
  expect(text).toContain(SAMPLE_NAME);
  expect(text).toContain('Missing children reporting timelines');
  expect(text).toContain('Add the 24-hour reporting reminder to every partner orientation.');
  expect(text).toMatch(/Quorum (met|not met)/);
  expect(text).toContain('Notes not included in this export.');
  expect(text).not.toContain(CONFIDENTIAL_WORDS);
  expect(text).not.toContain(PROTECTED_FULL_NAME);
  for (const page of pages) expect(page).not.toContain('DRAFT');

  await page.getByRole('button', { name: 'Export record…' }).click();
  await options.getByRole('radio', { name: /^Word document/ }).check();
  await options.getByRole('switch', { name: /Include notes marked confidential/ }).check();
  await expect(options.getByRole('alert')).toContainText('each marked CONFIDENTIAL');
  await options.getByRole('radio', { name: 'Leave them out' }).check();
  await screenshot(page, 'meeting-record-export-confidential', { fullPage: false });
  const word = await exportFrom(page, 'Export the record of this meeting', 'Export');
  expect(word.suggestedFilename()).toMatch(/ minutes \(CONFIDENTIAL\)\.docx$/);
  const docx = readDocx(fs.readFileSync(await word.path()));
  expect(docx.body).toContain('Missing children reporting timelines');
  expect(docx.body).toContain(CONFIDENTIAL_WORDS);
  expect(docx.body).toContain('CONFIDENTIAL: these notes are marked confidential');
  expect(docx.everything).not.toContain(PROTECTED_FULL_NAME);

  await navigation.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'Export several meetings…' }).click();
  const several = page.getByRole('dialog', { name: 'Export several meetings' });
  await several.getByLabel('First day').fill('2020-01-01');
  await several.getByLabel('Last day').fill('2035-12-31');
  await screenshot(page, 'meetings-bundle-export-options', { fullPage: false });
  const bundle = await exportFrom(page, 'Export several meetings', 'Export PDF');
  const bundlePages = await pdfPagesOf(bundle);
  const titles = bundlePages.join('\n').match(/Goals for next year|Coalition charter and membership|Missing children reporting timelines/g) ?? [];
  expect(titles[0]).toBe('Coalition charter and membership');
  expect(titles).toContain('Goals for next year');
  expect(bundlePages.at(-1)).toContain('DRAFT - not yet approved');
  expect(bundlePages[0]).not.toContain('DRAFT');
  expect(bundlePages.join('\n')).not.toContain(CONFIDENTIAL_WORDS);
});
