import { DEFAULT_DATE_STYLE, type DateStyle, formatDate as formatInStyle, formatDateTime as formatDateTimeInStyle } from '../../shared/dateFormat';

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
