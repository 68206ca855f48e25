import { DateTime } from 'luxon';
import type { ActionStatus, AttendanceStatus, Decision, MeetingKind, MeetingStatus, Quorum } from '../../../shared/contract';
import { type DateStyle, type FormatDay, formatDate, formatDateTime, formatDayWithWeekday, formatMeetingWhen } from '../../../shared/dateFormat';

/**
 * The words of a meeting record on paper, in US English whatever the computer's language. Every date takes the
 * workspace's date style (Settings) as an argument, never a default, so no export can print one in another style.
 */
const LOCALE = 'en-US';

export const recordStatusLabels: Record<MeetingStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  'minutes-draft': 'Minutes draft',
  approved: 'Approved',
  cancelled: 'Cancelled',
};

export const recordKindLabels: Record<MeetingKind, string> = {
  'full-coalition': 'Full coalition',
  workgroup: 'Workgroup or committee',
  consultation: 'Consultation with partners',
};

export const recordOutcomeLabels: Record<Decision['outcome'], string> = {
  adopted: 'Adopted',
  rejected: 'Rejected',
  consensus: 'Agreed by consensus',
  tabled: 'Tabled',
};

export const recordActionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const recordAttendanceLabels: Record<AttendanceStatus, string> = {
  invited: 'Not marked',
  present: 'Present',
  remote: 'Remote',
  excused: 'Excused',
  absent: 'Absent',
};

/** "Tue, Mar 3, 2026, 7:00 PM – 8:30 PM CST (America/Chicago)", the date in the style chosen in Settings. */
export function meetingWhen(startsAt: string, timeZone: string, durationMinutes: number, style: DateStyle): string {
  const start = DateTime.fromISO(startsAt, { zone: timeZone });
  if (!start.isValid) return `${startsAt} (${timeZone})`;
  return formatMeetingWhen({ startsAt, startsAtUtc: start.toUTC().toISO() ?? startsAt, timeZone, durationMinutes }, { style, locale: LOCALE });
}

/** "Tue, Mar 3, 2026" for a meeting's own wall-clock start. */
export function meetingDay(startsAt: string, style: DateStyle): string {
  return formatDayWithWeekday(startsAt, { style, locale: LOCALE });
}

/** "Mar 12, 2026" for a calendar date (YYYY-MM-DD) or the date of a UTC instant in a zone. */
export function calendarDate(value: string, style: DateStyle, timeZone = 'UTC'): string {
  return formatDate(value, { style, locale: LOCALE, timeZone });
}

/** `calendarDate` in one style, for the words that write several days ("by Feb 28, 2026", "adopted Mar 4, 2026"). */
export const dayWriter =
  (style: DateStyle): FormatDay =>
  (day) =>
    calendarDate(day, style);

/** "Generated Mar 1, 2026, 6:00 AM (America/Chicago)" */
export function generatedLine(now: Date, timeZone: string, style: DateStyle): string {
  return `Generated ${formatDateTime(now.toISOString(), { style, locale: LOCALE, timeZone })} (${timeZone.replaceAll('_', ' ')})`;
}

export function quorumWords(quorum: Quorum): string {
  const counted = `${quorum.presentVoting} of ${quorum.eligibleVoting} voting members present or represented; ${quorum.required} needed.`;
  return `${quorum.met ? 'Quorum met' : 'Quorum not met'}: ${counted}`;
}

export function minutesWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
