import ICAL from 'ical.js';

/** An .ics file read back by an independent parser (ical.js), as the events a calendar would show. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  status: string | null;
  sequence: number;
  allDay: boolean;
  /** UTC ISO instant for timed events, YYYY-MM-DD for all-day ones. */
  start: string;
  end: string;
  startZone: string;
}

function timeValue(time: ICAL.Time): string {
  if (time.isDate) return time.toString();
  return time.toJSDate().toISOString();
}

export function readIcs(text: string): { name: string | null; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value === null ? null : String(value);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? '',
      location: event.location ?? '',
      url: text('url'),
      status: text('status'),
      sequence: event.sequence,
      allDay: event.startDate.isDate,
      start: timeValue(event.startDate),
      end: timeValue(event.endDate),
      startZone: event.startDate.zone?.tzid ?? '',
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { name: name === null ? null : String(name), events };
}

/** Every content line (CRLF-separated, continuation lines included) is at most 75 octets. */
export function longestLineOctets(text: string): number {
  return Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8')));
}
