import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfBytes, textPdf } from '../unit/support/documentFixtures';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace, expectNoHorizontalOverflow } from './journeySteps';
import { addAgendaItem, agendaList, dayFromToday, planMeeting } from './meetingSteps';

const COALITION = 'Lane County Youth Safety Coalition';
const PASSPHRASE = 'documents kept by the river';
const LONG_NAME = 'Interagency protocol for locating and serving youth missing from foster care, with the county sheriff and probation (signed copy)';

async function openNav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

test('a coordinator keeps a protocol in the workspace, finds it, attaches it as a pre-read and opens it', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: PASSPHRASE });
  const protocol = pdfBytes('Runaway response protocol', 300 * 1024);

  await test.step('the library starts empty and takes a PDF', async () => {
    await openNav(page, 'Documents');
    await expect(page.getByRole('heading', { name: 'No documents yet' })).toBeVisible();
    await screenshot(page, 'documents-empty');
    await page.getByRole('button', { name: 'Add document' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a document' });
    await dialog.getByTestId('document-file-input').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect(dialog.getByRole('alert')).toContainText('not a kind of file the library keeps');
    await dialog.getByTestId('document-file-input').setInputFiles({ name: 'Runaway response protocol.pdf', mimeType: 'application/pdf', buffer: protocol });
    await expect(dialog.getByLabel('Name')).toHaveValue('Runaway response protocol');
    await dialog.getByLabel('Version').fill('2.0');
    await dialog.getByRole('button', { name: 'Add document' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Add document' }).first().click();
    await dialog.getByTestId('document-file-input').setInputFiles({ name: 'long.pdf', mimeType: 'application/pdf', buffer: pdfBytes('long') });
    await dialog.getByLabel('Name').fill(LONG_NAME);
    await dialog.getByRole('button', { name: 'Add document' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(2);
  });

  await test.step('found by name', async () => {
    await page.getByLabel('Search documents').fill('runaway resp');
    const found = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await expect(found.first()).toContainText('Runaway response protocol');
    await expect(found.first()).toContainText('version 2.0');
    await expect(found.first()).toContainText('Not attached to anything');
    await page.getByLabel('Search documents').fill('');
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(2);
    await screenshot(page, 'documents-library');
    await page.setViewportSize({ width: 420, height: 900 });
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'documents-library-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test.step('found by a word inside a PDF, accents aside, with the words around it shown', async () => {
    const minutes = await textPdf([['Screening protocol, adopted in March.'], ['The intake supervisor, Rosa Muñoz, trains the hotel staff each spring.']]);
    await page.getByRole('button', { name: 'Add document' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a document' });
    await dialog.getByTestId('document-file-input').setInputFiles({ name: 'Screening protocol.pdf', mimeType: 'application/pdf', buffer: minutes });
    await dialog.getByRole('button', { name: 'Add document' }).click();
    await expect(dialog).toBeHidden();
    // The words are read in the background; the library refreshes when they are.
    await page.getByLabel('Search documents').fill('munoz hotel');
    const found = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await expect(found.first()).toContainText('Screening protocol');
    await expect(found.first().locator('mark')).toHaveText(['Muñoz', 'hotel']);
    await screenshot(page, 'documents-text-search');
    // A file whose text cannot be read says so quietly, and is still found by its name.
    await page.getByLabel('Search documents').fill('runaway');
    await expect(found.first()).toContainText('Text could not be read from this file; search finds it by name.');
    await page.getByLabel('Search documents').fill('');
  });

  await test.step('attached to an agenda item as a pre-read', async () => {
    await openNav(page, 'Meetings');
    await planMeeting(page, { title: 'April coalition meeting', date: dayFromToday(5) });
    await addAgendaItem(page, { title: 'Runaway protocol review', type: 'Discussion', minutes: 20 });
    const item = agendaList(page).getByRole('listitem', { name: '1. Runaway protocol review' });
    await item.getByRole('button', { name: 'Attach from library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach from the library' });
    await dialog.getByLabel('Document').fill('runaway');
    await page.getByRole('option', { name: /Runaway response protocol/ }).click();
    await dialog.getByRole('button', { name: 'Attach' }).click();
    await expect(dialog).toBeHidden();
    await expect(item.getByRole('region', { name: /^Pre-reads for / })).toContainText('Runaway response protocol (2.0)');
    await screenshot(page, 'documents-pre-read', { fullPage: false });
  });

  await test.step('opened: browser mode hands the same bytes to the download', async () => {
    const item = agendaList(page).getByRole('listitem', { name: '1. Runaway protocol review' });
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Open "Runaway response protocol"' }).click()]);
    expect(download.suggestedFilename()).toBe('Runaway response protocol.pdf');
    expect(fs.readFileSync(await download.path()).equals(protocol)).toBe(true);
    await openNav(page, 'Documents');
    const row = page.getByRole('listitem', { name: 'Runaway response protocol' });
    await expect(row.getByRole('link', { name: 'April coalition meeting: Runaway protocol review' })).toBeVisible();
  });
});
