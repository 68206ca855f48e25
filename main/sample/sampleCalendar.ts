import { DateTime } from 'luxon';
import type { Recurrence } from '../../shared/contract';
import { addDays, dateIn } from '../services/actionItemsDueDates';
import { sampleMonths } from './sampleMeetingScript';

/** Tuesdays: the coalition meets on the Nth Tuesday of the month, N chosen so the dates below hold. */
const SAMPLE_WEEKDAY = 2;
/** The latest meeting was 7 to 13 days ago, so its actions due two weeks after it are due this week. */
const LATEST_MEETING_DAYS_AGO = { from: 7, to: 13 } as const;

export interface SampleCalendar {
  /** Monthly on the Nth Tuesday: one meeting per month of the script, then the next one, still planned. */
  rule: Recurrence & { frequency: 'monthly-weekday' };
  /** Any date in the first meeting's month: the series starts on the rule's date in that month. */
  firstMonth: string;
  /** The latest meeting held: the script's last month. */
  latestMeeting: string;
}

/**
 * A year of monthly meetings ending around `today` (YYYY-MM-DD in the coalition's zone): the latest one on
 * the Tuesday between 7 and 13 days before today, the series' ordinal (first..fourth, or last) taken from it.
 */
export function sampleCalendar(today: string): SampleCalendar {
  const candidates = Array.from({ length: LATEST_MEETING_DAYS_AGO.to - LATEST_MEETING_DAYS_AGO.from + 1 }, (_, index) =>
    addDays(today, -LATEST_MEETING_DAYS_AGO.from - index),
  );
  const latestMeeting = candidates.find((date) => DateTime.fromISO(date, { zone: 'UTC' }).weekday === SAMPLE_WEEKDAY) ?? candidates[0]!;
  const latest = DateTime.fromISO(latestMeeting, { zone: 'UTC' });
  const nth = Math.ceil(latest.day / 7);
  const ordinal = nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4);
  const firstMonth =
    latest
      .startOf('month')
      .minus({ months: sampleMonths.length - 1 })
      .toISODate() ?? latestMeeting;
  return { rule: { frequency: 'monthly-weekday', ordinal, weekday: SAMPLE_WEEKDAY, count: sampleMonths.length + 1 }, firstMonth, latestMeeting };
}

/** The calendar for the clock's today in the coalition's zone. */
export function sampleCalendarAt(now: Date, timeZone: string): SampleCalendar {
  return sampleCalendar(dateIn(timeZone, now));
}
