import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parseCsv } from '../../main/import/csvParser';
import { pdfPages, squeezed } from '../unit/support/pdfPages';
import { unzip } from '../unit/support/unzip';
import { expect, screenshot, test } from './fixtures';
import { createSample } from './journeySteps';
import { searchAndOpen } from './meetingSteps';

/** A protected advisor's full name, and words of notes the sample keeps confidential: never in these files. */
const NEVER_IN_A_FILE = ['Protected Advisor 1 (fictional)', 'discussed in confidence', 'one partner missed that window'];

/** Clicks what starts an export and returns the file the browser downloads, after the "Export ready" dialog says so. */
async function download(page: Page, start: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready).toBeVisible();
  await ready.getByRole('button', { name: 'Close' }).click();
  return { download: file, bytes: fs.readFileSync(await file.path()) };
}

function icsEvents(bytes: Buffer): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

function expectNothingConfidential(text: string): void {
  for (const secret of NEVER_IN_A_FILE) expect(text).not.toContain(secret);
}

test('a coordinator puts the meeting series in a calendar and hands the auditors the consultation report', async ({ page, app }) => {
  await page.goto(app.url);
  await createSample(page);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });

  await navigation.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
  const calendarDialog = page.getByRole('dialog', { name: 'Add to calendar' });
  await calendarDialog.getByRole('radio', { name: 'The whole series' }).check();
  await screenshot(page, 'calendar-01-choice', { fullPage: false });
  const series = await download(page, () => calendarDialog.getByRole('button', { name: 'Make calendar file' }).click());
  expect(series.download.suggestedFilename()).toMatch(/^Riverbend County Youth Safety Coalition \(sample\) .+ series \d{4}-\d{2}-\d{2}\.ics$/);
  const events = icsEvents(series.bytes);
  expect(events).toHaveLength(13);
  expect(new Set(events.map((event) => event.uid)).size).toBe(13);
  expect(events.every((event) => !event.startDate.isDate && event.startDate.zone?.tzid === 'UTC')).toBe(true);
  expect(events.some((event) => (event.description ?? '').includes('Agenda\n1. '))).toBe(true);
  expectNothingConfidential(series.bytes.toString('utf8'));
  await screenshot(page, 'calendar-02-meeting-page');

  await navigation.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'Consultation report' }).click();
  const reportDialog = page.getByRole('dialog', { name: 'Consultation report' });
  await reportDialog.getByRole('button', { name: 'Last 12 months' }).click();
  await screenshot(page, 'consultation-report-01-dialog', { fullPage: false });
  const pdf = await download(page, () => reportDialog.getByRole('button', { name: 'Make report' }).click());
  expect(pdf.download.suggestedFilename()).toMatch(/consultation report \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}\.pdf$/);
  const pages = pdfPages(pdf.bytes).map(squeezed);
  const report = pages.join('\n');
  expect(report).toContain('Consultation report');
  const never = report.slice(report.indexOf('Sectors never consulted'), report.indexOf('Consultation by sector'));
  // The sample has no member agencies for labor or caregivers, but guests from both came: only community groups were never there.
  expect(never).toContain('Faith leaders (community group)');
  expect(never).not.toContain('Child welfare');
  expect(never).not.toContain('Labor and employment');
  expect(report).toContain('Riverbend County Department of Children and Families');
  expectNothingConfidential(report);

  await page.getByRole('button', { name: 'Consultation report' }).click();
  await reportDialog.getByRole('button', { name: 'Last 12 months' }).click();
  await reportDialog.getByRole('radio', { name: /^CSV/ }).check();
  const zip = await download(page, () => reportDialog.getByRole('button', { name: 'Make report' }).click());
  const tables = unzip(zip.bytes);
  const table = (name: string) => {
    const parsed = parseCsv(Buffer.from(tables.get(name) ?? '', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.csv;
  };
  expect(table('meetings.csv').headers.slice(0, 6)).toEqual(['Date', 'When', 'Meeting', 'Kind', 'Minutes', 'Sector']);
  const row = (sector: string) => table('summary by sector.csv').rows.find((candidate) => candidate.cells[0] === sector)?.cells;
  expect(row('Faith leaders')?.[5]).toBe('Never consulted');
  expect(row('Labor and employment')?.[5]).toBe('Yes');
  expectNothingConfidential([...tables.values()].join('\n'));
});

test('a coordinator sends due dates to a calendar and prints everyone’s digest', async ({ page, app }) => {
  await page.goto(app.url);
  await createSample(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Action items' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();

  const due = await download(page, () => page.getByRole('button', { name: 'Due dates to calendar' }).click());
  const events = icsEvents(due.bytes);
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((event) => event.startDate.isDate && event.summary.startsWith('Due: '))).toBe(true);
  expectNothingConfidential(due.bytes.toString('utf8'));

  await page.getByRole('button', { name: 'Digests' }).click();
  await screenshot(page, 'digests-01-menu', { fullPage: false });
  const digests = await download(page, () => page.getByRole('menuitem', { name: 'Everyone: PDF, a page per person' }).click());
  const pages = pdfPages(digests.bytes);
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.every((text) => text.includes('Open action items: '))).toBe(true);
  expectNothingConfidential(pages.join('\n'));

  await page.getByRole('button', { name: 'Digests' }).click();
  await page.getByRole('menuitem', { name: 'One person…' }).click();
  const oneDialog = page.getByRole('dialog', { name: 'Action item digest' });
  await oneDialog.getByLabel('Person').fill('Youth');
  await page.getByRole('option').first().click();
  await oneDialog.getByRole('button', { name: 'Prepare email' }).click();
  const preview = page.getByRole('dialog', { name: /^Email to / });
  await expect(preview.getByLabel('Email text')).toContainText('Hello ');
  await screenshot(page, 'digests-02-email-preview', { fullPage: false });
  expectNothingConfidential(await preview.innerText());
  await preview.getByRole('button', { name: 'Close' }).click();

  await page.setViewportSize({ width: 420, height: 800 });
  await screenshot(page, 'digests-03-action-items-narrow');
  await page.setViewportSize({ width: 1280, height: 800 });

  await (await searchAndOpen(page, 'Leilani Patel', /^Leilani Patel Member/)).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leilani Patel' })).toBeVisible();
  await page.getByRole('button', { name: 'Action item digest' }).click();
  const memberDialog = page.getByRole('dialog', { name: 'Action item digest' });
  await memberDialog.getByRole('radio', { name: /^PDF/ }).check();
  await screenshot(page, 'digests-04-member-page-dialog', { fullPage: false });
  const one = await download(page, () => memberDialog.getByRole('button', { name: 'Make PDF' }).click());
  const onePage = pdfPages(one.bytes);
  expect(onePage).toHaveLength(1);
  expect(onePage[0]).toContain('Open action items: Leilani Patel');
});
