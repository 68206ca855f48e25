import type { Db } from '../../../main/db/openDatabase';
import { memberInput, organizationInput, withStoredDatabase } from './directoryInputs';
import { type TestDesk, createTestWorkspace, testDesk } from './testDesk';

/** Locks the workspace, writes rows with `write`, and unlocks it again. */
export function withRows<T>(t: TestDesk, workspacePath: string, write: (db: Db) => T): Promise<T> {
  return withStoredDatabase(t, workspacePath, (db) => db.transaction(() => write(db))());
}

/**
 * A workspace for action item tests on Wednesday 2026-03-04, 09:00 in the coalition's zone (America/Los_Angeles):
 * two organizations in two sectors, members (one protected, one archived, one without organization), a running
 * meeting with an agenda item, an approved and a cancelled meeting, and a workgroup; all through the channels.
 */
export async function actionItemsCoalition() {
  const t = testDesk();
  const { workspace } = await createTestWorkspace(t);
  t.clock.now = new Date('2026-03-04T17:00:00Z');
  await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
  const welfare = await t.call('directory.createOrganization', organizationInput());
  const police = await t.call('directory.createOrganization', organizationInput({ name: 'Eugene Police Department', sector: 'law-enforcement-justice', kind: 'public-agency' }));
  const rosa = await t.call('directory.createMember', memberInput({ organizationId: welfare.id }));
  const ben = await t.call('directory.createMember', memberInput({ fullName: 'Ben Okafor', email: 'ben@example.org', organizationId: police.id }));
  const advisor = await t.call('directory.createMember', memberInput({ fullName: 'Jordan Hidden', displayName: 'Youth Advisor J', email: 'j@example.org', protectedIdentity: true }));
  const former = await t.call('directory.createMember', memberInput({ fullName: 'Ann Former', email: 'ann@example.org', organizationId: welfare.id }));
  await t.call('directory.archiveMember', { id: former.id });

  const meeting = (title: string, startsAt: string) => t.call('meetings.create', { title, kind: 'full-coalition', startsAt, timeZone: 'America/Los_Angeles', durationMinutes: 90 });
  const approved = await meeting('February coalition meeting', '2026-02-04T10:00');
  await t.call('meetings.start', { id: approved.id });
  await t.call('meetings.finish', { id: approved.id });
  await t.call('meetings.approveMinutes', { id: approved.id });
  const cancelled = await meeting('January coalition meeting', '2026-01-07T10:00');
  await t.call('meetings.cancel', { id: cancelled.id, reason: 'Snow storm' });
  const running = await meeting('March coalition meeting', '2026-03-04T09:00');
  await t.call('meetings.start', { id: running.id });
  const agendaItem = await t.call('agenda.addItem', { meetingId: running.id, title: 'Runaway protocol' });
  const workgroup = await t.call('workgroups.create', { name: 'Protocols', memberIds: [rosa.id, advisor.id] });
  return {
    t,
    workspace,
    organizations: { welfare, police },
    members: { rosa, ben, advisor, former },
    meetingId: running.id,
    agendaItemId: agendaItem.id,
    approvedMeetingId: approved.id,
    cancelledMeetingId: cancelled.id,
    workgroupId: workgroup.id,
  };
}
