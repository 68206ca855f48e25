import {
  DEFAULT_DATE_STYLE,
  type DateStyle,
  formatDate as formatInStyle,
  formatDateTime as formatDateTimeInStyle,
  formatDayWithWeekday,
  formatTime,
} from '../../shared/dateFormat';

/** The workspace's date style (Settings), set when its preferences load; every date the app shows follows it. */
let chosenStyle: DateStyle = DEFAULT_DATE_STYLE;

export function applyDateStyle(style: DateStyle | undefined): DateStyle {
  chosenStyle = style ?? DEFAULT_DATE_STYLE;
  return chosenStyle;
}

/** "Oct 27, 2026" (or the chosen style) in the person's own locale; a calendar date is that day in every zone. */
export function formatDate(iso: string): string {
  return formatInStyle(iso, { style: chosenStyle });
}

export function formatDateTime(iso: string): string {
  return formatDateTimeInStyle(iso, { style: chosenStyle });
}

/** "Tue, Mar 31, 2026": a calendar date or a wall-clock start's day, with its weekday. */
export function formatWeekdayDate(value: string): string {
  return formatDayWithWeekday(value, { style: chosenStyle });
}

/** "2:04 PM": a time of day on this computer's clock. */
export function formatTimeOfDay(value: string | Date): string {
  return formatTime(value);
}
