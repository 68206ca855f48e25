import { DateTime } from 'luxon';
import type { Recurrence } from '../../shared/contract';

/**
 * The calendar dates of a series. Dates only: each meeting keeps the same wall-clock time in its zone,
 * so 19:00 in New York stays 19:00 through the daylight-saving changes and only the UTC instant moves.
 */
const day = (date: string) => DateTime.fromISO(date, { zone: 'UTC' });
const isoDate = (value: DateTime) => value.toISODate() ?? '';

/** The Nth (1-4) or last (-1) ISO weekday of the month containing `monthOf`. */
export function nthWeekdayOfMonth(monthOf: DateTime, ordinal: 1 | 2 | 3 | 4 | -1, weekday: number): DateTime {
  if (ordinal === -1) {
    const last = monthOf.endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - weekday + 7) % 7 });
  }
  const first = monthOf.startOf('month');
  return first.plus({ days: ((weekday - first.weekday + 7) % 7) + (ordinal - 1) * 7 });
}

/** The dates of the first `rule.count` meetings, starting on or after `fromDate`. */
export function seriesDates(rule: Recurrence, fromDate: string): string[] {
  const dates: string[] = [];
  let date = firstDate(rule, fromDate);
  for (let index = 0; index < rule.count; index += 1) {
    dates.push(date);
    date = dateAfter(rule, date);
  }
  return dates;
}

/**
 * The first meeting: weekly series start on the chosen date; monthly series on the first matching weekday
 * on or after it (this month's, or next month's when this month's has passed).
 */
export function firstDate(rule: Recurrence, fromDate: string): string {
  if (rule.frequency === 'weekly') return fromDate;
  const start = day(fromDate);
  const thisMonth = nthWeekdayOfMonth(start, rule.ordinal, rule.weekday);
  return isoDate(thisMonth >= start ? thisMonth : nthWeekdayOfMonth(start.plus({ months: 1 }), rule.ordinal, rule.weekday));
}

/** The meeting after one held on `date`. */
export function dateAfter(rule: Recurrence, date: string): string {
  if (rule.frequency === 'weekly') return isoDate(day(date).plus({ weeks: rule.interval }));
  return isoDate(nthWeekdayOfMonth(day(date).startOf('month').plus({ months: 1 }), rule.ordinal, rule.weekday));
}
