/**
 * The one way dates are written, in the app and in every export a person reads: the style chosen in Settings
 * (default "medium": "Oct 27, 2026" in en-US), in the reader's locale. ISO dates stay only where a machine reads
 * them (CSV, calendars, file names).
 */
export const dateStyles = ['medium', 'long', 'numeric'] as const;
export type DateStyle = (typeof dateStyles)[number];
export const DEFAULT_DATE_STYLE: DateStyle = 'medium';

/** Writes a calendar date (YYYY-MM-DD) the way the reader's date style does: "Mar 1, 2026". */
export type FormatDay = (isoDate: string) => string;

const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  numeric: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface DateFormatChoice {
  style?: DateStyle;
  /** BCP 47 locale; undefined is the reader's own. */
  locale?: string | undefined;
  /** For an instant: the zone whose calendar it is read in; undefined is the reader's own. Ignored for a calendar date. */
  timeZone?: string | undefined;
}

/** A calendar date (YYYY-MM-DD, shown as that day everywhere) or the date of an instant; unreadable values as given. */
export function formatDate(value: string, choice: DateFormatChoice = {}): string {
  const calendar = CALENDAR_DATE.test(value);
  const date = new Date(calendar ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const timeZone = calendar ? 'UTC' : choice.timeZone;
  return new Intl.DateTimeFormat(choice.locale, { ...dateOptions[choice.style ?? DEFAULT_DATE_STYLE], ...(timeZone && { timeZone }) }).format(date);
}

/** The date in the chosen style, then the time: "Oct 27, 2026, 9:30 AM". */
export function formatDateTime(value: string, choice: DateFormatChoice = {}): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat(choice.locale, { timeStyle: 'short', ...(choice.timeZone && { timeZone: choice.timeZone }) }).format(date);
  return `${formatDate(value, choice)}, ${time}`;
}

/** How a style looks today, for the Settings choice: "Oct 27, 2026". */
export const dateStyleExample = (style: DateStyle, locale?: string) => formatDate('2026-10-27', { style, locale });

/** The time alone, in the reader's style: "9:30 AM" (in `timeZone` when given, else the reader's own). */
export function formatTime(value: string | Date, choice: Pick<DateFormatChoice, 'locale' | 'timeZone'> = {}): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(choice.locale, { timeStyle: 'short', ...(choice.timeZone && { timeZone: choice.timeZone }) }).format(date);
}

/** The date and time of an instant in a zone, with the zone's short name: "Oct 27, 2026, 9:30 AM PDT". */
export function formatDateTimeInZone(value: string | Date, timeZone: string, choice: Omit<DateFormatChoice, 'timeZone'> = {}): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${formatDate(date.toISOString(), { ...choice, timeZone })}, ${formatTime(date, { locale: choice.locale, timeZone })} ${zoneShortName(date, timeZone, choice.locale)}`;
}

/** "Tue, Mar 31, 2026": a calendar date (YYYY-MM-DD, or the date part of a wall-clock `YYYY-MM-DDTHH:mm`) with its weekday. */
export function formatDayWithWeekday(value: string, choice: Omit<DateFormatChoice, 'timeZone'> = {}): string {
  const day = value.slice(0, 10);
  if (!CALENDAR_DATE.test(day) || Number.isNaN(Date.parse(`${day}T12:00:00Z`))) return value;
  const weekday = new Intl.DateTimeFormat(choice.locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  return `${weekday}, ${formatDate(day, choice)}`;
}

/** "October 2026": a month of a calendar date. */
export function formatMonthYear(value: string, choice: Pick<DateFormatChoice, 'locale'> = {}): string {
  const date = new Date(`${value.slice(0, 7)}-15T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(choice.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A meeting's times on its own clock: "2:00 PM – 3:30 PM CDT". `startsAt` is wall-clock `YYYY-MM-DDTHH:mm` in
 * `timeZone`; `startsAtUtc` the same moment as an instant.
 */
export function formatMeetingTimes(
  meeting: { startsAtUtc: string; timeZone: string; durationMinutes: number },
  choice: Pick<DateFormatChoice, 'locale'> = {},
): string {
  const start = new Date(meeting.startsAtUtc);
  if (Number.isNaN(start.getTime())) return meeting.startsAtUtc;
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  const time = (at: Date) => formatTime(at, { locale: choice.locale, timeZone: meeting.timeZone });
  return `${time(start)} – ${time(end)} ${zoneShortName(start, meeting.timeZone, choice.locale)}`;
}

/** "Tue, Mar 31, 2026, 2:00 PM – 3:30 PM CDT (America/Chicago)": when a meeting is, in its own zone. */
export function formatMeetingWhen(
  meeting: { startsAt: string; startsAtUtc: string; timeZone: string; durationMinutes: number },
  choice: Omit<DateFormatChoice, 'timeZone'> = {},
): string {
  return `${formatDayWithWeekday(meeting.startsAt, choice)}, ${formatMeetingTimes(meeting, choice)} (${meeting.timeZone.replaceAll('_', ' ')})`;
}

/** "PDT", "GMT+1": the zone's short name at that moment. */
function zoneShortName(at: Date, timeZone: string, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The calendar date (YYYY-MM-DD, for machines) at an instant on the clocks of a zone. */
export function isoDateInZone(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The zone this computer's clock is set to ("America/Chicago"); UTC if it does not say. */
export const computerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Whether the platform knows a time zone name (IANA, e.g. "America/Chicago"). */
export function isKnownTimeZone(zone: string): boolean {
  if (zone.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
