import { parsePeriod, shiftPeriod } from './dataPeriods';
import { HIDDEN_FIGURE, type SharedCell, isSmallNumber, suppressTable } from './smallNumbers';

/**
 * The data review's model: what `dataReview.series` returns, and the pure steps that turn it into what a page, a
 * meeting snapshot or the annual report shows. One query, many views: every view of a measure (over time, by
 * organization, this period against earlier ones) is read from the same organization x period table, so the small
 * numbers rule is applied once per table and every view hides the same cells.
 *
 * - `ReviewSeries` holds counts only: per measure, organization and period, a total (and the breakdown cells summed
 *   over organizations). No figure of a period outside the range is in it.
 * - `measureTable(series, measureId, view)`: the organization x period table with its totals. In the 'shared' view
 *   counts from 1 to the threshold and the cells that would give them away are hidden (shared/smallNumbers.ts);
 *   in the 'exact' view (the coordinator's own) nothing is.
 * - `comparison`, `complianceRates`, `trendSummary`: read from those tables, so they never show what a table hides.
 */

export type ReviewView = 'exact' | 'shared';

export interface ReviewMeasure {
  id: string;
  name: string;
  unit: string;
  setId: string;
  /** The measure this one is the "within 24 hours" part of. */
  within24hOf: string | null;
}

export interface ReviewOrganization {
  id: string;
  name: string;
  sector: string;
}

export interface ReviewFigure {
  measureId: string;
  organizationId: string;
  period: string;
  total: number;
}

/** A breakdown cell summed over the organizations, for a measure and period. */
export interface ReviewBreakdownCell {
  measureId: string;
  period: string;
  breakdownId: string;
  cellId: string;
  count: number;
}

/** An organization that owed figures for a period and has not sent them (late: past the due day). */
export interface ReviewMissing {
  organizationId: string;
  period: string;
  owed: number;
  entered: number;
  late: boolean;
}

export interface ReviewSeries {
  /** Oldest first, all of one kind (months or quarters). */
  periods: string[];
  threshold: number;
  measures: ReviewMeasure[];
  organizations: ReviewOrganization[];
  figures: ReviewFigure[];
  breakdowns: ReviewBreakdownCell[];
  missing: ReviewMissing[];
}

/** Every period from `from` to `to`, both included (empty when `to` is earlier or they are of different kinds). */
export function periodRange(from: string, to: string): string[] {
  const first = parsePeriod(from);
  const last = parsePeriod(to);
  if (!first || !last || first.kind !== last.kind || to < from) return [];
  const periods: string[] = [];
  for (let period = from; period <= to; period = shiftPeriod(period, 1)) periods.push(period);
  return periods;
}

/** A number as a view may show it: its value when visible, null and a label when hidden. */
export interface ShownCount {
  value: number | null;
  label: string;
  hidden: boolean;
}

export interface MeasureTable {
  measure: ReviewMeasure;
  periods: string[];
  /** Organizations with at least one figure for the measure in the range. */
  organizations: ReviewOrganization[];
  cells: ShownCount[][];
  organizationTotals: ShownCount[];
  periodTotals: ShownCount[];
  grandTotal: ShownCount;
  /** Whether any figure was entered in the range. */
  hasFigures: boolean;
}

const visible = (value: number): ShownCount => ({ value, label: value.toLocaleString('en-US'), hidden: false });

/** A hidden cell reads the exports' one word, small or hidden to protect a small one (shared/smallNumbers.ts). */
function shown(cell: SharedCell): ShownCount {
  return cell.hidden ? { value: null, label: HIDDEN_FIGURE, hidden: true } : visible(cell.value);
}

/** The organization x period table of one measure with its totals, as the view may show it. */
export function measureTable(series: ReviewSeries, measureId: string, view: ReviewView): MeasureTable {
  const measure = series.measures.find((candidate) => candidate.id === measureId);
  if (!measure) throw new Error(`The series has no measure ${measureId}.`);
  const figures = series.figures.filter((figure) => figure.measureId === measureId);
  const reporting = new Set(figures.map((figure) => figure.organizationId));
  const organizations = series.organizations.filter((organization) => reporting.has(organization.id));
  const column = new Map(series.periods.map((period, at) => [period, at]));
  const row = new Map(organizations.map((organization, at) => [organization.id, at]));
  const rows = organizations.map(() => new Array<number>(series.periods.length).fill(0));
  for (const figure of figures) {
    const r = row.get(figure.organizationId);
    const c = column.get(figure.period);
    if (r !== undefined && c !== undefined) (rows[r] as number[])[c] = figure.total;
  }
  if (rows.length === 0) {
    return {
      measure,
      periods: series.periods,
      organizations,
      cells: [],
      organizationTotals: [],
      periodTotals: series.periods.map(() => visible(0)),
      grandTotal: visible(0),
      hasFigures: false,
    };
  }
  const table = suppressTable(rows, view === 'shared' ? series.threshold : 0);
  return {
    measure,
    periods: series.periods,
    organizations,
    cells: table.cells.map((line) => line.map(shown)),
    organizationTotals: table.rowTotals.map(shown),
    periodTotals: table.columnTotals.map(shown),
    grandTotal: shown(table.grandTotal),
    hasFigures: figures.length > 0,
  };
}

