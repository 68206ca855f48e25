import { DateTime } from 'luxon';

/** Meeting times in words live in shared/ (exports print the same words); re-exported for the meeting pages. */
export { formatMeetingDate, formatMeetingTimes, formatMeetingWhen, formatMinutes } from '../../../shared/meetingWording';

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

export function guessTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
