/**
 * Reporting periods: a month ("2026-03") or a quarter ("2026-Q1"). A period's figures are due a fixed number of
 * days after it ends (DATA_DUE_DAYS); a submission still missing after that day, or made after it, is late.
 */
export const periodKinds = ['monthly', 'quarterly'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** Days after a period ends by which its figures are due (a 15-day grace, as many state reports allow). */
export const DATA_DUE_DAYS = 15;

export const PERIOD_PATTERN = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export interface Period {
  id: string;
  kind: PeriodKind;
  /** First and last day, ISO dates. */
  startsOn: string;
  endsOn: string;
  dueOn: string;
  label: string;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function parsePeriod(id: string): Period | null {
  const match = PERIOD_PATTERN.exec(id);
  if (!match) return null;
  const year = Number(match[1]);
  const kind: PeriodKind = match[3] ? 'quarterly' : 'monthly';
  const firstMonth = kind === 'quarterly' ? (Number(match[3]) - 1) * 3 : Number(match[2]) - 1;
  const months = kind === 'quarterly' ? 3 : 1;
  const start = new Date(Date.UTC(year, firstMonth, 1));
  const end = new Date(Date.UTC(year, firstMonth + months, 0));
  const due = new Date(Date.UTC(year, firstMonth + months, DATA_DUE_DAYS));
  const label =
    kind === 'quarterly'
      ? `Q${match[3]} ${year} (${MONTH_NAMES[firstMonth]?.slice(0, 3)}–${MONTH_NAMES[firstMonth + 2]?.slice(0, 3)})`
      : `${MONTH_NAMES[firstMonth]} ${year}`;
  return { id, kind, startsOn: isoDate(start), endsOn: isoDate(end), dueOn: isoDate(due), label };
}

/** The period of a kind that holds a date (ISO date or instant). */
export function periodHolding(kind: PeriodKind, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return kind === 'quarterly' ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, '0')}`;
}

/** The period `steps` before (negative) or after a period of the same kind. */
export function shiftPeriod(id: string, steps: number): string {
  const period = parsePeriod(id);
  if (!period) throw new Error(`Not a period: ${id}`);
  const monthsPerStep = period.kind === 'quarterly' ? 3 : 1;
  const start = new Date(`${period.startsOn}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() + steps * monthsPerStep);
  return periodHolding(period.kind, isoDate(start));
}

/** The last period of a kind that has ended on a day (the one whose figures are being collected). */
export function lastEndedPeriod(kind: PeriodKind, today: string): string {
  return shiftPeriod(periodHolding(kind, today), -1);
}

/** Whether a submission is late: made after its due day, or still missing after it. */
export function isLate(period: Period, submittedOn: string | null, today: string): boolean {
  return submittedOn === null ? today > period.dueOn : submittedOn.slice(0, 10) > period.dueOn;
}
