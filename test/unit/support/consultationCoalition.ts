import type { Attendee } from '../../../shared/contract';
import { meetingCoalition } from './meetingInputs';

/**
 * For the consultation report: in the first quarter of 2026, an approved consultation (child welfare, police,
 * a school guest and a protected youth advisor present; a confidential note; a decision) and a meeting in minutes
 * draft where the police sent a substitute; plus meetings the report must leave out: planned, cancelled, and one
 * held before the period.
 */
export async function consultationCoalition(confidentialMarker: string) {
  const coalition = await meetingCoalition();
  const { t, members } = coalition;
  t.clock.now = new Date('2026-04-02T15:00:00Z');
  const meeting = (title: string, startsAt: string, kind: 'consultation' | 'full-coalition' = 'full-coalition') =>
    t.call('meetings.create', { title, kind, startsAt, timeZone: 'America/Chicago', durationMinutes: 60 });
  const mark = async (attendees: Attendee[], memberId: string, status: Attendee['status']) => {
    const attendee = attendees.find((candidate) => candidate.memberId === memberId);
    return t.call('attendance.mark', { id: attendee?.id ?? '', status });
  };

  const january = await meeting('Consultation on screening', '2026-01-15T10:00', 'consultation');
  const invited = await t.call('attendance.invite', { meetingId: january.id, memberIds: [members.rosa.id, members.ben.id, members.advisor.id, members.cy.id] });
  await mark(invited, members.rosa.id, 'present');
  await mark(invited, members.ben.id, 'remote');
  await mark(invited, members.advisor.id, 'present');
  await mark(invited, members.cy.id, 'absent');
  await t.call('attendance.addGuest', { meetingId: january.id, name: 'Dana Whitfield', organization: 'Springfield Public Schools', sector: 'education' });
  const formula = await t.call('agenda.addItem', { meetingId: january.id, title: '=HYPERLINK("http://evil.example")' });
  const screening = await t.call('agenda.addItem', { meetingId: january.id, title: 'Screening tool for intake' });
  await t.call('agenda.saveNotes', { id: screening.id, html: `<p>${confidentialMarker}: a case from December</p>`, confidential: true });
  await t.call('meetings.start', { id: january.id });
  await t.call('decisions.record', { meetingId: january.id, agendaItemId: screening.id, text: 'Adopt the screening tool, version 2', outcome: 'adopted' });
  await t.call('meetings.finish', { id: january.id });
  await t.call('meetings.approveMinutes', { id: january.id });

  const february = await meeting('February coalition meeting', '2026-02-12T18:00');
  const febInvited = await t.call('attendance.invite', { meetingId: february.id, memberIds: [members.rosa.id, members.ben.id] });
  await mark(febInvited, members.rosa.id, 'present');
  const ben = await mark(febInvited, members.ben.id, 'excused');
  await t.call('attendance.setSubstitute', { id: ben.id, substitute: { name: 'Sam Lee' } });
  await t.call('agenda.addItem', { meetingId: february.id, title: 'Runaway response protocol' });
  await t.call('meetings.start', { id: february.id });
  await t.call('meetings.finish', { id: february.id });

  const planned = await meeting('Planned meeting in March', '2026-03-26T10:00');
  await t.call('attendance.invite', { meetingId: planned.id, sectors: ['runaway-homeless-youth', 'child-welfare'] });
  const cancelled = await meeting('Cancelled meeting', '2026-03-05T10:00');
  await t.call('meetings.cancel', { id: cancelled.id, reason: 'Storm' });
  const before = await meeting('December meeting', '2025-12-10T10:00');
  await t.call('attendance.invite', { meetingId: before.id, memberIds: [members.rosa.id] });
  await t.call('meetings.start', { id: before.id });

  return { ...coalition, formulaItemId: formula.id };
}
