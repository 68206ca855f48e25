import { type CalendarEvent, type CalendarModel } from './calendarModel';
import { cleanIcsValue, escapeIcsText, foldIcsLine } from './icsText';

/**
 * Writes a calendar as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import:
 * timed events in UTC (every calendar shows them in its own zone), all-day events as dates, stable UIDs.
 */
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';
const PRODUCT_ID = '-//Coalition Desk//Coalition Desk//EN';

const utcStamp = (isoInstant: string): string => `${new Date(isoInstant).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
const dateValue = (isoDate: string): string => isoDate.replace(/-/g, '');

function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function timingLines(event: CalendarEvent): string[] {
  const { timing } = event;
  if (timing.kind === 'timed') return [`DTSTART:${utcStamp(timing.startUtc)}`, `DTEND:${utcStamp(timing.endUtc)}`];
  // An all-day event ends (exclusively) on the next day, and does not make the person look busy.
  return [`DTSTART;VALUE=DATE:${dateValue(timing.date)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(timing.date))}`, 'TRANSP:TRANSPARENT'];
}

function eventLines(event: CalendarEvent, generatedAtUtc: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${cleanIcsValue(event.uid)}`,
    `DTSTAMP:${utcStamp(generatedAtUtc)}`,
    `LAST-MODIFIED:${utcStamp(event.lastModifiedUtc)}`,
    `SEQUENCE:${event.sequence}`,
    ...timingLines(event),
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
    ...(event.url ? [`URL:${cleanIcsValue(event.url)}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

export function writeIcsCalendar(model: CalendarModel, onEvent: (done: number) => void = () => undefined): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(model.calendarName)}`,
  ];
  model.events.forEach((event, index) => {
    lines.push(...eventLines(event, model.generatedAtUtc));
    onEvent(index + 1);
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
