import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MESSY_ROSTER_CSV } from '../fixtures/messyRoster';
import { writeCsv } from './directorySteps';
import { createSample, lock, unlock } from './journeySteps';
import { dayFromToday, openMeetingTab, startMeetingAheadOfItsDate } from './meetingSteps';

const SAMPLE_PASSPHRASE = 'riverbend sample passphrase';
const schemes = ['light', 'dark'] as const;
const colourRules = ['color-contrast', 'link-in-text-block'];

interface Finding {
  where: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Every page and the main dialogs, scanned by axe in both themes; the findings are gathered and reported at once. */
class AccessibilityScan {
  readonly findings: Finding[] = [];
  readonly scanned: string[] = [];

  constructor(private readonly page: Page) {}

  /** Scans what is on screen now, in light and in dark, and leaves the window in light. */
  async check(where: string, page: Page = this.page): Promise<void> {
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe(scheme);
      await settleAnimations(page);
      // The theme changes colours only, so the dark pass checks colours; the light pass checks everything.
      const axe = new AxeBuilder({ page });
      const results = await (scheme === 'light' ? axe : axe.withRules(colourRules)).analyze();
      this.scanned.push(`${where} (${scheme})`);
      for (const violation of results.violations) {
        this.add({
          where: `${where} (${scheme})`,
          rule: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          targets: violation.nodes.map((node) => `${node.target.join(' ')}${contrastDetail(node.any)}`),
        });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  report(): string {
    return this.findings.map(describe).join('\n');
  }

  private add(finding: Finding): void {
    this.findings.push(finding);
    // Said as soon as it is found, so a walk that stops halfway still tells what it saw.
    console.log(describe(finding));
  }
}

function describe(finding: Finding): string {
  return `${finding.where}: ${finding.rule} (${finding.impact}) ${finding.help}\n${finding.targets.map((target) => `    ${target}`).join('\n')}`;
}

function contrastDetail(checks: { id: string; data?: unknown }[]): string {
  const data = checks.find((check) => check.id === 'color-contrast')?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
  return data?.contrastRatio ? `  [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}]` : '';
}

/** Waits until fades and colour transitions are over, so colours are read as a person finally sees them. */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/** The first row's first cell that is not its selection checkbox: clicking it opens the record. */
function firstRowName(page: Page) {
  return page
    .getByRole('grid')
    .getByRole('row')
    .nth(1)
    .getByRole('gridcell')
    .filter({ hasNot: page.getByRole('checkbox') })
    .first();
}

function navigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function openPage(page: Page, link: string, heading: string | RegExp = link): Promise<void> {
  await navigation(page).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function openDialog(page: Page, button: string, dialogName: string = button) {
  await page.getByRole('button', { name: button }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function closeDialog(page: Page, dialogName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog
    .getByRole('button', { name: /^(Cancel|Close|Keep)/ })
    .first()
    .click();
  await expect(dialog).toBeHidden();
}

// Each walk scans many pages twice; a step that cannot be taken should still fail well before the walk's budget.
test.use({ actionTimeout: 90_000 });
test.describe.configure({ timeout: 600_000 });

test('the gate screens, the dashboard and the unlock screens pass the axe scan in light and dark', async ({ page, app }) => {
  const scan = new AccessibilityScan(page);
  await test.step('the screens before a workspace is open', async () => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Create a workspace' })).toBeVisible();
    await scan.check('create a workspace');
    await openDialog(page, 'Try it with a sample coalition');
    await scan.check('sample coalition dialog');
    await closeDialog(page, 'Try it with a sample coalition');
    await createSample(page);
    await scan.check('dashboard');
  });
  await test.step('the unlock screens', async () => {
    await lock(page);
    await scan.check('unlock');
    await page.getByRole('button', { name: 'Forgot passphrase?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scan.check('recover with the recovery code');
    await page.getByRole('button', { name: /Back/ }).first().click();
    await unlock(page, SAMPLE_PASSPHRASE);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lock workspace' })).toBeVisible();
  });
  await test.step('a tab opened without the launch link', async () => {
    const tab = await page.context().newPage();
    await tab.goto(app.url.replace(/#.*$/, ''));
    await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
    await scan.check('a tab without its link', tab);
  });

  expect(scan.scanned.length).toBeGreaterThanOrEqual(12);
  expect(scan.findings, `axe found problems:\n${scan.report()}`).toEqual([]);
});

test('the directory, coverage, workgroups and settings pass the axe scan in light and dark', async ({ page, app }) => {
  const scan = new AccessibilityScan(page);
  await page.goto(app.url);
  await createSample(page);
  await test.step('dashboard, directory, coverage and workgroups', async () => {
    await openPage(page, 'Organizations');
    await expect(page.getByRole('grid')).toBeVisible();
    await scan.check('organizations');
    await openDialog(page, 'Add organization');
    await scan.check('add organization dialog');
    await closeDialog(page, 'Add organization');
    await firstRowName(page).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Organizations');
    await scan.check('an organization');

    await openPage(page, 'Members');
    await expect(page.getByRole('grid')).toBeVisible();
    await scan.check('members');
    await openDialog(page, 'Add member');
    await scan.check('add member dialog');
    await closeDialog(page, 'Add member');
    await firstRowName(page).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Members');
    await scan.check('a member');

    await openPage(page, 'Coverage');
    await scan.check('coverage');
    await openPage(page, 'Workgroups');
    await scan.check('workgroups');
    await openPage(page, 'Settings');
    await scan.check('settings');
  });

  expect(scan.scanned.length).toBeGreaterThanOrEqual(18);
  expect(scan.findings, `axe found problems:\n${scan.report()}`).toEqual([]);
});

test('action items, search and meetings in every state pass the axe scan in light and dark', async ({ page, app }) => {
  const scan = new AccessibilityScan(page);
  await page.goto(app.url);
  await createSample(page);
  await test.step('action items and search', async () => {
    await openPage(page, 'Action items');
    await expect(page.getByRole('grid', { name: 'Action items' }).getByRole('row').nth(1)).toBeVisible();
    await scan.check('action items');
    await openDialog(page, 'Add action item');
    await scan.check('add action item dialog');
    await closeDialog(page, 'Add action item');

    // From the dashboard, whose page has no drop-down lists whose options would be found too.
    await openPage(page, 'Dashboard', /Riverbend County/);
    const search = page.getByRole('combobox', { name: 'Search everything' });
    await search.fill('protocol');
    await expect(page.getByRole('option').first()).toBeVisible();
    await scan.check('search results');
    await search.press('Escape');
  });
  await test.step('meetings in every state', async () => {
    await openPage(page, 'Meetings');
    await expect(page.getByRole('list', { name: 'Past meetings' }).getByRole('listitem')).toHaveCount(12);
    await scan.check('meetings');
    await openDialog(page, 'Plan a meeting');
    await scan.check('plan a meeting dialog');
    const planDialog = page.getByRole('dialog', { name: 'Plan a meeting' });
    await planDialog.getByLabel('Title').fill('Listening session with youth advisors');
    await planDialog.getByLabel('Date', { exact: true }).fill(dayFromToday(40));
    await planDialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Listening session with youth advisors' })).toBeVisible();
    await openDialog(page, 'Cancel meeting', 'Cancel this meeting?');
    await scan.check('cancel a meeting dialog');
    const cancelDialog = page.getByRole('dialog', { name: 'Cancel this meeting?' });
    await cancelDialog.getByLabel(/Reason/).fill('The advisors asked to meet at the youth center instead.');
    await cancelDialog.getByRole('button', { name: 'Cancel meeting' }).click();
    await expect(cancelDialog).toBeHidden();
    await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
    await scan.check('a cancelled meeting');

    await openPage(page, 'Meetings');
    const past = page.getByRole('list', { name: 'Past meetings' }).getByRole('link');
    await past.first().click();
    await expect(page.getByText('Minutes draft').first()).toBeVisible();
    await scan.check('a meeting with draft minutes');
    await openPage(page, 'Meetings');
    await past.nth(1).click();
    await expect(page.getByText('Approved').first()).toBeVisible();
    await scan.check('a meeting with approved minutes');

    await openPage(page, 'Meetings');
    await page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Start meeting' })).toBeVisible();
    await scan.check('a planned meeting');
    await startMeetingAheadOfItsDate(page);
    await expect(page.getByRole('button', { name: 'Finish meeting' })).toBeVisible();
    await scan.check('the live meeting');
  });

  expect(scan.scanned.length).toBeGreaterThanOrEqual(22);
  expect(scan.findings, `axe found problems:\n${scan.report()}`).toEqual([]);
});

test('the import wizard step by step, bulk edit and the workgroup dialogs pass the axe scan in light and dark', async ({ page, app }) => {
  const scan = new AccessibilityScan(page);
  await page.goto(app.url);
  await createSample(page);
  await test.step('the import wizard, step by step, and the roster export', async () => {
    await openPage(page, 'Members');
    await expect(page.getByRole('grid')).toBeVisible();
    await page.getByRole('button', { name: 'Import CSV' }).click();
    await expect(page.getByRole('dialog', { name: 'Import members' })).toBeVisible();
    await scan.check('import: choose what the file holds');
    await page.getByRole('dialog', { name: 'Import members' }).getByLabel('People with their organizations', { exact: false }).check();
    const wizard = page.getByRole('dialog', { name: 'Import people with their organizations' });
    await wizard.getByLabel('CSV file').setInputFiles(writeCsv('a11y-roster.csv', MESSY_ROSTER_CSV));
    await expect(wizard.getByText('Read 9 columns and 9 rows.', { exact: false })).toBeVisible();
    await scan.check('import: the file read');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Organization', { exact: true })).toBeVisible();
    await scan.check('import: columns');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Sector: CASA/GAL', { exact: true })).toBeVisible();
    await scan.check('import: values and defaults');
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByRole('grid', { name: 'Rows in the file' })).toBeVisible();
    await scan.check('import: preview');
    await closeDialog(page, 'Import people with their organizations');
    await openDialog(page, 'Export roster');
    await scan.check('export roster dialog');
    await closeDialog(page, 'Export roster');
  });
  await test.step('bulk edit of organizations', async () => {
    await openPage(page, 'Organizations');
    const rows = page.getByRole('grid').getByRole('row');
    for (const index of [1, 2]) await rows.nth(index).getByRole('checkbox').check();
    await expect(page.getByRole('region', { name: 'Selected organizations' })).toBeVisible();
    await scan.check('organizations with two selected');
    await page.getByRole('region', { name: 'Selected organizations' }).getByRole('button', { name: 'Change selected…' }).click();
    await expect(page.getByRole('dialog', { name: 'Change 2 organizations' })).toBeVisible();
    await scan.check('bulk edit dialog');
    await closeDialog(page, 'Change 2 organizations');
    await openPage(page, 'Members');
    const memberRows = page.getByRole('grid').getByRole('row');
    for (const index of [1, 2]) await memberRows.nth(index).getByRole('checkbox').check();
    await page.getByRole('region', { name: 'Selected members' }).getByRole('button', { name: 'Change selected…' }).click();
    await expect(page.getByRole('dialog', { name: 'Change 2 members' })).toBeVisible();
    await scan.check('bulk edit of members dialog');
    await closeDialog(page, 'Change 2 members');
  });
  await test.step('workgroup dialogs', async () => {
    await openPage(page, 'Workgroups');
    await openDialog(page, 'Add workgroup');
    await scan.check('add workgroup dialog');
    await closeDialog(page, 'Add workgroup');
    const card = page.getByRole('article').first();
    await card.getByRole('button', { name: /^Edit / }).click();
    await expect(page.getByRole('dialog', { name: 'Edit workgroup' })).toBeVisible();
    await scan.check('edit workgroup dialog');
    await closeDialog(page, 'Edit workgroup');
    await card.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByRole('dialog', { name: /^Archive / })).toBeVisible();
    await scan.check('archive workgroup dialog');
    await page
      .getByRole('dialog', { name: /^Archive / })
      .getByRole('button', { name: /^(Cancel|Keep)/ })
      .click();
    await expect(page.getByRole('dialog', { name: /^Archive / })).toBeHidden();
  });

  expect(scan.scanned.length).toBeGreaterThanOrEqual(24);
  expect(scan.findings, `axe found problems:\n${scan.report()}`).toEqual([]);
});

test('the action-item drawer, every export dialog and every tab of a meeting pass the axe scan in light and dark', async ({ page, app }) => {
  const scan = new AccessibilityScan(page);
  await page.goto(app.url);
  await createSample(page);
  await test.step('the action-item drawer and the action item exports', async () => {
    await openPage(page, 'Action items');
    await firstRowName(page).click();
    await expect(page.getByRole('list', { name: 'Status history' })).toBeVisible();
    await scan.check('action item drawer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('list', { name: 'Status history' })).toBeHidden();
    await openDialog(page, 'Export list…', 'Export action items');
    await scan.check('export action items dialog');
    await closeDialog(page, 'Export action items');
    await page.getByRole('button', { name: 'Digests' }).click();
    await page.getByRole('menuitem', { name: 'One person…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await scan.check('one person’s digest dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
  await test.step('every tab of a meeting, and the meeting exports', async () => {
    await openPage(page, 'Meetings');
    await openDialog(page, 'Export several meetings…', 'Export several meetings');
    await scan.check('export several meetings dialog');
    await closeDialog(page, 'Export several meetings');
    await openDialog(page, 'Consultation report');
    await scan.check('consultation report dialog');
    await closeDialog(page, 'Consultation report');
    await page.getByRole('list', { name: 'Past meetings' }).getByRole('link').nth(1).click();
    await expect(page.getByText('Approved').first()).toBeVisible();
    for (const tab of ['Agenda', 'Attendance', 'Outcomes', 'History'] as const) {
      await openMeetingTab(page, tab);
      await scan.check(`a meeting: ${tab}`);
    }
    await openDialog(page, 'Export record…', 'Export the record of this meeting');
    await scan.check('export record dialog');
    await closeDialog(page, 'Export the record of this meeting');
    await openDialog(page, 'Add to calendar (.ics)', 'Add to calendar');
    await scan.check('add to calendar dialog');
    await closeDialog(page, 'Add to calendar');
  });

  expect(scan.scanned.length).toBeGreaterThanOrEqual(22);
  expect(scan.findings, `axe found problems:\n${scan.report()}`).toEqual([]);
});
