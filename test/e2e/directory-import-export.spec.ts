import fs from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './fixtures';
import { commitImport, openPage, previewImport, writeCsv } from './directorySteps';
import { createWorkspace } from './journeySteps';

const PASSPHRASE = 'rivers meet below the old mill';
const BAD_ORGANIZATIONS = path.resolve(import.meta.dirname, '..', 'fixtures', 'csv', 'two-bad-rows-organizations.csv');
const ORGANIZATIONS = ['Eastside Youth Drop-in', 'Lane County Child Welfare', 'Moonlight Rollerdrome', 'County Probation Department'];

/** The bad fixture with its two rows fixed: the missing name given, the unknown sector replaced by a real one. */
const FIXED_ORGANIZATIONS_CSV = [
  'Organization,Stakeholder group,Involvement,Trauma-informed',
  'Eastside Youth Drop-in,Runaway and homeless youth,core,yes',
  'Lane County Child Welfare,Child welfare,core,no',
  'Moonlight Rollerdrome,Entertainment and recreation venues,periodic,no',
  'County Probation Department,Law enforcement,core,1',
].join('\r\n');

const MEMBERS_CSV = [
  'Full name,Display name,Organization,Email,Representative,Protected',
  'Ana Muñoz,,Lane County Child Welfare,ana@example.org,primary,no',
  'Jordan Secret-Name,J. (youth advisor),Eastside Youth Drop-in,jordan@example.org,none,yes',
].join('\n');

/** The CSV as lines of cells; none of this test's values hold commas or quotes. */
function readCsvLines(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split(','));
}

test('a coordinator imports organizations from CSV, fixes two bad rows, and exports the roster', async ({ page, app }) => {
  // Three imports through the whole wizard, then an export.
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: PASSPHRASE });
  await openPage(page, 'Organizations');

  const problems = await previewImport(page, 'organizations', BAD_ORGANIZATIONS, 'import');
  await expect(
    problems.getByText('2 rows have problems. Fix them in the file and choose it again, or import the good rows and skip these.', { exact: false }),
  ).toBeVisible();
  const previewGrid = problems.getByRole('grid', { name: 'Rows in the file' });
  await expect(previewGrid.getByRole('row', { name: /^3 Problem/ })).toContainText(/name/i);
  await expect(previewGrid.getByRole('row', { name: /^4 Problem/ })).toContainText("Unknown sector 'Roller derby league'");
  await expect(problems.getByRole('button', { name: 'Import 2 rows' })).toBeDisabled();
  await screenshot(page, 'import-03-problems', { fullPage: false });
  await page.setViewportSize({ width: 420, height: 800 });
  await screenshot(page, 'import-03-problems-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  await problems.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('grid', { name: 'Organizations' }).getByText('Nothing here yet.')).toBeVisible();

  const fixed = await previewImport(page, 'organizations', writeCsv('fixed-organizations.csv', FIXED_ORGANIZATIONS_CSV));
  await expect(fixed.getByText('4 rows in the file: 4 new.')).toBeVisible();
  await screenshot(page, 'import-04-fixed-preview', { fullPage: false });
  await commitImport(fixed, 4, 'Imported: 4 new, 0 updated, 0 skipped');
  const organizationsGrid = page.getByRole('grid', { name: 'Organizations' });
  for (const name of ORGANIZATIONS) await expect(organizationsGrid.getByText(name)).toBeVisible();
  await screenshot(page, 'import-05-organizations');
  await page.setViewportSize({ width: 420, height: 800 });
  await screenshot(page, 'import-05-organizations-narrow', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });

  await openPage(page, 'Members');
  const members = await previewImport(page, 'members', writeCsv('members.csv', MEMBERS_CSV));
  await screenshot(page, 'import-06-members-preview', { fullPage: false });
  await commitImport(members, 2, 'Imported: 2 new, 0 updated, 0 skipped');
  const membersGrid = page.getByRole('grid', { name: 'Members' });
  await expect(membersGrid.getByText('Ana Muñoz')).toBeVisible();
  await expect(membersGrid.getByText('J. (youth advisor)')).toBeVisible();
  await expect(page.getByText('Jordan Secret-Name')).toHaveCount(0);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search everything' }).fill('munoz');
  await expect(page.getByRole('option', { name: /Ana Muñoz/ })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Export roster' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export roster' });
  await expect(exportDialog.getByLabel('CSV', { exact: true })).toBeChecked();
  await expect(exportDialog.getByLabel('Show display name only')).toBeChecked();
  await screenshot(page, 'import-07-export', { fullPage: false });
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/roster \d{4}-\d{2}-\d{2}\.csv$/);
  const saved = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  const ready = page.getByRole('dialog', { name: 'Export ready' });
  await expect(ready.getByText(`${download.suggestedFilename()} was handed to your browser's downloads.`)).toBeVisible();
  await screenshot(page, 'import-08-exported', { fullPage: false });
  await ready.getByRole('button', { name: 'Close' }).click();

  const [header, ...rows] = readCsvLines(saved);
  expect(header?.slice(0, 2)).toEqual(['Organization', 'Sector']);
  const nameColumn = header?.indexOf('Name') ?? -1;
  expect(rows.map((row) => row[nameColumn])).toEqual(expect.arrayContaining(['Ana Muñoz', 'J. (youth advisor)']));
  expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(ORGANIZATIONS));
  const text = fs.readFileSync(saved, 'utf8');
  expect(text).not.toContain('Jordan Secret-Name');
  expect(text).not.toContain('jordan@example.org');
});
