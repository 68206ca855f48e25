import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import {
  IDENTIFIED,
  REPORTED,
  chooseOption,
  choosePartnerFile,
  downloadPartnerFiles,
  figuresPart,
  fileOf,
  fillAsPartner,
  linesWithSmallCounts,
  makeAnnualReport,
  openAnnualReport,
  openDataPage,
  openDataReview,
  openEntryForm,
  startWithChildWelfarePartners,
} from './dataSteps';

const LANE = 'Lane County Child Welfare';
const DOUGLAS = 'Douglas County Child and Family Services';
const WITHIN_24 = 'Reported to law enforcement within 24 hours';
/** A coordinator's own measure, 90 characters long. */
const LONG_MEASURE = 'Youth returned from a missing-from-care episode who were screened and debriefed within a day';

/** The words the at-a-glance chart's axis draws, line by line, joined with spaces. */
async function glanceAxisWords(page: Page): Promise<string> {
  const glance = page.getByRole('figure', { name: 'All measures at a glance' });
  await expect(glance.locator('svg tspan').first()).toBeVisible();
  return (await glance.locator('svg tspan').allTextContents()).join(' ').replace(/\s+/g, ' ');
}

test('the data journey: two partners report for the P.L. 113-183 set (one by its file, one by hand), the trends are reviewed and the annual report shows no small figure', async ({
  page,
  app,
}) => {
  test.setTimeout(480_000);
  await startWithChildWelfarePartners(page, app.url, [LANE, DOUGLAS]);
  const { dialog, files } = await downloadPartnerFiles(page, [LANE, DOUGLAS]);
  expect(files.size).toBe(2);

  // Lane fills its file in a spreadsheet (9 reported: a small number) and sends it back; it is previewed, then imported.
  const lane = fileOf(files, LANE);
  const returned = await fillAsPartner(
    lane.bytes,
    {
      [`${IDENTIFIED} | Total (youth)`]: 12,
      [`${IDENTIFIED} | Confirmed or suspected: Confirmed`]: 8,
      [`${IDENTIFIED} | Confirmed or suspected: Suspected`]: 4,
      [`${REPORTED} | Total (youth)`]: 9,
    },
    'Two offices reporting.',
  );
  const preview = await choosePartnerFile(page, dialog, LANE, { name: lane.name, buffer: returned });
  await expect(preview.getByRole('row', { name: new RegExp(IDENTIFIED) })).toContainText('12 youth');
  await dialog.getByRole('button', { name: 'Import 2 figures' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(LANE) }).getByText('2 of 10')).toBeVisible();

  // Douglas sends its figures by email: the coordinator types them in.
  const entry = await openEntryForm(page, DOUGLAS);
  await entry.getByRole('group', { name: IDENTIFIED }).getByLabel('Total (youth)').fill('25');
  await entry.getByRole('group', { name: REPORTED }).getByLabel('Total (youth)').fill('23');
  await entry.getByRole('group', { name: WITHIN_24 }).getByLabel('Total (youth)').fill('18');
  await entry.getByRole('button', { name: 'Submit figures' }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(DOUGLAS) }).getByText('3 of 10')).toBeVisible();

  // The trends, as anyone may see them: both partners together, Lane's small count and Douglas's that would give it away hidden.
  await openDataReview(page);
  await expect(page.getByRole('figure', { name: `${IDENTIFIED}: all organizations` })).toContainText(/: 37 youth in Q\d \d{4}/, { timeout: 60_000 });
  // Every measure's name is whole on the at-a-glance axis (wrapped, not cut).
  const axis = await glanceAxisWords(page);
  for (const name of [IDENTIFIED, REPORTED, WITHIN_24, 'Episodes ended (youth located or returned)']) expect(axis).toContain(name);
  await screenshot(page, 'data-journey-01-review');
  await chooseOption(page, 'Measure', REPORTED);
  const byOrganization = page.getByRole('figure', { name: `${REPORTED}: by organization` });
  await byOrganization.getByRole('button', { name: 'Show as table' }).click();
  const table = byOrganization.getByRole('table', { name: `${REPORTED}: by organization` });
  await expect(table.getByRole('row', { name: new RegExp(LANE) })).toContainText('hidden');
  await expect(table.getByRole('row', { name: new RegExp(LANE) })).not.toContainText(/\b9\b/);
  await expect(table.getByRole('row', { name: new RegExp(DOUGLAS) })).not.toContainText(/\b23\b/);
  await expect(table.getByRole('row', { name: /All organizations/ })).toContainText('32');

  // The annual report, read back: no small count and no figure that would give one away.
  await openDataPage(page);
  const { text } = await makeAnnualReport(page, await openAnnualReport(page));
  const data = figuresPart(text);
  for (const name of [IDENTIFIED, REPORTED, LANE, DOUGLAS]) expect(data).toContain(name);
  expect(data).toContain('37');
  expect(linesWithSmallCounts(data)).toEqual([]);
  const reported = data.slice(data.indexOf(`${REPORTED}\nDefinition:`), data.indexOf(WITHIN_24, data.indexOf(`${REPORTED}\nDefinition:`)));
  expect(reported).toContain('hidden');
  expect(reported).toContain('32');
  expect(reported).not.toMatch(/(?<![\w.,'-])(9|23)(?![\w.,-])/);

  // A coordinator's own measure with a long name: the axis wraps it, the table view gives it whole.
  await page.getByRole('tab', { name: 'Measures' }).click();
  await page.getByRole('button', { name: 'Add a measure' }).click();
  const form = page.getByRole('dialog', { name: 'Add a measure' });
  await form.getByLabel('Name').fill(LONG_MEASURE);
  await form.getByLabel('Definition').fill('Returns screened and debriefed within 24 hours of the youth coming back.');
  await form.getByLabel('Unit').fill('youth');
  await form.getByRole('button', { name: 'Add measure' }).click();
  await expect(form).toBeHidden();
  await openDataReview(page);
  expect(await glanceAxisWords(page)).toContain('Youth returned from a');
  await screenshot(page, 'data-journey-02-long-measure-name');
  const glance = page.getByRole('figure', { name: 'All measures at a glance' });
  await glance.getByRole('button', { name: 'Show as table' }).click();
  await expect(glance.getByRole('table', { name: 'All measures at a glance' })).toContainText(LONG_MEASURE);
});
