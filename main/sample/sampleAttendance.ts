import type { AttendanceStatus, Attendee } from '../../shared/contract';
import { addGuest, invite, markAttendance, setSubstitute } from '../services/attendance';
import type { ServiceContext } from '../services/serviceContext';
import { parsed } from './sampleInput';
import { type SampleRoster, monthlyInvitees } from './sampleRoster';

/** One guest a month, from sectors the coalition is still trying to bring to the table. */
const GUESTS = [
  { name: 'Dana Whitfield', organization: 'Riverbend Youth Employment Program', sector: 'labor-employment' },
  { name: 'Luis Ortega', organization: 'Riverbend Foster Parent Association', sector: 'caregivers' },
  { name: 'Amara Nwosu', organization: 'State Office of Child Safety', sector: 'child-welfare' },
  { name: 'Pat Keller', organization: 'Riverbend Workforce Board', sector: 'labor-employment' },
] as const;
const SUBSTITUTES = ['Jamie Rivera', 'Morgan Lee', 'Chris Adeyemi', 'Robin Fischer'] as const;

/** Most come, some join remotely, a few send apologies, one or two just do not show up; the same each time the sample is made. */
export function sampleAttendanceStatus(position: number, month: number): AttendanceStatus {
  const turn = (position * 7 + month * 5) % 23;
  if (turn < 2) return 'absent';
  if (turn < 5) return 'excused';
  if (turn < 10) return 'remote';
  return 'present';
}

/** Invites the monthly invitees (a week before); see `recordAttendance` for the day itself. */
export function inviteMonthly(context: ServiceContext, meetingId: string, roster: SampleRoster): Promise<Attendee[]> {
  return invite(context, parsed('attendance.invite', { meetingId, memberIds: monthlyInvitees(roster) }));
}

/** Marks everyone, has a colleague stand in for the first person excused, and adds the month's guest; returns who was there. */
export async function recordAttendance(context: ServiceContext, invited: Attendee[], month: number): Promise<Attendee[]> {
  const marked: Attendee[] = [];
  for (const [position, attendee] of invited.entries())
    marked.push(await markAttendance(context, { id: attendee.id, status: sampleAttendanceStatus(position, month) }));
  const excused = marked.find((attendee) => attendee.status === 'excused');
  if (excused)
    await setSubstitute(context, parsed('attendance.setSubstitute', { id: excused.id, substitute: { name: SUBSTITUTES[month % SUBSTITUTES.length]! } }));
  const meetingId = invited[0]?.meetingId;
  if (meetingId) await addGuest(context, parsed('attendance.addGuest', { meetingId, ...GUESTS[month % GUESTS.length]! }));
  return marked.filter((attendee) => attendee.status === 'present' || attendee.status === 'remote');
}
