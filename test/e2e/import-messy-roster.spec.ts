import fs from 'node:fs';
import { MESSY_ROSTER_CSV } from '../fixtures/messyRoster';
import { expect, screenshot, test } from './fixtures';
import { openPage, writeCsv } from './directorySteps';
import { createWorkspace } from './journeySteps';
import { dayFromToday, invite, markAttendance, openMeetingTab, planMeeting } from './meetingSteps';

const VOTERS = ['Dr. Maya Okafor', 'Sgt. Luis Ortega', 'Priya Natarajan', 'Hon. Ruth Bell', 'Pastor Dee Grant'];

test('a coordinator imports a messy combined roster in one go, and the imported roster reaches quorum', async ({ page, app }) => {
  // A whole journey: workspace, import, a meeting and its attendance.
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'rivers meet below the old mill' });
  await openPage(page, 'Members');

  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page.getByRole('dialog', { name: 'Import members' }).getByLabel('People with their organizations', { exact: false }).check();
  const dialog = page.getByRole('dialog', { name: 'Import people with their organizations' });
  await dialog.getByLabel('CSV file').setInputFiles(writeCsv('roster.csv', MESSY_ROSTER_CSV));
  await expect(dialog.getByText('Read 9 columns and 9 rows.', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: 'Next' }).click();

  // Organization and person columns are matched in one step, the protected identity column among them.
  await expect(dialog.getByLabel('Organization', { exact: true })).toHaveValue('1');
  await expect(dialog.getByLabel('Organization: sector', { exact: true })).toHaveValue('2');
  await expect(dialog.getByLabel('Protected identity', { exact: true })).toHaveValue('6');
  await dialog.getByRole('button', { name: 'Next' }).click();

  // The one value mapping: each free-text sector the app does not know is listed once.
  await dialog.getByLabel('Sector: CASA/GAL', { exact: true }).selectOption({ label: 'CASA, guardians ad litem, attorneys and family advocacy centers' });
  await dialog.getByLabel('Sector: Survivor voice', { exact: true }).selectOption({ label: 'Youth, young adult survivors and youth advisory boards' });
  await expect(dialog.getByLabel('Voting members', { exact: true })).toHaveValue('primary-representatives');
  await dialog.getByLabel('Kind of organization', { exact: true }).selectOption({ label: 'Nonprofit' });
  await screenshot(page, 'people-import-01-values', { fullPage: false });
  await dialog.getByRole('button', { name: 'Next' }).click();

  const rows = dialog.getByRole('grid', { name: 'Rows in the file' });
  await expect(dialog.getByText('9 rows in the file: 7 new, 1 duplicate (skipped), 1 with problems.')).toBeVisible();
  await expect(dialog.getByText('Organizations: 6 new, 0 already in the directory.')).toBeVisible();
  await expect(rows.getByRole('row', { name: /^6 Problem/ })).toContainText(/email/i);
  await expect(rows.getByRole('row', { name: /^9 Duplicate/ })).toContainText('Same as row 4 of this file');
  await expect(dialog.getByRole('button', { name: 'Import 7 rows' })).toBeDisabled();

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the skipped rows (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('roster - skipped rows.csv');
  const saved = test.info().outputPath('skipped.csv');
  await download.saveAs(saved);
  expect(fs.readFileSync(saved, 'utf8')).toMatch(/\r\n6,.*Sam Lee/);

  await dialog.getByLabel('Import the 7 good rows, skip 1 row with problems').check();
  await screenshot(page, 'people-import-02-preview', { fullPage: false });
  await dialog.getByRole('button', { name: 'Import 7 rows' }).click();
  await expect(dialog.getByText('Imported: 7 new, 0 updated, 1 skipped, 1 left out for problems (and 6 new organizations)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const members = page.getByRole('grid', { name: 'Members' });
  await expect(members.getByText('J. (youth advisor)')).toBeVisible();
  await expect(page.getByText('Jordan Rivers')).toHaveCount(0);
  await openPage(page, 'Organizations');
  await expect(page.getByRole('grid', { name: 'Organizations' }).getByText('Lane County CASA')).toBeVisible();

  await openPage(page, 'Meetings');
  await planMeeting(page, { title: 'Quarterly coalition meeting', date: dayFromToday(3) });
  await openMeetingTab(page, 'Attendance');
  await invite(page, { people: VOTERS });
  const main = page.getByRole('main');
  await expect(main.getByText('No quorum: 0 present, 3 needed')).toBeVisible();
  for (const name of VOTERS.slice(0, 3)) await markAttendance(main, name, 'Present');
  await expect(main.getByText('Quorum met: 3 present, 3 needed')).toBeVisible();
  await screenshot(page, 'people-import-03-quorum', { fullPage: false });
});
