/**
 * When a protocol or agreement is next reviewed, and whether that is due. All dates are calendar dates
 * (YYYY-MM-DD); "today" is the date in the coalition's time zone, as for action items' due dates.
 */

/** A review shows as due this many days before its date. */
export const REVIEW_NOTICE_DAYS = 30;

export type ReviewStatus = 'none' | 'later' | 'due' | 'overdue';

const DAY_MS = 24 * 60 * 60 * 1000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** `months` after `date`, on the last day of the month where that month is shorter (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export interface ReviewBasis {
  /** The adopted version's effective date (or its adoption date when it has none). */
  inForceSince: string | null;
  /** The last review that kept the version as it was. */
  lastReviewedOn: string | null;
  reviewMonths: number | null;
  /** The date the agreement must be renewed by, if it has one. */
  renewalOn: string | null;
}

/** The earlier of the next cycle's review (from the later of adoption and last review) and the renewal date. */
export function nextReviewOn({ inForceSince, lastReviewedOn, reviewMonths, renewalOn }: ReviewBasis): string | null {
  if (inForceSince === null) return null;
  const since = lastReviewedOn !== null && lastReviewedOn > inForceSince ? lastReviewedOn : inForceSince;
  const byCycle = reviewMonths === null ? null : addMonths(since, reviewMonths);
  if (byCycle === null) return renewalOn;
  return renewalOn !== null && renewalOn < byCycle ? renewalOn : byCycle;
}

export function reviewStatus(reviewOn: string | null, today: string): ReviewStatus {
  if (reviewOn === null) return 'none';
  if (reviewOn < today) return 'overdue';
  return daysBetween(today, reviewOn) <= REVIEW_NOTICE_DAYS ? 'due' : 'later';
}
