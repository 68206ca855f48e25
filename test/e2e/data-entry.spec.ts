import { expect, screenshot, test } from './fixtures';
import { IDENTIFIED, openDataPage, openEntryForm, switchOnChildWelfareSet } from './dataSteps';
import { addMember, addOrganization, openPage } from './directorySteps';
import { createWorkspace, expectNoHorizontalOverflow } from './journeySteps';

const ORGANIZATION = 'Lane County Child Welfare';

test('a coordinator switches on the P.L. 113-183 set, enters a quarter by hand, and sees a correction in the history', async ({ page, app }) => {
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'rivers meet below the old mill' });
  await openPage(page, 'Organizations');
  await addOrganization(page, { name: ORGANIZATION, sector: 'Child welfare', kind: 'Public agency' });
  await addOrganization(page, { name: 'Eugene Police Department', sector: 'Law enforcement, juvenile justice and probation', kind: 'Public agency' });
  await openPage(page, 'Members');
  await addMember(page, { fullName: 'Rosa Delgado', organization: ORGANIZATION });

  await openDataPage(page);
  await expect(page.getByRole('heading', { name: 'Choose what the coalition counts' })).toBeVisible();
  await screenshot(page, 'data-01-empty');
  await switchOnChildWelfareSet(page);
  await expect(page.getByRole('row', { name: /Eugene Police Department/ }).getByText('Nothing owed')).toBeVisible();

  let dialog = await openEntryForm(page, ORGANIZATION);
  const identified = dialog.getByRole('group', { name: IDENTIFIED });
  await identified.getByLabel('Total (youth)').fill('12');
  await identified.getByRole('button', { name: 'Breakdowns' }).click();
  await identified.getByLabel(`${IDENTIFIED}: Confirmed or suspected: Confirmed`).fill('8');
  await identified.getByLabel(`${IDENTIFIED}: Confirmed or suspected: Suspected`).fill('3');
  await dialog.getByRole('group', { name: 'Identified youth reported to law enforcement' }).getByLabel('Total (youth)').fill('9');
  await dialog.getByRole('group', { name: 'Reported to law enforcement within 24 hours' }).getByLabel('Total (youth)').fill('7');
  await dialog.getByLabel('Note on this submission (optional)').fill('Checked by Rosa Delgado');
  await dialog.getByRole('button', { name: 'Submit figures' }).click();
  await expect(identified.getByText('Confirmed or suspected adds up to 11, but the total is 12.', { exact: false })).toBeVisible();
  await expect(dialog.getByText('The note has the name of a person on the roster.', { exact: false })).toBeVisible();
  await screenshot(page, 'data-02-entry-refused', { fullPage: false });

  await identified.getByLabel(`${IDENTIFIED}: Confirmed or suspected: Suspected`).fill('4');
  await dialog.getByLabel('Note on this submission (optional)').fill('Two offices reporting; missing means 24 hours or more.');
  await dialog.getByRole('button', { name: 'Submit figures' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(ORGANIZATION) });
  await expect(row.getByText('3 of 10')).toBeVisible();
  await expect(row.getByText(/^Submitted/)).toBeVisible();
  await screenshot(page, 'data-03-overview');

  await row.getByRole('button', { name: `Enter figures for ${ORGANIZATION}` }).click();
  dialog = page.getByRole('dialog', { name: new RegExp(`^${ORGANIZATION}: Q`) });
  const again = dialog.getByRole('group', { name: IDENTIFIED });
  await again.getByLabel('Total (youth)').fill('14');
  await again.getByLabel(`${IDENTIFIED}: Confirmed or suspected: Confirmed`).fill('10');
  await dialog.getByLabel('Why the figures change').fill('Late records from the east office');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();

  await row.getByRole('button', { name: `Enter figures for ${ORGANIZATION}` }).click();
  const history = page.getByRole('list', { name: 'Corrections' });
  await expect(history.getByText(`${IDENTIFIED}: 12 → 14`)).toBeVisible();
  await expect(history.getByText(/Late records from the east office/)).toBeVisible();
  await screenshot(page, 'data-04-correction-history', { fullPage: false });
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.setViewportSize({ width: 420, height: 900 });
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'data-05-narrow');
  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByRole('table', { name: 'Measures in use' }).getByText(IDENTIFIED)).toBeVisible();
  await screenshot(page, 'data-06-measures-narrow');
});
