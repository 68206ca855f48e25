import { expect, screenshot, test } from './fixtures';
import { commitImport, openPage, previewImport, writeCsv } from './directorySteps';
import { createWorkspace } from './journeySteps';

const ORGANIZATIONS = 1_000;
const MEMBERS = 5_000;
const sectors = ['Child welfare', 'Education', 'Law enforcement', 'Behavioral and mental health', 'Housing, shelters and youth services'];

function organizationsCsv(): string {
  const lines = ['Organization,Sector,Involvement'];
  for (let index = 0; index < ORGANIZATIONS; index += 1)
    lines.push(`Riverbend Agency ${String(index).padStart(4, '0')},"${sectors[index % sectors.length]}",core`);
  return lines.join('\n');
}

function membersCsv(): string {
  const lines = ['Full name,Organization,Email'];
  for (let index = 0; index < MEMBERS; index += 1) {
    lines.push(`Person ${index} Muñoz-García,Riverbend Agency ${String(index % ORGANIZATIONS).padStart(4, '0')},person${index}@example.org`);
  }
  return lines.join('\n');
}

test('a coordinator works with a large roster: 1,000 organizations and 5,000 members', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Large Roster Coalition', state: 'Oregon', passphrase: 'a long passphrase for a large roster' });

  await openPage(page, 'Organizations');
  const organizations = await previewImport(page, 'organizations', writeCsv('organizations.csv', organizationsCsv()));
  await commitImport(organizations, ORGANIZATIONS.toLocaleString('en-US'), `Imported: ${ORGANIZATIONS.toLocaleString('en')} new`);
  await expect(page.getByText(`1–100 of ${ORGANIZATIONS.toLocaleString('en')}`)).toBeVisible();
  await screenshot(page, 'scale-01-organizations', { fullPage: false });

  await openPage(page, 'Members');
  const members = await previewImport(page, 'members', writeCsv('members.csv', membersCsv()));
  await commitImport(members, MEMBERS.toLocaleString('en-US'), `Imported: ${MEMBERS.toLocaleString('en')} new`);
  await expect(page.getByText(`1–100 of ${MEMBERS.toLocaleString('en')}`)).toBeVisible();
  await page.getByLabel('Filter members').fill('Person 4999 ');
  await expect(page.getByRole('gridcell', { name: 'Person 4999 Muñoz-García' })).toBeVisible();
  await screenshot(page, 'scale-02-members-filtered', { fullPage: false });

  await page.getByLabel('Search everything').fill('person 1234 munoz');
  await expect(page.getByRole('option', { name: /Person 1234 Muñoz-García/ })).toBeVisible();
  await screenshot(page, 'scale-03-search', { fullPage: false });
});
