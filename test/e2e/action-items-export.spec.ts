import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addMember, addOrganization, openPage } from './directorySteps';
import { createWorkspace } from './journeySteps';

const PASSPHRASE = 'lists travel well in spreadsheets';

async function addActionItem(page: Page, title: string, dueOn: string, owner?: string): Promise<void> {
  await page.getByRole('button', { name: 'Add action item' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add action item' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Due date').fill(dueOn);
  if (owner) {
    // The owner is found by typing part of the name: the host offers the matching members.
    await dialog.getByRole('combobox', { name: 'Owner' }).fill(owner.slice(0, 4));
    await page.getByRole('option', { name: new RegExp(owner) }).click();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const drawer = page.getByRole('dialog', { name: title });
  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(drawer).toBeHidden();
}

test('a coordinator exports the action items list to a spreadsheet, formulas neutralised', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Harbor Youth Safety Task Force', state: 'Maine', passphrase: PASSPHRASE });
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Action items' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();

  await addActionItem(page, 'Share the screening checklist with shelters', '2030-05-01');
  await addActionItem(page, '=SUM(1+1) looks like a formula', '2030-06-01');
  await expect(page.getByText('2 action items')).toBeVisible();

  await page.getByRole('button', { name: 'Export list…' }).click();
  const options = page.getByRole('dialog', { name: 'Export action items' });
  await expect(options.getByText('All 2 action items, in the order shown.', { exact: false })).toBeVisible();
  await options.getByRole('radio', { name: /^CSV/ }).check();
  await screenshot(page, 'action-items-export-options', { fullPage: false });
  const [download] = await Promise.all([page.waitForEvent('download'), options.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Harbor Youth Safety Task Force action items \d{4}-\d{2}-\d{2}\.csv$/);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toContainText("handed to your browser's downloads");
  await screenshot(page, 'action-items-export-ready', { fullPage: false });
  await ready.getByRole('button', { name: 'Close' }).click();

  const lines = fs
    .readFileSync(await download.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toMatch(/^Title,Status,Priority,Due,Overdue,Owner,Organization/);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['Share the screening checklist with shelters', "'=SUM(1+1) looks like a formula"]);
});

test('a coordinator narrows the list by typing: words as typed, and owners and organizations found by name', async ({ page, app }) => {
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Harbor Youth Safety Task Force', state: 'Maine', passphrase: PASSPHRASE });
  await openPage(page, 'Organizations');
  await addOrganization(page, { name: 'Lane County Child Welfare', sector: 'Child welfare', kind: 'Public agency' });
  await openPage(page, 'Members');
  await addMember(page, { fullName: 'Rosa Muñoz', organization: 'Lane County Child Welfare' });
  await openPage(page, 'Action items');
  await addActionItem(page, 'Find foster placements for the summer', '2030-05-01', 'Rosa Muñoz');
  await addActionItem(page, 'Book the training room', '2030-06-01');
  await expect(page.getByText('2 action items')).toBeVisible();

  const filters = page.getByRole('search', { name: 'Filter action items' });
  await filters.getByRole('searchbox', { name: 'Search action items' }).fill('fost');
  await expect(page.getByText('1 action item match')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Action items' }).getByText('Find foster placements for the summer')).toBeVisible();
  await filters.getByRole('searchbox', { name: 'Search action items' }).fill('');

  await filters.getByRole('combobox', { name: 'Organization' }).fill('child');
  await page.getByRole('option', { name: 'Lane County Child Welfare' }).click();
  await expect(page.getByText('1 action item match')).toBeVisible();
  await expect(page).toHaveURL(/organization=/);

  await filters.getByRole('combobox', { name: 'Owner' }).fill('munoz');
  await expect(page.getByRole('option', { name: /Rosa Muñoz/ })).toBeVisible();
  await screenshot(page, 'action-items-owner-picker', { fullPage: false });
  await page.getByRole('option', { name: /Rosa Muñoz/ }).click();
  await expect(page).toHaveURL(/owner=/);
  await expect(page.getByRole('grid', { name: 'Action items' }).getByText('Find foster placements for the summer')).toBeVisible();
});
