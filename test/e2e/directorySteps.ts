import fs from 'node:fs';
import path from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** Steps in the directory pages shared by the directory specs. */
/** A page of the rail whose level-one heading is its own name (the dashboard's heading is the coalition's name). */
export type RailPage = 'Organizations' | 'Members' | 'Coverage' | 'Meetings' | 'Action items' | 'Workgroups' | 'Plan' | 'Protocols & agreements' | 'Six duties';

export async function openPage(page: Page, label: RailPage): Promise<void> {
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
  await expect(dialog.getByText('Where the file does not say')).toBeVisible();
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

export interface RosterOrganization {
  name: string;
  /** The sector's label as the form offers it. */
  sector: string;
  kind: string;
  involvement?: string;
}

export async function addOrganization(page: Page, organization: RosterOrganization): Promise<void> {
  await page.getByRole('button', { name: 'Add organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add organization' });
  await dialog.getByLabel('Name', { exact: true }).fill(organization.name);
  await dialog.getByLabel('Sector', { exact: true }).selectOption({ label: organization.sector });
  await dialog.getByLabel('Kind').selectOption({ label: organization.kind });
  await dialog.getByLabel('Involvement').selectOption({ label: organization.involvement ?? 'Core' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

export interface RosterMember {
  fullName: string;
  organization: string;
  role?: 'primary' | 'alternate';
  voting?: boolean;
}

export async function addMember(page: Page, member: RosterMember): Promise<void> {
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add member' });
  await dialog.getByLabel('Full name').fill(member.fullName);
  await dialog.getByRole('combobox', { name: 'Organization' }).fill(member.organization);
  await page.getByRole('option', { name: member.organization }).click();
  if (member.role) await dialog.getByLabel('Representative role').selectOption(member.role);
  if (member.voting) await dialog.getByLabel('Voting member').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}
