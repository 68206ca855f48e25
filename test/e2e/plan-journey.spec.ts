import fs from 'node:fs';
import type { Download } from '@playwright/test';
import { pdfPages } from '../unit/support/pdfPages';
import { textPdf } from '../unit/support/documentFixtures';
import { expect, screenshot, test } from './fixtures';
import { addMember, addOrganization, openPage } from './directorySteps';
import { createWorkspace, expectNoHorizontalOverflow } from './journeySteps';
import {
  addActionItem,
  addAgendaItem,
  confirm,
  currentItemHeading,
  dayFromToday,
  invite,
  markAttendance,
  openMeetingTab,
  pick,
  planMeeting,
  recordDecision,
  runShortcut,
} from './meetingSteps';
import {
  addFile,
  addGoal,
  addObjective,
  addParty,
  choose,
  expectDashboardReview,
  expectRegisterRow,
  exportComplianceSummary,
  exportPlan,
  logTraining,
  recordSignature,
  setServedDuty,
} from './planSteps';

// The one journey (issue 13): a new coalition writes its plan, adopts a protocol at a meeting, logs a training,
// and shows its work on the Six duties checklist, in the plan export and in the compliance summary.
const COALITION = 'Lane County Youth Safety Coalition';
const CHILD_WELFARE = 'Lane County Child Welfare';
const SHERIFF = 'Lane County Sheriff';
const GOAL = 'Youth who run from care are found quickly and served when they return';
const MEASURED = 'Report every youth missing from care within 24 hours';
const FOLLOWED = 'Put the runaway response protocol into practice';
const MEETING = 'Runaway protocol adoption meeting';
const AGENDA_ITEM = 'Runaway response protocol';
const DECISION = 'Adopt the runaway response protocol';
const ACTION = { title: 'Draft the after-hours call tree', owner: 'Ana Muñoz', dueOn: dayFromToday(14) };
const PROTOCOL = 'Runaway and missing youth response protocol';
const TRAINING = 'Recognizing trafficking at the front desk';
const LOCATE = 'Locate youth missing from care';
const REPORT_MISSING = 'Report missing or abducted youth';
const IDENTIFY = 'Identify, document and serve';

/** An exported PDF's words as pdftotext reads them, a long line wrapped or not. */
async function pdfWords(download: Download): Promise<string> {
  return pdfPages(fs.readFileSync(await download.path()))
    .join('\n')
    .replace(/\s+/g, ' ');
}

