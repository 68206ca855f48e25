import { describe, expect, it } from 'vitest';
import { writeIcsCalendar } from '../../main/export/calendar/calendarIcs';
import type { CalendarEvent, CalendarModel } from '../../main/export/calendar/calendarModel';
import { escapeIcsText, foldIcsLine } from '../../main/export/calendar/icsText';
import { longestLineOctets, readIcs } from './support/readIcs';

const tricky = 'Intake, screening; and referral\\review\nSecond line: Ñandú 東京 — ✓ '.repeat(6);

function timedEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'meeting-1@coalition-desk',
    sequence: 12,
    lastModifiedUtc: '2026-02-01T10:00:00.000Z',
    summary: 'Monthly meeting, March; all partners',
    description: tricky,
    location: 'Room 4, City Hall; 2nd floor',
    url: 'https://video.example.org/j/123?pwd=a,b',
    cancelled: false,
    timing: { kind: 'timed', startUtc: '2026-03-12T17:00:00.000Z', endUtc: '2026-03-12T18:30:00.000Z' },
    ...overrides,
  };
}

const model = (events: CalendarEvent[]): CalendarModel => ({ calendarName: 'Riverbend County: meetings', generatedAtUtc: '2026-03-01T12:00:00.000Z', events });

describe('iCalendar writing (RFC 5545)', () => {
  it('escapes backslashes, semicolons, commas and newlines in text values', () => {
    expect(escapeIcsText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a multi-byte character, and unfolding gives the line back', () => {
    const line = `DESCRIPTION:${'東京Ñ'.repeat(40)}`;
    const folded = foldIcsLine(line);
    expect(longestLineOctets(folded)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').length).toBeGreaterThan(3);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('writes events that ical.js reads back exactly: text with commas, semicolons and newlines, UTC times, URL and status', () => {
    const ics = writeIcsCalendar(model([timedEvent(), timedEvent({ uid: 'meeting-2@coalition-desk', cancelled: true, url: null, location: '' })]));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(longestLineOctets(ics)).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^\r]/); // long lines really were folded

    const calendar = readIcs(ics);
    expect(calendar.name).toBe('Riverbend County: meetings');
    const [first, second] = calendar.events;
    expect(first).toMatchObject({
      uid: 'meeting-1@coalition-desk',
      summary: 'Monthly meeting, March; all partners',
      description: tricky,
      location: 'Room 4, City Hall; 2nd floor',
      url: 'https://video.example.org/j/123?pwd=a,b',
      status: 'CONFIRMED',
      sequence: 12,
      allDay: false,
      start: '2026-03-12T17:00:00.000Z',
      end: '2026-03-12T18:30:00.000Z',
      startZone: 'UTC',
    });
    expect(second).toMatchObject({ uid: 'meeting-2@coalition-desk', status: 'CANCELLED', url: null, location: '' });
  });

  it('writes an all-day event as a date that ends on the next day', () => {
    const ics = writeIcsCalendar(model([timedEvent({ uid: 'action-item-1@coalition-desk', timing: { kind: 'all-day', date: '2026-12-31' } })]));
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    const [event] = readIcs(ics).events;
    expect(event).toMatchObject({ allDay: true, start: '2026-12-31', end: '2027-01-01' });
  });

  it('reports progress once per event', () => {
    const seen: number[] = [];
    writeIcsCalendar(model([timedEvent(), timedEvent({ uid: 'b' })]), (done) => seen.push(done));
    expect(seen).toEqual([1, 2]);
  });

  it('drops control characters that a calendar would refuse', () => {
    const ics = writeIcsCalendar(model([timedEvent({ summary: 'Bell\u0007 and null\u0000 gone' })]));
    expect(readIcs(ics).events[0]?.summary).toBe('Bell and null gone');
  });
});
