import { expect, screenshot, test } from './fixtures';
import { addMember, addOrganization, openPage } from './directorySteps';
import { createWorkspace } from './journeySteps';
import {
  addActionItem,
  addAgendaItem,
  agendaList,
  confirm,
  currentItemHeading,
  dayFromToday,
  invite,
  markAttendance,
  openMeetingTab,
  planMeeting,
  recordDecision,
  runShortcut,
  searchAndOpen,
  startMeetingAheadOfItsDate,
  writeNotes,
} from './meetingSteps';

const COALITION = 'Lane County Youth Safety Coalition';
const PASSPHRASE = 'minutes kept by the river';
const SERIES = 'Monthly coalition meeting';
const TEMPLATE = 'Monthly coalition agenda';
/** The standing items every monthly meeting has: saved from a first meeting's agenda as the template. */
const TEMPLATE_ITEMS = [
  { title: 'Welcome and introductions', type: 'Information', minutes: 10 },
  { title: 'Partner updates', type: 'Discussion', minutes: 30, description: 'Each agency: what changed since last month.' },
  { title: 'Protocols workgroup report', type: 'Discussion', minutes: 20 },
] as const;
/** This month's own item, added to the first meeting of the series; it is not finished and moves on. */
const SCREENING_TOOL = { title: 'Adopt the screening tool', type: 'Decision', minutes: 20 } as const;
const DECISION = 'Adopt the rapid screening tool for all intake staff from next quarter';
const ACTIONS = [
  { title: 'Draft the runaway protocol call tree', owner: 'Ana Muñoz', dueOn: dayFromToday(14) },
  { title: 'Collect shelter bed counts for winter', owner: 'Marcus Lee', dueOn: dayFromToday(21) },
];

