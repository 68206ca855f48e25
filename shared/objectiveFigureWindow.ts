import { type PeriodKind, lastEndedPeriod, parsePeriod, periodHolding } from './dataPeriods';
import { periodRange } from './dataReview';
import type { FigureSpan } from './planStatus';
import { suppressTable } from './smallNumbers';

/**
 * Which periods an objective following a catalogue measure counts, and how the count may be shared.
 * **Decision:** the periods end at the last one that has ended (figures of a running period are not complete),
 * and never after the period holding the objective's target date (an objective is judged at its date).
 * - 'latest-period': the newest of those periods that has figures ("youth identified per quarter").
 * - 'year': every period of that last period's calendar year up to the newest with figures, added up ("people
 *   trained this year"); so in January the finished year still counts until the new year's first period ends.
 */
export interface FigureOfMeasure {
  organizationId: string;
  period: string;
  total: number;
}

export interface CountedFigures {
  value: number;
  /** The periods counted, oldest first (one for the latest period). */
  periods: string[];
  periodWords: string;
  hiddenWhenShared: 'small' | 'complementary' | null;
}

export function countedFigures(
  measure: { periodKind: PeriodKind; span: FigureSpan },
  figures: readonly FigureOfMeasure[],
  { today, targetDate, threshold }: { today: string; targetDate: string | null; threshold: number },
): CountedFigures | null {
  const { periodKind, span } = measure;
  const ended = lastEndedPeriod(periodKind, today);
  const byTarget = targetDate === null ? null : periodHolding(periodKind, targetDate);
  const end = byTarget !== null && byTarget < ended ? byTarget : ended;
  const withFigures = figures.filter((figure) => figure.period <= end && parsePeriod(figure.period)?.kind === periodKind).map((figure) => figure.period);
  const year = end.slice(0, 4);
  const candidates = span === 'year' ? withFigures.filter((period) => period.startsWith(`${year}-`)) : withFigures;
  const last = candidates.reduce<string | null>((newest, period) => (newest === null || period > newest ? period : newest), null);
  if (last === null) return null;
  const periods = span === 'year' ? periodRange(`${year}-${periodKind === 'quarterly' ? 'Q1' : '01'}`, last) : [last];
  const counted = figures.filter((figure) => periods.includes(figure.period));
  return {
    value: counted.reduce((sum, figure) => sum + figure.total, 0),
    periods,
    periodWords: periodsInWords(periods),
    hiddenWhenShared: shareOf(counted, periods, threshold),
  };
}

/**
 * Whether the coalition's count may be printed: the organizations x periods table behind it goes through the data
 * review's own suppression, and the count is that table's grand total.
 */
function shareOf(figures: readonly FigureOfMeasure[], periods: readonly string[], threshold: number): CountedFigures['hiddenWhenShared'] {
  const organizations = [...new Set(figures.map((figure) => figure.organizationId))];
  const rows = organizations.map((organization) =>
    periods.map((period) => figures.find((figure) => figure.organizationId === organization && figure.period === period)?.total ?? 0),
  );
  return suppressTable(rows, threshold).grandTotal.hidden;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Q3 2026", "Q1–Q3 2026", "Sep 2026", "Jan–Sep 2026", or "2026" for a whole year. */
export function periodsInWords(periods: readonly string[]): string {
  const first = periods[0] ?? '';
  const last = periods.at(-1) ?? '';
  const year = last.slice(0, 4);
  const part = (period: string) => (period.includes('Q') ? period.slice(5) : (MONTHS[Number(period.slice(5)) - 1] ?? period));
  if (periods.length > 1 && (last.endsWith('Q4') || last.endsWith('-12')) && (first.endsWith('Q1') || first.endsWith('-01'))) return year;
  return first === last ? `${part(last)} ${year}` : `${part(first)}–${part(last)} ${year}`;
}