test('a coordinator writes the plan, adopts a protocol at a meeting, logs a training and shows it all in the checklist and the exports', async ({
  page,
  app,
}) => {
  // Some fifty saves and two PDFs, on a two-core machine shared with others.
  test.setTimeout(600_000);
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: 'a plan kept by the river' });
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });

  await test.step('the roster: two agencies and their representatives', async () => {
    await openPage(page, 'Organizations');
    await addOrganization(page, { name: CHILD_WELFARE, sector: 'Child welfare', kind: 'Public agency' });
    await addOrganization(page, { name: SHERIFF, sector: 'Law enforcement, juvenile justice and probation', kind: 'Public agency' });
    await openPage(page, 'Members');
    await addMember(page, { fullName: 'Ana Muñoz', organization: CHILD_WELFARE, role: 'primary', voting: true });
    await addMember(page, { fullName: 'Dana Whitfield', organization: SHERIFF, role: 'primary', voting: true });
  });

  await test.step('a goal with two objectives', async () => {
    await openPage(page, 'Plan');
    const goal = await addGoal(page, GOAL, 1);
    await addObjective(page, goal, async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Objective', exact: true }).fill(MEASURED);
      await dialog.getByLabel('Measure').fill('Reports made within 24 hours, per cent');
      await dialog.getByLabel('Baseline').fill('40');
      await dialog.getByLabel('Target', { exact: true }).fill('90');
    });
    await addObjective(page, goal, async (dialog) => {
      await dialog.getByRole('textbox', { name: 'Objective', exact: true }).fill(FOLLOWED);
      await dialog.getByRole('radio', { name: 'Follows linked action items' }).check();
    });
    await expect(goal.getByRole('button', { name: MEASURED })).toBeVisible();
    await expect(goal.getByRole('button', { name: FOLLOWED })).toBeVisible();
  });

  await test.step('the meeting that adopts the protocol: a decision and an action item', async () => {
    await openPage(page, 'Meetings');
    await planMeeting(page, { title: MEETING, date: dayFromToday(0), facilitator: 'Ana Muñoz' });
    await addAgendaItem(page, { title: AGENDA_ITEM, type: 'Decision', minutes: 30 });
    // Only people marked present can move and second a motion.
    await openMeetingTab(page, 'Attendance');
    await invite(page, { organizations: [CHILD_WELFARE, SHERIFF] });
    await markAttendance(page.getByRole('main'), 'Ana Muñoz', 'Present');
    await markAttendance(page.getByRole('main'), 'Dana Whitfield', 'Present');
    // Planned for today: it starts without asking.
    await page.getByRole('button', { name: 'Start meeting' }).click();
    await expect(currentItemHeading(page, 1, AGENDA_ITEM)).toBeVisible();
    await runShortcut(page, 'D');
    await recordDecision(page, {
      text: DECISION,
      movedBy: 'Ana Muñoz',
      secondedBy: 'Dana Whitfield',
      votes: { for: 2, against: 0, abstained: 0 },
      outcome: 'Adopted',
    });
    await runShortcut(page, 'A');
    await addActionItem(page, ACTION);
    await expect(page.getByRole('region', { name: 'Captured on this item' }).getByText(ACTION.title)).toBeVisible();
    await page.getByRole('button', { name: 'Finish meeting' }).click();
    await confirm(page, 'Finish the meeting?', 'Finish meeting');
    await expect(page.getByRole('heading', { level: 1, name: MEETING })).toBeVisible();
  });

  await test.step('the meeting says which duty it serves, from its own page', async () => {
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('Serves no duty of P.L. 113-183 yet')).toBeVisible();
    await details.getByRole('button', { name: 'Serves duty…' }).click();
    await screenshot(page, 'plan-journey-01-serves-duty-menu', { fullPage: false });
    await page.keyboard.press('Escape');
    await setServedDuty(page, details, LOCATE, true);
    await screenshot(page, 'plan-journey-02-meeting-serves');
  });

  await test.step('the action item serves the second objective and a duty', async () => {
    await openPage(page, 'Plan');
    await page.getByRole('button', { name: FOLLOWED }).click();
    const drawer = page.getByRole('dialog', { name: FOLLOWED });
    await pick(page, drawer.getByLabel('Link an action item'), 'call tree', ACTION.title);
    await expect(drawer.getByText('0%: 0 of 1 linked action item done').first()).toBeVisible();
    await drawer.getByRole('button', { name: 'Close' }).click();

    await openPage(page, 'Action items');
    await page.getByRole('grid', { name: 'Action items' }).getByRole('gridcell', { name: ACTION.title }).click();
    const panel = page.getByRole('dialog', { name: ACTION.title });
    await expect(panel.getByRole('list', { name: 'Serves plan objectives' }).getByRole('link', { name: FOLLOWED })).toBeVisible();
    await setServedDuty(page, panel, REPORT_MISSING, true);
    await screenshot(page, 'plan-journey-03-action-item-serves', { fullPage: false });
    await panel.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the protocol: two parties, adopted by the meeting’s decision, one signs, its PDF attached', async () => {
    await openPage(page, 'Protocols & agreements');
    await page.getByRole('button', { name: 'Add protocol or agreement' }).first().click();
    const form = page.getByRole('dialog', { name: 'Add protocol or agreement' });
    await form.getByLabel('Title').fill(PROTOCOL);
    await choose(page, 'What the protocol covers', 'Locating youth missing from care');
    await form.getByLabel(LOCATE).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: PROTOCOL })).toBeVisible();

    await addParty(page, CHILD_WELFARE);
    await addParty(page, SHERIFF);
    await choose(page, `Signatory for ${CHILD_WELFARE}`, 'Ana Muñoz');
    await choose(page, `Signatory for ${SHERIFF}`, 'Dana Whitfield');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('button', { name: 'Record adoption' }).click();
    const adoption = page.getByRole('dialog', { name: 'Record adoption of version 1' });
    await choose(page, 'Decision that adopted it', new RegExp(`^${DECISION} \\(${MEETING}`));
    await expect(adoption.getByRole('combobox', { name: 'Adopted at meeting' })).toHaveText(new RegExp(MEETING));
    await adoption.getByRole('button', { name: 'Record adoption' }).click();
    await expect(adoption).toBeHidden();
    const version = page.getByRole('listitem', { name: 'Version 1' });
    await expect(version.getByRole('link', { name: MEETING })).toBeVisible();

    await recordSignature(page, CHILD_WELFARE, '1');
    await expect(version.getByText('Signed by 1 of 2 parties')).toBeVisible();
    const pdf = await textPdf([[PROTOCOL, 'Version 1, as adopted by the coalition.', 'Signed for Lane County Child Welfare by Ana Muñoz.']]);
    await addFile(page, version.getByRole('region', { name: 'Documents of version 1' }), {
      name: 'Runaway response protocol, signed.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await screenshot(page, 'plan-journey-04-protocol');
  });

  await test.step('the register names who has not signed; the dashboard shows the review date', async () => {
    await expectRegisterRow(page, PROTOCOL, { unsigned: SHERIFF, signed: CHILD_WELFARE });
    await expectDashboardReview(page, PROTOCOL, SHERIFF);
    await screenshot(page, 'plan-journey-05-dashboard');
  });

  await test.step('a training of 40 hotel staff', async () => {
    await navigation.getByRole('link', { name: 'Trainings & outreach' }).click();
    await logTraining(page, {
      title: TRAINING,
      day: dayFromToday(-3),
      sector: 'Businesses where trafficking can happen',
      audience: 'Hotel front desk staff',
      numberTrained: 40,
      duty: IDENTIFY,
    });
    await expect(page.getByRole('article', { name: TRAINING })).toContainText('40 trained');
  });

  await test.step('the Six duties checklist shows the protocol, the meeting, the action item and the training', async () => {
    await openPage(page, 'Six duties');
    const locate = page.getByRole('article', { name: LOCATE });
    await expect(locate).toContainText(`Met: protocol '${PROTOCOL}' adopted`);
    await expect(locate.getByRole('region', { name: `Linked to “${LOCATE}”` }).getByRole('link', { name: MEETING })).toBeVisible();
    await expect(page.getByRole('article', { name: REPORT_MISSING }).getByRole('region', { name: `Linked to “${REPORT_MISSING}”` })).toContainText(
      ACTION.title,
    );
    // A training without an adopted protocol of its own duty: partly met.
    await expect(page.getByRole('article', { name: IDENTIFY })).toContainText(`Training: ${TRAINING}`);
    await expect(page.getByRole('article', { name: IDENTIFY }).getByText('Partly met', { exact: true })).toBeVisible();
    await screenshot(page, 'plan-journey-06-duties');
  });

  await test.step('the compliance summary, read back', async () => {
    const text = await pdfWords(await exportComplianceSummary(page));
    expect(text).toContain(`4. ${LOCATE}: Met`);
    expect(text).toContain(PROTOCOL);
    expect(text).toContain('(40 trained)');
    expect(text).toContain(MEETING);
    expect(text).toContain(ACTION.title);
  });

  await test.step('the plan export, read back', async () => {
    await openPage(page, 'Plan');
    const text = await pdfWords(await exportPlan(page, /^PDF/));
    expect(text).toContain(`Goal 1: ${GOAL}`);
    expect(text).toContain(MEASURED);
    expect(text).toContain(FOLLOWED);
    expect(text).toContain('0 of 1 linked action item done');
  });

  await test.step('a narrow window keeps the meeting page and its duties inside the page', async () => {
    await page.setViewportSize({ width: 420, height: 900 });
    await openPage(page, 'Meetings');
    await page
      .getByRole('link', { name: new RegExp(MEETING) })
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('list', { name: 'Duties served' })).toContainText(LOCATE);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'plan-journey-07-meeting-narrow');
  });
});
