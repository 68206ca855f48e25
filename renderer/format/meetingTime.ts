import { DateTime } from 'luxon';
import { computerTimeZone, formatMeetingTimes as formatTimesOnOwnClock } from '../../shared/dateFormat';
import { formatWeekdayDate } from './formatDate';

/** A meeting's start lives as wall-clock `YYYY-MM-DDTHH:mm` in its own zone; these turn it into words (shared/dateFormat.ts). */
function startInstant(startsAt: string, timeZone: string): string {
  return DateTime.fromISO(startsAt, { zone: timeZone }).toUTC().toISO() ?? startsAt;
}

/** "Tue, Mar 31, 2026" (in the date style chosen in Settings): the meeting's own calendar day. */
export function formatMeetingDate(startsAt: string, _timeZone: string): string {
  return formatWeekdayDate(startsAt);
}

/** "2:00 PM – 3:30 PM CDT" with the zone's short name, so nobody guesses whose clock it is. */
export function formatMeetingTimes(startsAt: string, timeZone: string, durationMinutes: number): string {
  return formatTimesOnOwnClock({ startsAtUtc: startInstant(startsAt, timeZone), timeZone, durationMinutes });
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

export function splitStartsAt(startsAt: string): { date: string; time: string } {
  const [date = '', time = ''] = startsAt.split('T');
  return { date, time };
}

/** The ISO weekday (1 = Monday) and which one of the month it is (1-4, or -1 for a fifth, which is always the last), for repeat suggestions. */
export function weekdayPosition(date: string): { weekday: number; ordinal: 1 | 2 | 3 | 4 | -1 } | null {
  const day = DateTime.fromISO(date);
  if (!day.isValid) return null;
  const nth = Math.ceil(day.day / 7);
  return { weekday: day.weekday, ordinal: nth > 4 ? -1 : (nth as 1 | 2 | 3 | 4) };
}

export const guessTimeZone = computerTimeZone;