test('a coordinator plans a monthly meeting from a template, runs it, and follows up at the next one', async ({ page, app }) => {
  // The whole loop in one journey takes over a minute; a busy two-core machine must not turn that into a timeout.
  test.slow();
  await page.goto(app.url);
  await createWorkspace(page, { name: COALITION, state: 'Oregon', passphrase: PASSPHRASE });

  await test.step('the roster: three organizations in different sectors and their people', async () => {
    await openPage(page, 'Organizations');
    await addOrganization(page, { name: 'Lane County Child Welfare', sector: 'Child welfare', kind: 'Public agency' });
    await addOrganization(page, { name: 'Riverside Youth Shelter', sector: 'Runaway and homeless youth services', kind: 'Nonprofit' });
    await addOrganization(page, { name: 'Lane County Sheriff', sector: 'Law enforcement, juvenile justice and probation', kind: 'Public agency' });
    await openPage(page, 'Members');
    await addMember(page, { fullName: 'Ana Muñoz', organization: 'Lane County Child Welfare', role: 'primary', voting: true });
    await addMember(page, { fullName: 'Marcus Lee', organization: 'Riverside Youth Shelter', role: 'primary', voting: true });
    await addMember(page, { fullName: 'Dana Whitfield', organization: 'Lane County Sheriff', role: 'primary', voting: true });
    await addMember(page, { fullName: 'Priya Shah', organization: 'Riverside Youth Shelter', role: 'alternate' });
  });

  await test.step('an agenda saved as a template', async () => {
    await openPage(page, 'Meetings');
    await expect(page.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
    await screenshot(page, 'meetings-01-list-empty');
    await planMeeting(page, { title: 'Agenda workshop', date: dayFromToday(2) });
    const [welcome, partners, protocols] = TEMPLATE_ITEMS;
    for (const item of [welcome, protocols, partners]) await addAgendaItem(page, item);
    // Partner updates belong before the workgroup's report.
    await page.getByRole('button', { name: `Move "${partners.title}" up` }).click();
    const items = agendaList(page).getByRole('listitem');
    await expect(items.nth(1)).toHaveAccessibleName(`2. ${partners.title}`);
    await expect(items.nth(2)).toHaveAccessibleName(`3. ${protocols.title}`);
    await expect(page.getByText('60 of 90 minutes planned')).toBeVisible();
    await screenshot(page, 'meetings-02-agenda-editor');
    await page.getByRole('button', { name: 'Save agenda as template' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save agenda as template' });
    await dialog.getByLabel('Template name').fill(TEMPLATE);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Template "${TEMPLATE}" saved.`)).toBeVisible();
  });

  await test.step('a monthly series planned from the template, with invitees', async () => {
    await openPage(page, 'Meetings');
    await planMeeting(page, {
      title: SERIES,
      date: dayFromToday(7),
      facilitator: 'Ana Muñoz',
      noteTaker: 'Priya Shah',
      monthlyCount: 3,
      template: `${TEMPLATE} (3 items)`,
    });
    await expect(page.getByRole('navigation', { name: 'Series' }).getByText('Meeting 1 of 3 in the series')).toBeVisible();
    await expect(agendaList(page).getByRole('listitem')).toHaveCount(3);
    await addAgendaItem(page, SCREENING_TOOL);
    await expect(page.getByText('80 of 90 minutes planned')).toBeVisible();
    await openMeetingTab(page, 'Attendance');
    await invite(page, { organizations: ['Lane County Child Welfare', 'Riverside Youth Shelter', 'Lane County Sheriff'] });
    await expect(page.getByText('4 on the list, 0 marked.')).toBeVisible();
    await screenshot(page, 'meetings-03-meeting-page');
    await openPage(page, 'Meetings');
    await expect(page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link', { name: new RegExp(SERIES) })).toHaveCount(3);
    await screenshot(page, 'meetings-04-list');
    await page
      .getByRole('list', { name: 'Upcoming meetings' })
      .getByRole('link', { name: new RegExp(SERIES) })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();
  });

  await test.step('run it: attendance with a substitute and a guest', async () => {
    await startMeetingAheadOfItsDate(page);
    await expect(page.getByRole('heading', { level: 1, name: `Running: ${SERIES}` })).toBeVisible();
    await expect(currentItemHeading(page, 1, TEMPLATE_ITEMS[0].title)).toBeVisible();
    await runShortcut(page, 'T');
    const attendance = page.getByRole('dialog', { name: 'Attendance' });
    await expect(attendance).toBeVisible();
    await markAttendance(attendance, 'Ana Muñoz', 'Present');
    await markAttendance(attendance, 'Marcus Lee', 'Remote');
    await markAttendance(attendance, 'Priya Shah', 'Present');
    await markAttendance(attendance, 'Dana Whitfield', 'Excused');
    await attendance.getByRole('button', { name: 'More for Dana Whitfield' }).click();
    await page.getByRole('menuitem', { name: 'Sent a substitute…' }).click();
    const substitute = page.getByRole('dialog', { name: 'Substitute for Dana Whitfield' });
    await substitute.getByRole('combobox', { name: 'Substitute' }).fill('Deputy Sam Ortiz');
    await substitute.getByRole('button', { name: 'Save' }).click();
    await expect(substitute).toBeHidden();
    await expect(attendance.getByText('Sent a substitute: Deputy Sam Ortiz')).toBeVisible();
    await attendance.getByRole('button', { name: 'Add guest' }).click();
    const guest = page.getByRole('dialog', { name: 'Add a guest' });
    await guest.getByLabel('Guest name').fill('Rosa Delgado');
    await guest.getByLabel('Organization').fill('Lane Community College');
    await guest.getByLabel('Sector').selectOption({ label: 'Education' });
    await guest.getByRole('button', { name: 'Add guest' }).click();
    await expect(guest).toBeHidden();
    await markAttendance(attendance, 'Rosa Delgado', 'Present');
    await expect(attendance.getByText('5 on the list, 5 marked.')).toBeVisible();
    await screenshot(page, 'meetings-05-attendance', { fullPage: false });
    await attendance.getByRole('button', { name: 'Close attendance' }).click();
    await expect(attendance).toBeHidden();
    await expect(page.getByRole('button', { name: /^Attendance \(4 of 5\)$/ })).toBeVisible();
  });

  await test.step('notes on two items, one confidential; a decision with a vote; two action items', async () => {
    const [, partners, protocols] = TEMPLATE_ITEMS;
    const current = page.getByRole('region', { name: 'Current item' });
    await runShortcut(page, 'N');
    await expect(currentItemHeading(page, 2, partners.title)).toBeVisible();
    await current.getByLabel('Confidential notes').check();
    await expect(current.getByText('CONFIDENTIAL', { exact: true })).toBeVisible();
    await writeNotes(page, `2. ${partners.title}`, 'The shelter lost its night-shift caseworker; intake after 10 PM goes to the hotline.');
    await expect(
      page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(`${partners.title}.*confidential notes`) }),
    ).toBeVisible();
    await runShortcut(page, 'A');
    await addActionItem(page, ACTIONS[1]!);
    await expect(page.getByRole('region', { name: 'Captured on this item' }).getByText(ACTIONS[1]!.title)).toBeVisible();
    await screenshot(page, 'meetings-06-run-view-confidential');

    await runShortcut(page, 'N');
    await expect(currentItemHeading(page, 3, protocols.title)).toBeVisible();
    await writeNotes(page, `3. ${protocols.title}`, 'The call tree failed twice at night; the workgroup will redraft it.');
    await runShortcut(page, 'A');
    await addActionItem(page, ACTIONS[0]!);

    await runShortcut(page, 'N');
    await expect(currentItemHeading(page, 4, SCREENING_TOOL.title)).toBeVisible();
    await runShortcut(page, 'D');
    await recordDecision(page, {
      text: DECISION,
      movedBy: 'Ana Muñoz',
      secondedBy: 'Marcus Lee',
      votes: { for: 2, against: 0, abstained: 1 },
      outcome: 'Adopted',
    });
    const captured = page.getByRole('region', { name: 'Captured on this item' });
    await expect(captured.getByText(DECISION)).toBeVisible();
    await expect(captured.getByText('Moved by Ana Muñoz, seconded by Marcus Lee. For 2, against 0, abstained 1.')).toBeVisible();
    await screenshot(page, 'meetings-07-run-view-decision');
  });

  await test.step('finish: the next meeting carries the unfinished item and the standard items', async () => {
    await page.getByRole('button', { name: 'Finish meeting' }).click();
    await confirm(page, 'Finish the meeting?', 'Finish meeting');
    await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();
    await expect(page.getByText('Minutes draft', { exact: true }).first()).toBeVisible();
    await expect(agendaList(page).getByText('Confidential', { exact: true })).toBeVisible();
    // Five buttons beside the title once squeezed it to a column of letters: they now wrap below it.
    const titleBox = await page.getByRole('heading', { level: 1, name: SERIES }).boundingBox();
    expect(titleBox?.height).toBeLessThan(80);
    await screenshot(page, 'meetings-08-minutes-draft');

    await page
      .getByRole('navigation', { name: 'Series' })
      .getByRole('link', { name: /^Next: / })
      .click();
    await expect(page.getByRole('navigation', { name: 'Series' }).getByText('Meeting 2 of 3 in the series')).toBeVisible();
    const items = agendaList(page).getByRole('listitem');
    await expect(items.nth(0)).toHaveAccessibleName(new RegExp(`^1\\. Approve minutes of ${SERIES} \\(`));
    await expect(items.nth(1)).toHaveAccessibleName('2. Review open action items');
    await expect(items.nth(2)).toHaveAccessibleName(`3. ${SCREENING_TOOL.title}`);
    await expect(items.nth(2).getByText(new RegExp(`^Carried over from ${SERIES}, `))).toBeVisible();
    await screenshot(page, 'meetings-09-next-meeting');
    // The new meeting's list starts empty; the people of the last one are one click away (the guest is not).
    await openMeetingTab(page, 'Attendance');
    await page.getByRole('button', { name: /^Invite the 4 people from / }).click();
    await expect(page.getByText('4 on the list, 0 marked.')).toBeVisible();
    await markAttendance(page.getByRole('main'), 'Ana Muñoz', 'Present');
    await markAttendance(page.getByRole('main'), 'Marcus Lee', 'Present');
  });

  await test.step('at the next meeting: approve the minutes, and mark an action item done in the review', async () => {
    await startMeetingAheadOfItsDate(page);
    await expect(page.getByRole('region', { name: 'Current item' }).getByRole('heading', { level: 2, name: /^1\. Approve minutes of / })).toBeVisible();
    const minutes = page.getByRole('region', { name: 'Minutes to approve' });
    await minutes.getByRole('button', { name: 'Approve minutes' }).click();
    await confirm(page, 'Approve these minutes?', 'Approve minutes');
    await expect(minutes.getByText(/^Approved on .*\. The record is locked\.$/)).toBeVisible();

    await runShortcut(page, 'N');
    await expect(currentItemHeading(page, 2, 'Review open action items')).toBeVisible();
    const review = page.getByRole('region', { name: 'Open action items' });
    await expect(review.getByText('2 action items still open', { exact: false })).toBeVisible();
    await screenshot(page, 'meetings-10-review-open-actions');
    await review.getByLabel(`Note (optional) on "${ACTIONS[0]!.title}"`).fill('Call tree tested with the night shift.');
    await review
      .getByRole('group', { name: `New status of "${ACTIONS[0]!.title}"` })
      .getByRole('button', { name: 'Done' })
      .click();
    const given = page.getByRole('region', { name: 'Updates given at this meeting' });
    await expect(given.getByText(ACTIONS[0]!.title)).toBeVisible();
    await expect(review.getByText('1 action item still open', { exact: false })).toBeVisible();
  });

  await test.step('the action item shows done on the Action items page and in its history', async () => {
    await openPage(page, 'Action items');
    const grid = page.getByRole('grid', { name: 'Action items' });
    const row = grid.getByRole('row', { name: new RegExp(ACTIONS[0]!.title) });
    await expect(row.getByText('Done', { exact: true })).toBeVisible();
    await expect(grid.getByRole('row', { name: new RegExp(ACTIONS[1]!.title) }).getByText('Open', { exact: true })).toBeVisible();
    await screenshot(page, 'meetings-11-action-items');
    await row.getByRole('gridcell', { name: ACTIONS[0]!.title }).click();
    const drawer = page.getByRole('dialog', { name: ACTIONS[0]!.title });
    const history = drawer.getByRole('list', { name: 'Status history' });
    await expect(history.getByText('Open → Done')).toBeVisible();
    await expect(history.getByText('Call tree tested with the night shift.')).toBeVisible();
    await expect(history.getByRole('link', { name: SERIES })).toBeVisible();
    await screenshot(page, 'meetings-12-action-item-history', { fullPage: false });
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(drawer).toBeHidden();
  });

  await test.step('the dashboard and the top-bar search find the decision', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: COALITION })).toBeVisible();
    await expect(page.getByText(DECISION)).toBeVisible();
    await screenshot(page, 'meetings-13-dashboard');

    const result = await searchAndOpen(page, 'screening tool', new RegExp(DECISION));
    await screenshot(page, 'meetings-14-search', { fullPage: false });
    await expect(result).toContainText('Decision');
    await result.click();
    await expect(page.getByRole('heading', { level: 1, name: SERIES })).toBeVisible();
    await openMeetingTab(page, 'Outcomes');
    await expect(page.getByText(DECISION)).toBeVisible();
    await screenshot(page, 'meetings-15-outcomes');
    await openMeetingTab(page, 'History');
    await expect(page.getByText(`Notes marked confidential: ${TEMPLATE_ITEMS[1].title}`)).toBeVisible();
    await expect(page.getByText('Attendance marked: Marcus Lee, remote')).toBeVisible();
    await screenshot(page, 'meetings-16-history');
    await openPage(page, 'Meetings');
    await page.getByRole('button', { name: 'Manage templates' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Agenda templates' }).getByText(`3 items · 1 h: ${TEMPLATE_ITEMS.map((item) => item.title).join(', ')}`),
    ).toBeVisible();
    await screenshot(page, 'meetings-17-templates', { fullPage: false });
  });
});