export interface Comparison {
  period: string;
  now: ShownCount;
  /** The period before, and the same period a year earlier; null when outside the range. */
  previous: { period: string; total: ShownCount } | null;
  yearAgo: { period: string; total: ShownCount } | null;
}

/** The range's last period against the one before and the same period a year earlier (totals over organizations). */
export function comparison(table: MeasureTable): Comparison | null {
  const last = table.periods.length - 1;
  const period = table.periods[last];
  if (period === undefined) return null;
  const at = (steps: number) => {
    const earlier = shiftPeriod(period, steps);
    const index = table.periods.indexOf(earlier);
    const total = table.periodTotals[index];
    return index === -1 || !total ? null : { period: earlier, total };
  };
  const yearSteps = parsePeriod(period)?.kind === 'monthly' ? -12 : -4;
  return { period, now: table.periodTotals[last] as ShownCount, previous: at(-1), yearAgo: at(yearSteps) };
}

export interface ComplianceRate {
  period: string;
  /** Share from 0 to 1; null with nothing to count or when it would reveal a small number. */
  rate: number | null;
  label: string;
}

export interface Compliance {
  measure: ReviewMeasure;
  of: ReviewMeasure;
  rates: ComplianceRate[];
}

/**
 * The 24-hour compliance rates: for each "within 24 hours" measure, its total over the total it is part of, period
 * by period, read from the two measures' tables. In the shared view a rate is not shown when either period total is
 * hidden or the remainder (not within 24 hours) is a small number: with the total published, the rate would give
 * the hidden count away.
 */
export function complianceRates(series: ReviewSeries, view: ReviewView): Compliance[] {
  const byId = new Map(series.measures.map((measure) => [measure.id, measure]));
  return series.measures.flatMap((measure) => {
    const of = measure.within24hOf ? byId.get(measure.within24hOf) : undefined;
    if (!of) return [];
    const parts = measureTable(series, measure.id, view).periodTotals;
    const totals = measureTable(series, of.id, view).periodTotals;
    const rates = series.periods.map((period, at): ComplianceRate => {
      const part = parts[at] as ShownCount;
      const total = totals[at] as ShownCount;
      if (total.value === 0) return { period, rate: null, label: 'nothing to count' };
      if (part.value === null || total.value === null || (view === 'shared' && isSmallNumber(total.value - part.value, series.threshold))) {
        return { period, rate: null, label: 'not shown (small numbers)' };
      }
      const rate = Math.min(1, part.value / total.value);
      return { period, rate, label: `${Math.round(rate * 100)}%` };
    });
    return [{ measure, of, rates }];
  });
}

const directionWords = (now: number, then: number) =>
  now > then ? `up from ${then.toLocaleString('en-US')}` : now < then ? `down from ${then.toLocaleString('en-US')}` : 'the same as';

function compared(now: ShownCount, earlier: { period: string; total: ShownCount } | null, what: string, periodLabel: (id: string) => string): string | null {
  if (!earlier) return null;
  if (now.value === null || earlier.total.value === null) return `${what} (${periodLabel(earlier.period)}): ${earlier.total.label}`;
  const words = directionWords(now.value, earlier.total.value);
  return words === 'the same as' ? `the same as ${what} (${periodLabel(earlier.period)})` : `${words} ${what} (${periodLabel(earlier.period)})`;
}

/** The chart's summary in words: the latest total, how it compares, and the highest period in the range. */
export function trendSummary(table: MeasureTable, periodLabel: (id: string) => string = (id) => parsePeriod(id)?.label ?? id): string {
  const { measure } = table;
  if (!table.hasFigures) return `${measure.name}: no figures entered for these periods yet.`;
  const compare = comparison(table);
  if (!compare) return `${measure.name}: no periods chosen.`;
  const parts = [
    compared(compare.now, compare.previous, 'the period before', periodLabel),
    compared(compare.now, compare.yearAgo, 'a year earlier', periodLabel),
  ].filter((part): part is string => part !== null);
  const lead = `${measure.name}: ${compare.now.label} ${measure.unit} in ${periodLabel(compare.period)}`;
  const highest = table.periodTotals.reduce<{ at: number; value: number } | null>(
    (best, total, at) => (total.value !== null && (!best || total.value > best.value) ? { at, value: total.value } : best),
    null,
  );
  const peak =
    highest && table.periods.length > 1
      ? ` The highest shown was ${highest.value.toLocaleString('en-US')} in ${periodLabel(table.periods[highest.at] ?? '')}.`
      : '';
  const hiddenCount = table.cells.flat().filter((cell) => cell.hidden).length + table.periodTotals.filter((cell) => cell.hidden).length;
  const hiddenWords = hiddenCount > 0 ? ` ${hiddenCount} ${hiddenCount === 1 ? 'figure is' : 'figures are'} hidden to protect small numbers.` : '';
  return `${lead}${parts.length > 0 ? `, ${parts.join('; ')}` : ''}.${peak}${hiddenWords}`;
}
