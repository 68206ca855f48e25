import { expect, screenshot, test } from './fixtures';
import { IDENTIFIED, figuresPart, linesWithSmallCounts, makeAnnualReport, openAnnualReport, openDataPage } from './dataSteps';
import { createSample } from './journeySteps';

test("a coordinator writes the narrative and exports the annual report of the sample's figures, with no small figure in it", async ({ page, app }) => {
  test.setTimeout(360_000);
  await page.goto(app.url);
  await createSample(page);
  await openDataPage(page);
  // The sample's partners have reported two years of figures, small ones among them (its P.L. 113-183 set is on).
  await expect(page.getByRole('tab', { name: 'Figures' })).toBeVisible();

  const dialog = await openAnnualReport(page, {
    Introduction: 'Our coalition’s year, in figures and in words.',
    Challenges: 'Two partners changed their reporting systems.',
  });
  await expect(dialog.getByRole('region', { name: 'What the report will hold' })).toContainText(/\d+ measures? with figures in the period/);
  await screenshot(page, 'annual-report-dialog', { fullPage: false });
  await dialog.getByRole('button', { name: 'Save narrative' }).click();
  await expect(dialog.getByRole('button', { name: 'Save narrative' })).toBeDisabled();

  const { text, fileName } = await makeAnnualReport(page, dialog);
  expect(fileName).toMatch(/annual report \d{4}-01-01 to \d{4}-\d{2}-\d{2} .*\.pdf$/);
  for (const words of [
    'Annual report',
    'Our coalition’s year, in figures and in words.',
    'Two partners changed their reporting systems.',
    'Membership by sector',
    'Data: what partners counted',
    IDENTIFIED,
  ])
    expect(text).toContain(words);
  const data = figuresPart(text);
  expect(data).toContain('hidden');
  expect(linesWithSmallCounts(data)).toEqual([]);

  // The narrative is kept with the report's period: opening the dialog again shows it.
  const again = await openAnnualReport(page);
  await expect(again.getByLabel('Introduction')).toHaveValue('Our coalition’s year, in figures and in words.');
});
