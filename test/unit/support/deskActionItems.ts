// The action items tests' coalition on either engine, on Wednesday 2026-03-04, 09:00 in the coalition's zone
// (America/Los_Angeles): two organizations in two sectors, members (one protected, one archived, one without
// organization) made as deskDirectory.ts makes directory records, a running meeting with an agenda item, an
// approved and a cancelled meeting, and a workgroup, those through the channels.
import { addDeskMember, addDeskOrganization, archiveDeskMember } from './deskDirectory';
import type { ActionStatus } from '../../../shared/contract';
import type { DeskUnderTest } from './eachDesk';

export async function deskActionItems(subject: DeskUnderTest) {
  const { t } = subject;
  t.clock.now = new Date('2026-03-04T17:00:00Z');
  await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
  const welfare = await addDeskOrganization(subject);
  const police = await addDeskOrganization(subject, { name: 'Eugene Police Department', sector: 'law-enforcement-justice', kind: 'public-agency' });
  const rosa = await addDeskMember(subject, { organizationId: welfare.id });
  const ben = await addDeskMember(subject, { fullName: 'Ben Okafor', email: 'ben@example.org', organizationId: police.id });
  const advisor = await addDeskMember(subject, { fullName: 'Jordan Hidden', displayName: 'Youth Advisor J', email: 'j@example.org', protectedIdentity: true });
  const former = await addDeskMember(subject, { fullName: 'Ann Former', email: 'ann@example.org', organizationId: welfare.id });
  await archiveDeskMember(subject, former.id);

  const meeting = (title: string, startsAt: string) =>
    t.call('meetings.create', { title, kind: 'full-coalition', startsAt, timeZone: 'America/Los_Angeles', durationMinutes: 90 });
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
    organizations: { welfare, police },
    members: { rosa, ben, advisor, former },
    meetingId: running.id,
    agendaItemId: agendaItem.id,
    approvedMeetingId: approved.id,
    cancelledMeetingId: cancelled.id,
    workgroupId: workgroup.id,
  };
}

/** Today is Wednesday 2026-03-04 in Los Angeles: this week runs 03-02 to 03-08, "due soon" to 03-11. */
export async function deskWithItems(subject: DeskUnderTest) {
  const coalition = await deskActionItems(subject);
  const { t, members, meetingId } = coalition;
  const { rosa, ben, advisor } = members;
  const add = async (
    title: string,
    ownerId: string | null,
    dueOn: string | null,
    status: 'open' | 'in-progress' | 'blocked' | 'done' | 'cancelled',
    extra: Record<string, unknown> = {},
  ) => {
    t.clock.advance(1000);
    return (await t.call('actions.create', { title, ownerId, dueOn, status, ...extra })).id;
  };
  const ids = {
    overdueReport: await add('Overdue report', rosa.id, '2026-03-01', 'open', { priority: 'high' }),
    doneLate: await add('Done late', rosa.id, '2026-02-20', 'done'),
    thisWeek: await add('Screening form', ben.id, '2026-03-06', 'in-progress', { sourceMeetingId: meetingId }),
    nextWeek: await add('Training dates', ben.id, '2026-03-10', 'blocked', { priority: 'low' }),
    far: await add('Youth panel', advisor.id, '2026-04-30', 'open', { details: 'Plan 100% of the sessions' }),
    unowned: await add('Find a venue', null, null, 'open'),
    cancelled: await add('Old survey', rosa.id, '2026-03-02', 'cancelled'),
    earlierThisWeek: await add('Shelter beds report', advisor.id, '2026-03-03', 'open', { sourceMeetingId: meetingId }),
  };
  return { ...coalition, ids };
}

/** One action item through the channels (the plan's links), on either engine. */
export async function addDeskActionItem(subject: DeskUnderTest, title: string, status: ActionStatus = 'open'): Promise<{ id: string }> {
  return subject.t.call('actions.create', { title, status });
}

export async function setDeskActionStatus(subject: DeskUnderTest, id: string, status: ActionStatus): Promise<void> {
  await subject.t.call('actions.setStatus', { id, status });
}
