import { expect, screenshot, test } from './fixtures';
import { IDENTIFIED, choosePartnerFile, downloadPartnerFiles, fileOf, fillAsPartner, startWithChildWelfarePartners } from './dataSteps';
import { expectNoHorizontalOverflow } from './journeySteps';

const LANE = 'Lane County Child Welfare';
const DOUGLAS = 'Douglas County Child and Family Services, Southern Oregon Region';

test('a coordinator sends fill-in files to two partners, imports the one returned, and sees its figures', async ({ page, app }) => {
  test.slow();
  await startWithChildWelfarePartners(page, app.url, [LANE, DOUGLAS]);
  const { dialog, fileName, files } = await downloadPartnerFiles(page, [LANE, DOUGLAS], 'data-partner-01-choose');
  expect(fileName).toMatch(/partner files 20\d\d-Q\d .*\.zip$/);
  expect(files.size).toBe(2);
  const { name: laneName, bytes: template } = fileOf(files, LANE);
  const returned = await fillAsPartner(
    template,
    {
      [`${IDENTIFIED} | Total (youth)`]: 12,
      [`${IDENTIFIED} | Confirmed or suspected: Confirmed`]: 8,
      [`${IDENTIFIED} | Confirmed or suspected: Suspected`]: 4,
      ['Identified youth reported to law enforcement | Total (youth)']: 9,
    },
    'Two offices reporting.',
  );

  const figures = await choosePartnerFile(page, dialog, LANE, { name: laneName, buffer: returned });
  await expect(figures.getByRole('row', { name: new RegExp(IDENTIFIED) })).toContainText('12 youth');
  await expect(figures.getByRole('row', { name: /reported to law enforcement/ })).toContainText('New');
  await expect(dialog.getByText('Note: Two offices reporting.')).toBeVisible();
  await screenshot(page, 'data-partner-02-preview', { fullPage: false });
  await dialog.getByRole('button', { name: 'Import 2 figures' }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(LANE) });
  await expect(row.getByText('2 of 10')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(DOUGLAS) }).getByText('0 of 10')).toBeVisible();
  await row.getByRole('button', { name: `Enter figures for ${LANE}` }).click();
  const entry = page.getByRole('dialog', { name: new RegExp(`^${LANE}: Q`) });
  await expect(entry.getByRole('group', { name: IDENTIFIED }).getByLabel('Total (youth)')).toHaveValue('12');
  await entry.getByRole('button', { name: 'Cancel' }).click();

  await page.setViewportSize({ width: 420, height: 900 });
  await page.getByRole('button', { name: 'Partner files…' }).click();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'data-partner-03-narrow');
});
