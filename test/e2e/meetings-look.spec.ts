import { type Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addMember, addOrganization, openPage } from './directorySteps';
import { createWorkspace, expectNoHorizontalOverflow } from './journeySteps';
import {
  addAgendaItem,
  currentItemHeading,
  dayFromToday,
  invite,
  openMeetingTab,
  pick,
  planMeeting,
  runShortcut,
  searchAndOpen,
  startMeetingAheadOfItsDate,
} from './meetingSteps';

const LONG_TITLE =
  'Joint consultation with the juvenile court, county probation, the runaway shelter network and the school districts on night-time intake and referrals.';
const ORGANIZATION = 'Riverside Youth Shelter';

/**
 * Makes many action items at once through the app's own browser-mode channel, as the sample coalition does: typing a
 * thousand into the form would test patience, not the page.
 */
async function addManyActionItems(page: Page, count: number): Promise<void> {
  const created = await page.evaluate(async (howMany) => {
    const token = window.sessionStorage.getItem('coalition-desk.token') ?? '';
    let ok = 0;
    for (let index = 1; index <= howMany; index += 1) {
      // Due from a month ago to a month ahead, so some are overdue and some due soon.
      const due = new Date();
      due.setDate(due.getDate() + (index % 60) - 30);
      const dueOn = `${due.getFullYear()}-${String(due.getMonth() + 1).padStart(2, '0')}-${String(due.getDate()).padStart(2, '0')}`;
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-coalition-desk-token': token },
        body: JSON.stringify({ channel: 'actions.create', input: { title: `Follow up on referral ${index}`, dueOn } }),
      });
      const body = (await response.json()) as { ok: boolean };
      if (body.ok) ok += 1;
    }
    return ok;
  }, count);
  expect(created).toBe(count);
}

test('meeting pages stay readable with a very long title, on a 420 px window, and with 1,000 action items', async ({ page, app }) => {
  test.slow();
  expect(LONG_TITLE.length).toBe(150);
  await page.goto(app.url);
  await createWorkspace(page, { name: 'Douglas County Youth Coalition', state: 'Oregon', passphrase: 'a long title walks into a meeting' });
  await openPage(page, 'Organizations');
  await addOrganization(page, { name: ORGANIZATION, sector: 'Runaway and homeless youth services', kind: 'Nonprofit' });
  await openPage(page, 'Members');
  await addMember(page, { fullName: 'Marcus Lee', organization: ORGANIZATION, role: 'primary', voting: true });
  await addMember(page, { fullName: 'Priya Shah', organization: ORGANIZATION, role: 'alternate' });

  await test.step('workgroups: empty, then one with a chair and a member', async () => {
    await openPage(page, 'Workgroups');
    await expect(page.getByRole('heading', { name: 'No workgroups yet' })).toBeVisible();
    await screenshot(page, 'meetings-look-00-workgroups-empty');
    await page.getByRole('button', { name: 'Add workgroup' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add workgroup' });
    await dialog.getByLabel('Name').fill('Night-time intake and referrals working group of the juvenile court and shelters');
    await dialog.getByLabel('Description').fill('Who answers the phone after 10 PM, and where a youth can sleep tonight.');
    await pick(page, dialog.getByRole('combobox', { name: 'Chair' }), 'Marcus Lee');
    await pick(page, dialog.getByRole('combobox', { name: 'Members' }), 'Priya Shah');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: /^Night-time intake and referrals working group/ })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-00-workgroups');
  });

  await test.step('a 150-character title on the meetings list and the meeting page', async () => {
    await openPage(page, 'Meetings');
    await planMeeting(page, { title: LONG_TITLE, date: dayFromToday(3), facilitator: 'Marcus Lee' });
    await addAgendaItem(page, { title: 'Night-time intake: who answers the phone after 10 PM when the shelter is full', type: 'Discussion', minutes: 40 });
    await addAgendaItem(page, { title: 'Referral form', type: 'Decision', minutes: 20 });
    await openMeetingTab(page, 'Attendance');
    await invite(page, { organizations: [ORGANIZATION] });
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-01-long-title-page');
    await openPage(page, 'Meetings');
    await expect(page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link', { name: new RegExp(LONG_TITLE.slice(0, 40)) })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-02-long-title-list');
  });

  await test.step('the meeting page and the run view on a 420 px window', async () => {
    await page.setViewportSize({ width: 420, height: 860 });
    await page
      .getByRole('list', { name: 'Upcoming meetings' })
      .getByRole('link', { name: new RegExp(LONG_TITLE.slice(0, 40)) })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-03-narrow-meeting-page');
    await startMeetingAheadOfItsDate(page);
    await expect(currentItemHeading(page, 1, 'Night-time intake: who answers the phone after 10 PM when the shelter is full')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-04-narrow-run-view');
    await runShortcut(page, 'T');
    const attendance = page.getByRole('dialog', { name: 'Attendance' });
    await expect(attendance.getByRole('group', { name: 'Attendance of Marcus Lee' })).toBeVisible();
    await screenshot(page, 'meetings-look-05-narrow-attendance', { fullPage: false });
    await attendance.getByRole('button', { name: 'Close attendance' }).click();
    await expect(attendance).toBeHidden();
  });

  await test.step('1,000 action items', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await addManyActionItems(page, 1000);
    await openPage(page, 'Action items');
    await expect(page.getByText('1,000 action items', { exact: true })).toBeVisible();
    const grid = page.getByRole('grid', { name: 'Action items' });
    await expect(grid.getByRole('row', { name: /Follow up on referral/ }).first()).toBeVisible();
    await expect(page.getByRole('main').getByText('1–100 of 1,000')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-06-thousand-action-items', { fullPage: false });
    await page.getByRole('main').getByRole('button', { name: 'Go to next page' }).click();
    await expect(page.getByRole('main').getByText('101–200 of 1,000')).toBeVisible();
    // The filters live in the page's address, so the switch turns on once the address has changed.
    const overdue = page.getByRole('main').getByRole('switch', { name: 'Overdue' });
    await overdue.click();
    await expect(overdue).toBeChecked();
    await expect(page.getByText(/^[\d,]+ action items match$/)).toBeVisible();
    await expect(grid.getByText('Overdue').first()).toBeVisible();
    await screenshot(page, 'meetings-look-07-overdue-filter', { fullPage: false });

    await page.setViewportSize({ width: 420, height: 860 });
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'meetings-look-08-narrow-action-items', { fullPage: false });
    const option = await searchAndOpen(page, 'referral 120', /Follow up on referral 120/);
    await screenshot(page, 'meetings-look-09-narrow-search', { fullPage: false });
    await option.click();
    await expect(page.getByRole('dialog', { name: 'Follow up on referral 120' })).toBeVisible();
    await screenshot(page, 'meetings-look-10-narrow-action-item', { fullPage: false });
  });
});
