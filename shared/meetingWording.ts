import { DateTime } from 'luxon';
import type { MeetingKind, MeetingStatus, decisionOutcomes } from './contract/meetingSchemas';

/** How meetings are named and dated in the app and in every file it exports: the same words on screen and on paper. */
export const meetingKindLabels: Record<MeetingKind, string> = {
  'full-coalition': 'Full coalition',
  workgroup: 'Workgroup or committee',
  consultation: 'Consultation with partners',
};

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  'minutes-draft': 'Minutes draft',
  approved: 'Approved',
  cancelled: 'Cancelled',
};

export const decisionOutcomeLabels: Record<(typeof decisionOutcomes)[number], string> = {
  adopted: 'Adopted',
  rejected: 'Rejected',
  consensus: 'Agreed by consensus',
  tabled: 'Tabled',
};

/** A meeting's start lives as wall-clock `YYYY-MM-DDTHH:mm` in its own zone. */
function wallClock(startsAt: string, timeZone: string): DateTime {
  return DateTime.fromISO(startsAt, { zone: timeZone });
}

/** "Tue, Mar 31, 2026" */
export function formatMeetingDate(startsAt: string, timeZone: string): string {
  const start = wallClock(startsAt, timeZone);
  return start.isValid ? start.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }) : startsAt;
}

/** "2:00 PM – 3:30 PM CDT" with the zone's short name, so nobody guesses whose clock it is. */
export function formatMeetingTimes(startsAt: string, timeZone: string, durationMinutes: number): string {
  const start = wallClock(startsAt, timeZone);
  if (!start.isValid) return startsAt;
  const end = start.plus({ minutes: durationMinutes });
  const time = { hour: 'numeric', minute: '2-digit' } as const;
  return `${start.toLocaleString(time)} – ${end.toLocaleString(time)} ${start.toFormat('ZZZZ')}`;
}

/** "Tue, Mar 31, 2026, 2:00 PM – 3:30 PM CDT (America/Chicago)" */
export function formatMeetingWhen(startsAt: string, timeZone: string, durationMinutes: number): string {
  const times = formatMeetingTimes(startsAt, timeZone, durationMinutes);
  return `${formatMeetingDate(startsAt, timeZone)}, ${times}${times.endsWith(` ${timeZone}`) ? '' : ` (${timeZone.replaceAll('_', ' ')})`}`;
}

/** "1 h 30 min" */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
