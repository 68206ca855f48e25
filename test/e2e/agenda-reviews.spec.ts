import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfPages } from '../unit/support/pdfPages';
import { expect, screenshot, test } from './fixtures';
import { createWorkspace } from './journeySteps';
import { currentItemHeading, dayFromToday, pick, planMeeting, runShortcut, startMeetingAheadOfItsDate } from './meetingSteps';

const MEETING = 'April coalition meeting';
const GOAL = 'Every shelter can screen a youth for trafficking';
const OBJECTIVE = 'Train every shelter on the screening tool';
const NOTE = 'Two shelters postponed their training to May.';
const MEASURE = 'Youth identified as sex trafficking victims';

const openPage = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true }).click();

test('a facilitator reviews the plan and the data at a meeting, and both land in the plan and the record', async ({ page, app }) => {
  test.setTimeout(300_000);
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Lane County Youth Safety Coalition', state: 'Oregon', passphrase: 'the plan walked through slowly' });

  await test.step('a goal with an objective, a meeting planned, and a plan review added to it from the Plan page', async () => {
    await openPage(page, 'Meetings');
    await planMeeting(page, { title: MEETING, date: dayFromToday(3) });
    await openPage(page, 'Plan');
    await page.getByRole('button', { name: 'Add goal' }).first().click();
    const goalDialog = page.getByRole('dialog', { name: 'Add goal' });
    await goalDialog.getByRole('textbox', { name: 'Goal', exact: true }).fill(GOAL);
    await goalDialog.getByRole('button', { name: 'Save' }).click();
    const goal = page.getByRole('region', { name: `Goal 1: ${GOAL}` });
    await goal.getByRole('button', { name: 'Add objective' }).click();
    const objectiveDialog = page.getByRole('dialog', { name: 'Add objective' });
    await objectiveDialog.getByRole('textbox', { name: 'Objective', exact: true }).fill(OBJECTIVE);
    await objectiveDialog.getByLabel('Measure').fill('Shelters trained');
    await objectiveDialog.getByLabel('Target', { exact: true }).fill('12');
    await objectiveDialog.getByRole('button', { name: 'Save' }).click();
    await expect(objectiveDialog).toBeHidden();
    await page.getByRole('button', { name: 'Add plan review to next meeting' }).click();
    await expect(page.getByText(`Plan review added to "${MEETING}"`)).toBeVisible();
  });

  await test.step('a data review with one measure on the same agenda', async () => {
    await openPage(page, 'Data');
    await page.getByLabel('P.L. 113-183 (child welfare duties)').click();
    await expect(page.getByRole('tab', { name: 'Figures' })).toBeVisible();
    await openPage(page, 'Meetings');
    await page
      .getByRole('link', { name: new RegExp(MEETING) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Add review' }).click();
    await page.getByRole('menuitem', { name: /^Data review/ }).click();
    const agenda = page.getByRole('list', { name: 'Agenda' });
    await expect(agenda.getByText('Data review', { exact: true }).first()).toBeVisible();
    await expect(agenda.getByText('Plan review', { exact: true }).first()).toBeVisible();
  });

  await test.step('during the meeting: an update for the objective, then the snapshot', async () => {
    await startMeetingAheadOfItsDate(page);
    await expect(currentItemHeading(page, 1, 'Plan review')).toBeVisible();
    const review = page.getByRole('region', { name: 'Plan review' });
    await expect(review.getByRole('article', { name: OBJECTIVE })).toBeVisible();
    const form = review.getByRole('form', { name: `Record an update for ${OBJECTIVE}` });
    await form.getByRole('combobox', { name: 'Status now' }).click();
    await page.getByRole('option', { name: 'At risk' }).click();
    await form.getByLabel('Value counted (optional)').fill('3');
    await form.getByLabel('Note for the minutes').fill(NOTE);
    await form.getByRole('button', { name: 'Record update' }).click();
    await expect(review.getByText(`Recorded here: At risk, value 3 – ${NOTE}`)).toBeVisible();
    await screenshot(page, 'agenda-review-plan', { fullPage: false });

    await runShortcut(page, 'N');
    await expect(currentItemHeading(page, 2, 'Data review')).toBeVisible();
    const data = page.getByRole('region', { name: 'Data review' });
    await data.getByLabel('From').fill('2026-Q1');
    await data.getByLabel('To').fill('2026-Q2');
    await pick(page, data.getByRole('combobox', { name: 'Measures' }), 'identified', MEASURE);
    await data.getByRole('button', { name: 'Take snapshot' }).click();
    const table = data.getByRole('table', { name: 'Data snapshot' });
    await expect(table.getByRole('columnheader', { name: new RegExp(MEASURE) })).toBeVisible();
    await expect(table.getByRole('row', { name: /Total/ })).toBeVisible();
    await expect(data.getByRole('button', { name: 'Take the snapshot again' })).toBeVisible();
    await screenshot(page, 'agenda-review-data', { fullPage: false });
  });

  await test.step('the update is on the Plan page and both reviews are in the exported record', async () => {
    await openPage(page, 'Plan');
    await page.getByRole('button', { name: OBJECTIVE }).first().click();
    const drawer = page.getByRole('dialog', { name: OBJECTIVE });
    await expect(drawer.getByText(NOTE)).toBeVisible();
    await drawer.getByRole('button', { name: 'Close' }).click();

    await openPage(page, 'Meetings');
    await page
      .getByRole('link', { name: new RegExp(MEETING) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Export record…' }).click();
    const options = page.getByRole('dialog', { name: 'Export the record of this meeting' });
    const [download] = await Promise.all([page.waitForEvent('download'), options.getByRole('button', { name: 'Export' }).click()]);
    const ready = page.getByRole('dialog', { name: 'Export ready' });
    await expect(ready).toBeVisible();
    await ready.getByRole('button', { name: 'Close' }).click();
    const text = pdfPages(fs.readFileSync(await download.path()))
      .join('\n')
      .replace(/\s+/g, ' ');
    // Table cells wrap, so the record is read by words that stay on one line.
    for (const line of [
      'Plan updates recorded at this meeting',
      'Train every shelter',
      'At risk 3',
      'Two shelters postponed',
      'Data snapshot',
      `${MEASURE} (youth)`,
      'Q1 2026',
      'Total no figures',
    ])
      expect(text).toContain(line);
  });
});
