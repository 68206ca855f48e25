import { type PeriodKind, lastEndedPeriod, parsePeriod, shiftPeriod } from '../../../shared/dataPeriods';

/** How many periods back the pickers offer, and how many the review shows at first (two years). */
const OFFERED: Record<PeriodKind, number> = { quarterly: 20, monthly: 36 };
export const FIRST_SHOWN: Record<PeriodKind, number> = { quarterly: 8, monthly: 24 };

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** The periods a range may start or end on, newest first: the last ended one and those before it. */
export function offeredPeriods(kind: PeriodKind, today: string): string[] {
  const last = lastEndedPeriod(kind, today);
  return Array.from({ length: OFFERED[kind] }, (_, step) => shiftPeriod(last, -step));
}

export function defaultRange(kind: PeriodKind, today: string): { from: string; to: string } {
  const to = lastEndedPeriod(kind, today);
  return { from: shiftPeriod(to, 1 - FIRST_SHOWN[kind]), to };
}

/** "Q1 2026" or "Mar 2026": short enough for a chart's axis. */
export function shortPeriod(id: string): string {
  const period = parsePeriod(id);
  if (!period) return id;
  return period.kind === 'quarterly' ? period.label.replace(/ \(.*\)$/, '') : `${period.label.slice(0, 3)} ${period.label.slice(-4)}`;
}

/** The months a range of periods covers, for the coalition health section. */
export function monthsOf(range: { from: string; to: string }): { from: string; to: string } {
  return { from: parsePeriod(range.from)?.startsOn.slice(0, 7) ?? range.from, to: parsePeriod(range.to)?.endsOn.slice(0, 7) ?? range.to };
}
