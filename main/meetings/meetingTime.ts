import { DateTime } from 'luxon';
import { type DateStyle, formatDate } from '../../shared/dateFormat';
import { AppError } from '../../shared/errors';

/** A meeting's start as stored: wall-clock time in its zone, and the same moment in UTC. */
export interface MeetingStart {
  /** `YYYY-MM-DDTHH:mm` in `timeZone`. */
  startsAt: string;
  timeZone: string;
  /** UTC ISO instant. */
  startsAtUtc: string;
}

const WALL_CLOCK = "yyyy-MM-dd'T'HH:mm";
/** Daylight-saving gaps are at most two hours anywhere; a minute step finds the end of one. */
const LONGEST_GAP_MINUTES = 120;

function wallClock(startsAt: string, timeZone: string): DateTime {
  return DateTime.fromFormat(startsAt, WALL_CLOCK, { zone: timeZone });
}

/**
 * Resolves a wall-clock start in a zone. A time that does not exist (inside the spring-forward gap, e.g.
 * 02:30 on the night New York moves from 02:00 to 03:00) moves forward to the first valid time: 03:00.
 */
export function resolveStart(startsAt: string, timeZone: string): MeetingStart {
  if (!DateTime.now().setZone(timeZone).isValid) throw fieldError('timeZone', 'That time zone is not known.');
  const requested = wallClock(startsAt, timeZone);
  if (!requested.isValid) throw fieldError('startsAt', 'That date and time does not exist.');
  const valid = firstValidWallClock(startsAt, timeZone) ?? requested;
  return { startsAt: valid.toFormat(WALL_CLOCK), timeZone, startsAtUtc: valid.toUTC().toISO() ?? '' };
}

function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fieldErrors: { [field]: [message] } });
}

function firstValidWallClock(startsAt: string, timeZone: string): DateTime | undefined {
  const base = DateTime.fromFormat(startsAt, WALL_CLOCK, { zone: 'UTC' });
  for (let minutes = 0; minutes <= LONGEST_GAP_MINUTES; minutes += 1) {
    const candidate = base.plus({ minutes }).toFormat(WALL_CLOCK);
    const resolved = wallClock(candidate, timeZone);
    if (resolved.toFormat(WALL_CLOCK) === candidate) return resolved;
  }
  return undefined;
}

export const datePart = (startsAt: string): string => startsAt.slice(0, 10);
export const timePart = (startsAt: string): string => startsAt.slice(11, 16);
export const joinDateTime = (date: string, time: string): string => `${date}T${time}`;

/** "Mar 12, 2026": the meeting's own calendar date in the workspace's date style, the way titles and search results name it. */
export function formatMeetingDay(startsAt: string, style: DateStyle): string {
  return formatDate(datePart(startsAt), { style, locale: 'en-US' });
}

/** Today's date (YYYY-MM-DD) as the clock on the wall of the meeting's zone shows it. */
export function todayInZone(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}
