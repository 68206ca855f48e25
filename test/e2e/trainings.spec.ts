import fs from 'node:fs';
import { pdfBytes } from '../unit/support/documentFixtures';
import { pdfPages, squeezed } from '../unit/support/pdfPages';
import { expect, screenshot, test } from './fixtures';
import { createSample } from './journeySteps';
import { addFile } from './planSteps';

const LONG_TITLE = 'Recognizing and responding to trafficking at the front desk, night audit and housekeeping: the Riverbend hospitality curriculum';

/** A calendar day a few days ago on this computer, inside any "last 12 months". */
function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

test('a coordinator logs a training of 40 hotel staff, sees the duty it serves, and exports the compliance summary', async ({ page, app }) => {
  // The sample coalition and a PDF of a year of its meetings take a while on a shared machine.
  test.setTimeout(300_000);
  await page.goto(app.url);
  await createSample(page);
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });

  await navigation.getByRole('link', { name: 'Trainings & outreach' }).click();
  // The sample coalition's year of trainings, the 40 hotel staff among them.
  await expect(page.getByRole('article', { name: 'Recognizing trafficking at the front desk', exact: true })).toContainText(
    '40 trained · 40 signed acknowledgments',
  );
  await screenshot(page, 'trainings-01-sample');

  await page.getByRole('button', { name: 'Log a training' }).first().click();
  const form = page.getByRole('dialog', { name: 'Log a training' });
  await form.getByLabel('Title').fill(LONG_TITLE);
  await form.getByLabel('Day of the training').fill(daysAgo(3));
  await form.getByLabel('Audience sectors').fill('Businesses where');
  await page.getByRole('option', { name: 'Businesses where trafficking can happen' }).click();
  await form.getByLabel('Audience detail').fill('Hotel front desk staff');
  await form.getByLabel('Number trained').fill('40');
  await form.getByLabel('Acknowledgments collected').check();
  await form.getByLabel('Signed acknowledgments').fill('41');
  await form.getByLabel('Identify, document and serve').check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('There cannot be more acknowledgments than people trained.')).toBeVisible();
  await form.getByLabel('Signed acknowledgments').fill('38');
  await screenshot(page, 'trainings-02-form', { fullPage: false });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  const row = page.getByRole('article', { name: LONG_TITLE });
  await expect(row).toContainText('40 trained · 38 signed acknowledgments');
  await expect(row).toContainText('Hotel front desk staff');
  await test.step('the training keeps its materials', async () => {
    await addFile(page, row.getByRole('region', { name: `Materials for ${LONG_TITLE}` }), {
      name: 'Front desk slides.pdf',
      mimeType: 'application/pdf',
      buffer: pdfBytes('slides'),
    });
  });
  const counts = page.getByRole('table', { name: 'By sector and quarter' });
  await expect(counts.getByRole('row', { name: /Businesses where trafficking can happen/ })).toContainText('1 training, 40 people');
  await screenshot(page, 'trainings-03-list');
  await page.setViewportSize({ width: 400, height: 900 });
  await screenshot(page, 'trainings-04-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });

  await navigation.getByRole('link', { name: 'Six duties' }).click();
  const duty = page.getByRole('article', { name: 'Identify, document and serve' });
  await expect(duty).toContainText(LONG_TITLE);
  // The sample's screening protocol (adopted) and its trainings meet the duty.
  await expect(duty).toContainText("Met: protocol 'Screening and referral protocol' adopted");
  await screenshot(page, 'duties-01-checklist');

  await page.getByRole('button', { name: 'Compliance summary' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compliance summary' });
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Make summary' }).click()]);
  await expect(page.getByRole('dialog', { name: 'Export ready' })).toBeVisible();
  expect(file.suggestedFilename()).toMatch(/compliance summary \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \d{4}-\d{2}-\d{2}\.pdf$/);
  const text = pdfPages(fs.readFileSync(await file.path()))
    .map(squeezed)
    .join('\n');
  expect(text).toContain('Compliance summary');
  expect(text).toContain('2. Identify, document and serve: Met');
  expect(text).toContain('(40 trained)');
  expect(text).toContain('Meetings and consultations');
});
