/**
 * The one way dates are written, in the app and in every export a person reads: the style chosen in Settings
 * (default "medium": "Oct 27, 2026" in en-US), in the reader's locale. ISO dates stay only where a machine reads
 * them (CSV, calendars, file names).
 */
export const dateStyles = ['medium', 'long', 'numeric'] as const;
export type DateStyle = (typeof dateStyles)[number];
export const DEFAULT_DATE_STYLE: DateStyle = 'medium';

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
