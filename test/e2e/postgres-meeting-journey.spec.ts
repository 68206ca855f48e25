import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PostgresCluster, startPostgresCluster } from '../support/postgresCluster';
import { addMember, addOrganization, openPage } from './directorySteps';
import { expect, screenshot, startApp, test } from './fixtures';
import {
  addActionItem,
  addAgendaItem,
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

const COALITION = 'Riverside Youth Safety Coalition';
const MEETING = 'Quarterly coalition meeting';
const ACTION = { title: 'Map the night-time intake hand-offs', owner: 'Ana Muñoz', dueOn: dayFromToday(10) };
const DECISION = 'Use one screening form across all intake points';

let cluster: PostgresCluster;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPostgresCluster();
  cluster.psql('postgres', 'CREATE DATABASE journey');
});
test.afterAll(async () => cluster.stop());

test('on PostgreSQL a coordinator keeps the roster, runs a meeting with attendance and finds its outcomes, as on the desktop', async ({ page }) => {
  test.slow();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-e2e-pg-journey-'));
  const { app, child } = await startApp(dataDir, ['--database', cluster.connectionString('journey'), '--coalition', COALITION]);
  try {
    await page.goto(app.url);
    await expect(page.getByText(COALITION).first()).toBeVisible();

    await test.step('the roster', async () => {
      await openPage(page, 'Organizations');
      await addOrganization(page, { name: 'Riverside Child Welfare', sector: 'Child welfare', kind: 'Public agency' });
      await addOrganization(page, { name: 'Riverside Youth Shelter', sector: 'Runaway and homeless youth services', kind: 'Nonprofit' });
      await openPage(page, 'Members');
      await addMember(page, { fullName: 'Ana Muñoz', organization: 'Riverside Child Welfare', role: 'primary', voting: true });
      await addMember(page, { fullName: 'Marcus Lee', organization: 'Riverside Youth Shelter', role: 'primary', voting: true });
    });

    await test.step('a meeting planned and run: notes, an action item, a decision', async () => {
      await openPage(page, 'Meetings');
      await planMeeting(page, { title: MEETING, date: dayFromToday(3) });
      await addAgendaItem(page, { title: 'Night-time intake', type: 'Discussion', minutes: 20 });
      await addAgendaItem(page, { title: 'Screening form', type: 'Decision', minutes: 15 });
      await openMeetingTab(page, 'Attendance');
      await invite(page, { organizations: ['Riverside Child Welfare', 'Riverside Youth Shelter'] });
      await startMeetingAheadOfItsDate(page);
      await expect(currentItemHeading(page, 1, 'Night-time intake')).toBeVisible();
      await runShortcut(page, 'T');
      const attendance = page.getByRole('dialog', { name: 'Attendance' });
      await markAttendance(attendance, 'Ana Muñoz', 'Present');
      await markAttendance(attendance, 'Marcus Lee', 'Remote');
      await attendance.getByRole('button', { name: 'Close attendance' }).click();
      await expect(attendance).toBeHidden();
      await writeNotes(page, '1. Night-time intake', 'Hand-offs after 10 PM go through the hotline for now.');
      await runShortcut(page, 'A');
      await addActionItem(page, ACTION);
      await runShortcut(page, 'N');
      await expect(currentItemHeading(page, 2, 'Screening form')).toBeVisible();
      await runShortcut(page, 'D');
      await recordDecision(page, {
        text: DECISION,
        movedBy: 'Ana Muñoz',
        secondedBy: 'Marcus Lee',
        votes: { for: 2, against: 0, abstained: 0 },
        outcome: 'Adopted',
      });
      await page.getByRole('button', { name: 'Finish meeting' }).click();
      await confirm(page, 'Finish the meeting?', 'Finish meeting');
      await expect(page.getByText('Minutes draft', { exact: true }).first()).toBeVisible();
    });

    await test.step('after a reload: the action item on its page, the person found without the accent', async () => {
      await page.reload();
      await openPage(page, 'Action items');
      const grid = page.getByRole('grid', { name: 'Action items' });
      await expect(grid.getByRole('row', { name: new RegExp(ACTION.title) }).getByText('Open', { exact: true })).toBeVisible();
      await screenshot(page, 'postgres-action-items');
      const found = await searchAndOpen(page, 'munoz', /^Ana Muñoz Member/);
      await found.click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ana Muñoz' })).toBeVisible();
      const decisionFound = await searchAndOpen(page, 'screening', new RegExp(`^${DECISION}`));
      await expect(decisionFound).toBeVisible();
    });
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
