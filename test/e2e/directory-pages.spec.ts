import { type Page } from '@playwright/test';
import { commitImport, openPage, previewImport, writeCsv } from './directorySteps';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace } from './journeySteps';

const families = [
  'Abbott',
  'Baker',
  'Castillo',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Muñoz',
  'Nguyen',
  'Okafor',
  'Patel',
  'Quispe',
  'Rossi',
  'Smith',
  'Tanaka',
  'Umarov',
  'Varga',
  'Walker',
  'Yilmaz',
  'Zimmerman',
];
const givens = [
  'Ada',
  'Ben',
  'Cleo',
  'Dev',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ira',
  'Jo',
  'Kai',
  'Lena',
  'Max',
  'Nia',
  'Omar',
  'Pia',
  'Raj',
  'Sol',
  'Tess',
  'Uma',
  'Vic',
  'Wes',
  'Xia',
  'Yara',
  'Zed',
  'Amos',
  'Bea',
  'Cruz',
  'Dina',
  'Emil',
  'Finn',
  'Gia',
  'Hugo',
  'Ines',
  'Jude',
  'Kira',
  'Leo',
  'Mae',
  'Noor',
  'Otto',
];
const organizations = ['Riverbend Youth Shelter', 'Lane County Schools', 'Harbor City Police', 'Eastgate Clinic'];
const MEMBERS = families.length * givens.length;

function organizationsCsv(): string {
  return ['Organization,Sector,Involvement', ...organizations.map((name) => `${name},Education,core`)].join('\n');
}

/** 1,000 people: every given name with every family name, spread over the organizations, a few chairs. */
function membersCsv(): string {
  const lines = ['Full name,Organization,Title,Role'];
  families.forEach((family, f) =>
    givens.forEach((given, g) =>
      lines.push(
        `${given} ${family},${organizations[(f + g) % organizations.length]},${g % 2 ? 'Outreach lead' : 'Case manager'},${g === 0 ? 'chair' : 'member'}`,
      ),
    ),
  );
  return lines.join('\n');
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Members' });
const nameCells = (page: Page) => grid(page).locator('[data-field="shownName"][role="gridcell"]');
const footer = (page: Page, text: string) => page.getByText(text, { exact: true });

test('a coordinator pages, sorts and filters a Members list of 1,000 that the host sends a page at a time', async ({ page, app }) => {
  test.setTimeout(240_000);
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Paging Coalition', state: 'Oregon', passphrase: 'a long passphrase for paging members' });

  await openPage(page, 'Members');
  await expect(grid(page).getByText('Nothing here yet.')).toBeVisible();
  await screenshot(page, 'directory-pages-01-members-empty', { fullPage: false });

  await openPage(page, 'Organizations');
  await commitImport(
    await previewImport(page, 'organizations', writeCsv('organizations.csv', organizationsCsv())),
    organizations.length,
    `Imported: ${organizations.length} new`,
  );
  await openPage(page, 'Members');
  await commitImport(
    await previewImport(page, 'members', writeCsv('members.csv', membersCsv())),
    MEMBERS.toLocaleString('en-US'),
    `Imported: ${MEMBERS.toLocaleString('en')} new`,
  );

  // The opening view: by family name, the first hundred.
  await expect(footer(page, `1–100 of ${MEMBERS.toLocaleString('en')}`)).toBeVisible();
  await expect(nameCells(page).first()).toHaveText('Ada Abbott');
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await screenshot(page, 'directory-pages-02-members-1000', { fullPage: false });

  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(footer(page, `101–200 of ${MEMBERS.toLocaleString('en')}`)).toBeVisible();
  await expect(nameCells(page).first()).toHaveText('Kai Castillo');

  // A click on a header sorts the whole list, not the page, and goes back to the first page.
  await page.getByRole('columnheader', { name: 'Name' }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(footer(page, `1–100 of ${MEMBERS.toLocaleString('en')}`)).toBeVisible();
  await expect(nameCells(page).first()).toHaveText('Zed Zimmerman');
  await page.getByRole('columnheader', { name: 'Coalition role' }).click();
  await expect(grid(page).locator('[data-field="coalitionRole"][role="gridcell"]').first()).toHaveText('Chair');

  // The filter finds by the start of words, accents or not, across all 1,000.
  await page.getByLabel('Filter members').fill('munoz');
  await expect(footer(page, '1–40 of 40')).toBeVisible();
  await page.getByLabel('Filter members').fill('emi mu');
  await expect(nameCells(page)).toHaveText(['Emil Muñoz']);
  await page.getByLabel('Filter members').fill('');
  await page.getByRole('combobox', { name: 'Coalition role' }).selectOption({ label: 'Chair' });
  await expect(footer(page, `1–${families.length} of ${families.length}`)).toBeVisible();
  await page.getByRole('combobox', { name: 'Coalition role' }).selectOption({ label: 'Any role' });

  // Ticks stay while paging: two on the first page, one on the next, changed together.
  await page.getByLabel('Filter members').fill('outreach');
  await expect(footer(page, '1–100 of 500')).toBeVisible();
  const outreachRows = grid(page).getByRole('row').filter({ hasText: 'Outreach lead' });
  for (const row of [outreachRows.nth(0), outreachRows.nth(1)]) await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(footer(page, '101–200 of 500')).toBeVisible();
  await outreachRows.first().getByRole('checkbox').check();
  const bar = page.getByRole('region', { name: 'Selected members' });
  await expect(bar.getByText('3 members selected')).toBeVisible();
  await bar.getByRole('button', { name: 'Change selected…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change 3 members' });
  await dialog.getByLabel('Voting').selectOption({ label: 'Voting member' });
  await expect(dialog.getByRole('status')).toContainText('3 members will change');
  await dialog.getByRole('button', { name: 'Change 3 members' }).click();
  await expect(page.getByText('3 members changed.')).toBeVisible();

  await page.getByLabel('Filter members').fill('nobody by this name');
  await expect(grid(page).getByText('Nothing matches these filters.')).toBeVisible();
  await page.getByLabel('Filter members').fill('');

  await page.setViewportSize({ width: 420, height: 860 });
  await page
    .getByText('3 members changed.')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await footer(page, `1–100 of ${MEMBERS.toLocaleString('en')}`).scrollIntoViewIfNeeded();
  await expect(footer(page, `1–100 of ${MEMBERS.toLocaleString('en')}`)).toBeVisible();
  await screenshot(page, 'directory-pages-03-members-narrow', { fullPage: false });
});
