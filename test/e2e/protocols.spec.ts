import { expect, screenshot, test } from './fixtures';
import { createSample, expectNoHorizontalOverflow } from './journeySteps';
import { addParty, choose, expectDashboardReview, expectRegisterRow, recordSignature } from './planSteps';

const PROTOCOL = 'Runaway and missing youth response protocol of the Riverbend County partners, revised after the 2026 debrief';
const CHILD_WELFARE = 'Riverbend County Department of Children and Families';
const POLICE = 'Riverbend Police Department, Special Victims Unit';

test('a coordinator adopts a protocol at a meeting with two parties, one signs, and the dashboard shows the missing signature and the review date', async ({
  page,
  app,
}) => {
  // The sample coalition and a dozen saves, on a machine that may be busy.
  test.setTimeout(300_000);
  await page.goto(app.url);
  await createSample(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Protocols & agreements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protocols & agreements' })).toBeVisible();
  // The sample coalition's register: five protocols and agreements in different states.
  await expect(page.getByRole('row').filter({ hasText: 'Hotel partnership MOU' })).toContainText('Draft');
  await expect(page.getByRole('row').filter({ hasText: 'Screening and referral protocol' })).toBeVisible();
  await screenshot(page, 'protocols-01-sample');

  await test.step('add the protocol with the sectors that must sign and the duty it serves', async () => {
    await page.getByRole('button', { name: 'Add protocol or agreement' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add protocol or agreement' });
    await dialog.getByLabel('Title').fill(PROTOCOL);
    await choose(page, 'What the protocol covers', 'Locating youth missing from care');
    for (const sector of ['Child welfare', 'Law enforcement, juvenile justice and probation', 'Education']) {
      await dialog.getByRole('combobox', { name: 'Sectors that must be party' }).fill(sector);
      await page.getByRole('option', { name: sector, exact: true }).click();
    }
    await dialog.getByLabel('Locate youth missing from care').check();
    await screenshot(page, 'protocols-02-add-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: PROTOCOL })).toBeVisible();
  });

  await test.step('two parties, one with its signatory; the missing sector is named', async () => {
    await addParty(page, CHILD_WELFARE);
    await addParty(page, POLICE);
    await page.getByRole('combobox', { name: `Signatory for ${CHILD_WELFARE}` }).click();
    await page.getByRole('option').nth(1).click();
    await expect(page.getByRole('alert', { name: 'Required sectors not yet parties' })).toContainText('Education');
  });

  await test.step('review, then adoption by the decision of the meeting that adopted it', async () => {
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('button', { name: 'Record adoption' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record adoption of version 1' });
    await choose(page, 'Decision that adopted it', /Adopt the runaway response protocol/);
    await expect(dialog.getByRole('combobox', { name: 'Adopted at meeting' })).not.toHaveText(/Not at a meeting/);
    await screenshot(page, 'protocols-03-adoption', { fullPage: false });
    await dialog.getByRole('button', { name: 'Record adoption' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('listitem', { name: 'Version 1' }).getByText(/^Decision: Adopt the runaway response protocol/)).toBeVisible();
  });

  await test.step('one party signs', async () => {
    await recordSignature(page, CHILD_WELFARE, '1');
    await expect(page.getByRole('list', { name: 'Parties' }).getByText(/^Signed /)).toBeVisible();
    await expect(page.getByText('Signed by 1 of 2 parties')).toBeVisible();
    await screenshot(page, 'protocols-04-detail');
  });

  await test.step('the register and the dashboard show who has not signed and when it is reviewed', async () => {
    const row = await expectRegisterRow(page, PROTOCOL, { unsigned: POLICE, signed: CHILD_WELFARE });
    await expect(row).toContainText('Education');
    await screenshot(page, 'protocols-05-register');
    await expectDashboardReview(page, PROTOCOL, POLICE);
    await screenshot(page, 'protocols-06-dashboard');
  });

  await test.step('a narrow window keeps the long names inside the page', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    await page.getByRole('link', { name: PROTOCOL }).click();
    await expect(page.getByRole('heading', { level: 1, name: PROTOCOL })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'protocols-07-narrow-detail');
  });
});
