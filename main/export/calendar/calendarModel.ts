/** A calendar file as plain data: prepared (and redacted) from the workspace, written by calendarIcs.ts. */
export type CalendarEventTiming =
  { kind: 'timed'; /** UTC ISO instants. */ startUtc: string; endUtc: string } | { kind: 'all-day'; /** YYYY-MM-DD. */ date: string };

export interface CalendarEvent {
  /** Stable across exports, so importing the file again updates the event instead of adding a copy. */
  uid: string;
  /** Grows with every change of the source record (see sequenceOf). */
  sequence: number;
  lastModifiedUtc: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  cancelled: boolean;
  timing: CalendarEventTiming;
}

export interface CalendarModel {
  calendarName: string;
  generatedAtUtc: string;
  events: CalendarEvent[];
}

const SEQUENCE_EPOCH_MS = Date.parse('2020-01-01T00:00:00Z');

/** SEQUENCE from the record's last change: seconds since 2020, so a later edit always has a higher number. */
export function sequenceOf(updatedAtUtc: string): number {
  return Math.max(0, Math.floor((Date.parse(updatedAtUtc) - SEQUENCE_EPOCH_MS) / 1000));
}
