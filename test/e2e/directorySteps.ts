import fs from 'node:fs';
import path from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** Steps in the directory pages shared by the directory specs. */
export async function openPage(page: Page, label: 'Organizations' | 'Members'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

export function writeCsv(name: string, content: string): string {
  const file = test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content, 'utf8');
  return file;
}

/** Opens the import dialog, chooses the file and walks to the row check; returns the dialog. */
export async function previewImport(page: Page, kind: 'organizations' | 'members', file: string, shotPrefix?: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: `Import ${kind}` });
  await dialog.getByLabel('CSV file').setInputFiles(file);
  await expect(dialog.getByText(/^Read [\d,]+ columns? and [\d,]+ rows?\./)).toBeVisible();
  if (shotPrefix) await screenshot(page, `${shotPrefix}-01-file`, { fullPage: false });
  await dialog.getByRole('button', { name: 'Next' }).click();
  if (shotPrefix) await screenshot(page, `${shotPrefix}-02-columns`, { fullPage: false });
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('grid', { name: 'Rows in the file' })).toBeVisible();
  return dialog;
}

export async function commitImport(dialog: Locator, rows: number | string, summary: string): Promise<void> {
  await dialog.getByRole('button', { name: `Import ${rows} rows` }).click();
  await expect(dialog.getByText(summary)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}
