import type { ActionItem } from '../../../shared/contract';
import { memberInput, organizationInput } from './directoryInputs';
import { meetingCoalition, meetingInput } from './meetingInputs';
import type { TestDesk } from './testDesk';

type Ref = { id: string };
/** The small coalition the meeting is held in: meetingInputs.ts meetingCoalition, or deskRoster.ts on either engine. */
export interface RecordedCoalition {
  t: TestDesk;
  organizations: Record<'welfare' | 'police', Ref>;
  members: Record<'rosa' | 'ben' | 'cy' | 'advisor', Ref>;
}

/** Words that appear only inside notes marked confidential: an export without them must not contain it. */
export const CONFIDENTIAL_MARKER = 'Kestrel-Lantern-4471';
export const PROTECTED_FULL_NAME = 'Jordan Hidden';
export const PROTECTED_DISPLAY_NAME = 'Youth Advisor J';

/**
 * A meeting with its minutes taken: attendance across two sectors with accents, Greek and Cyrillic names, a
 * substitute and a guest; agenda items with formatted notes (one marked confidential); decisions with votes
 * moved by the protected youth advisor; action items, one owned by the advisor. Left in minutes draft. On a new
 * workspace, or on a coalition already open on either engine (deskRoster.ts).
 */
export async function recordedMeeting() {
  return recordedMeetingIn(await meetingCoalition());
}

export async function recordedMeetingIn<Coalition extends RecordedCoalition>(coalition: Coalition) {
  const { t, organizations, members } = coalition;
  const elena = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Ελένη Παπαδοπούλου', email: 'eleni@example.org', organizationId: organizations.police.id, votingMember: true }),
  );
  const olga = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Ольга Смирнова', email: 'olga@example.org', organizationId: organizations.welfare.id }),
  );
  const school = await t.call('directory.createOrganization', organizationInput({ name: 'Springfield Schools', sector: 'education', kind: 'public-agency' }));
  const noemi = await t.call(
    'directory.createMember',
    memberInput({ fullName: 'Noémi Þórsdóttir', email: 'noemi@example.org', organizationId: school.id, votingMember: true }),
  );

  const meeting = await t.call(
    'meetings.create',
    meetingInput({
      title: 'March coalition meeting',
      location: 'Library, room 2',
      videoLink: 'https://meet.example.org/march',
      facilitatorId: members.rosa.id,
      noteTakerId: members.advisor.id,
    }),
  );
  const attendees = await t.call('attendance.invite', {
    meetingId: meeting.id,
    memberIds: [members.rosa.id, members.ben.id, members.cy.id, members.advisor.id, elena.id, olga.id, noemi.id],
  });
  const attendeeOf = (memberId: string) => attendees.find((attendee) => attendee.memberId === memberId)?.id ?? '';
  await t.call('attendance.mark', { id: attendeeOf(members.rosa.id), status: 'present' });
  await t.call('attendance.mark', { id: attendeeOf(members.advisor.id), status: 'present' });
  await t.call('attendance.mark', { id: attendeeOf(elena.id), status: 'remote' });
  await t.call('attendance.mark', { id: attendeeOf(olga.id), status: 'excused' });
  await t.call('attendance.mark', { id: attendeeOf(noemi.id), status: 'present' });
  await t.call('attendance.mark', { id: attendeeOf(members.cy.id), status: 'absent' });
  await t.call('attendance.mark', { id: attendeeOf(members.ben.id), status: 'absent' });
  await t.call('attendance.setSubstitute', { id: attendeeOf(members.ben.id), substitute: { name: 'Officer Lee' } });
  await t.call('attendance.addGuest', { meetingId: meeting.id, name: 'Dr. Amara Obi', organization: 'State University', sector: 'health-public-health' });

  await t.call('meetings.start', { id: meeting.id });
  const protocol = await t.call('agenda.addItem', {
    meetingId: meeting.id,
    title: 'Runaway protocol',
    type: 'decision',
    timeboxMinutes: 20,
    presenterId: members.ben.id,
    description: 'Review the draft protocol.',
  });
  await t.call('agenda.saveNotes', {
    id: protocol.id,
    html: '<h2>Discussion</h2><p>The group <strong>agreed</strong> on the <em>24-hour</em> rule. See <a href="https://example.org/protocol">the protocol</a>.</p><ul><li><p>Schools call first</p></li><li><p>Shelters call second</p></li></ul>',
    confidential: false,
  });
  const caseReview = await t.call('agenda.addItem', { meetingId: meeting.id, title: 'A recent case', type: 'discussion', timeboxMinutes: 10 });
  await t.call('agenda.saveNotes', { id: caseReview.id, html: `<p>Details kept in confidence: ${CONFIDENTIAL_MARKER}.</p>`, confidential: true });

  const decisions = [
    await t.call('decisions.record', {
      meetingId: meeting.id,
      agendaItemId: protocol.id,
      text: 'Adopt the runaway protocol with the 24-hour rule.',
      outcome: 'adopted',
      motion: { movedById: members.advisor.id, secondedById: members.rosa.id, votesFor: 4, votesAgainst: 1, votesAbstain: 0 },
    }),
    await t.call('decisions.record', { meetingId: meeting.id, text: 'Hold a training day in May.', outcome: 'consensus' }),
  ];
  const actionItems: ActionItem[] = [
    await t.call('actions.create', { title: 'Send the protocol to shelters', ownerId: members.advisor.id, dueOn: '2026-04-01', sourceMeetingId: meeting.id }),
    await t.call('actions.create', {
      title: 'Book the training room',
      ownerId: elena.id,
      dueOn: '2026-04-15',
      sourceMeetingId: meeting.id,
      status: 'in-progress',
    }),
  ];
  await t.call('meetings.finish', { id: meeting.id });
  const attendeeNames = [
    'Rosa Muñoz',
    'Ben Okafor',
    'Cy Dee',
    PROTECTED_DISPLAY_NAME,
    'Ελένη Παπαδοπούλου',
    'Ольга Смирнова',
    'Noémi Þórsdóttir',
    'Dr. Amara Obi',
  ];
  return { ...coalition, meeting, decisions, actionItems, attendeeNames, more: { elena, olga, noemi } };
}
