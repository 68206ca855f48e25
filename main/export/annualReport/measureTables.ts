import { HIDDEN_FIGURE, type SharedCell, suppressTable } from '../../../shared/smallNumbers';
import type { MeasureChart, ReportMeasure } from './annualReportModel';

/** A column of a measure's table: a quarter or a year of the report's period. */
export interface ReportColumn {
  id: string;
  label: string;
}

export interface MeasureFigures {
  name: string;
  definition: string;
  unit: string;
  /** Organization name -> column id -> count (a column's figures already added up). */
  byOrganization: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/** Organizations named in a stacked bar; the others share one segment. */
const NAMED_STACKS = 6;

/**
 * One measure's table for sharing: organizations by period with row, column and grand totals, small numbers and
 * the cells that would give them away hidden (shared/smallNumbers.ts), then its charts and caption from what shows.
 */
export function reportMeasure(figures: MeasureFigures, columns: readonly ReportColumn[], threshold: number): ReportMeasure {
  const organizations = [...figures.byOrganization.keys()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  const counts = organizations.map((name) => columns.map((column) => figures.byOrganization.get(name)?.get(column.id) ?? 0));
  const shared = suppressTable(counts, threshold);
  // Every hidden cell reads the same word, small or not (shared/smallNumbers.ts HIDDEN_FIGURE).
  const text = (cell: SharedCell) => (cell.hidden ? HIDDEN_FIGURE : String(cell.value));
  const rows = organizations.map((name, row) => [name, ...(shared.cells[row] ?? []).map(text), text(shared.rowTotals[row] ?? { value: 0, hidden: null })]);
  rows.push(['All organizations', ...shared.columnTotals.map(text), text(shared.grandTotal)]);
  const chart = measureChart(organizations, shared.cells, shared.columnTotals, columns);
  return {
    name: figures.name,
    definition: figures.definition,
    unit: figures.unit,
    caption: caption(figures, chart, shown(shared.grandTotal)),
    table: {
      columns: [{ header: 'Organization', weight: 2.6 }, ...columns.map((column) => ({ header: column.label, weight: 1.3 })), { header: 'Total', weight: 1.3 }],
      rows,
      emptyText: 'No figures in the period.',
    },
    chart,
  };
}

const shown = (cell: SharedCell | undefined): number | null => (cell && !cell.hidden ? cell.value : null);

function measureChart(
  organizations: readonly string[],
  cells: readonly SharedCell[][],
  totals: readonly SharedCell[],
  columns: readonly ReportColumn[],
): MeasureChart {
  const visibleSum = (row: number) => (cells[row] ?? []).reduce((sum, cell) => sum + (shown(cell) ?? 0), 0);
  const order = organizations.map((_, row) => row).sort((a, b) => visibleSum(b) - visibleSum(a));
  const named = order.slice(0, NAMED_STACKS).filter((row) => visibleSum(row) > 0);
  const rest = order.filter((row) => !named.includes(row));
  const stacks = named.map((row) => ({ label: organizations[row] ?? '', values: columns.map((_, column) => shown(cells[row]?.[column])) }));
  if (rest.length > 0) {
    const values = columns.map((_, column) => rest.reduce((sum, row) => sum + (shown(cells[row]?.[column]) ?? 0), 0));
    if (values.some((value) => value > 0)) stacks.push({ label: `${rest.length} other organization${rest.length === 1 ? '' : 's'}`, values });
  }
  // The hidden cells of a column add up to its shown total minus its shown cells: the table already says as much,
  // and complementary suppression leaves at least two hidden cells in such a column, so no single one shows.
  const notShown = columns.map((_, column) => {
    const total = shown(totals[column]);
    if (total === null) return null;
    return total - cells.reduce((sum, line) => sum + (shown(line[column]) ?? 0), 0);
  });
  return { periods: columns.map((column) => column.label), totals: totals.map(shown), stacks, notShown, hiddenLabel: HIDDEN_FIGURE };
}

function caption(figures: MeasureFigures, chart: MeasureChart, grandTotal: number | null): string {
  const unit = figures.unit || 'counted';
  const points = chart.totals.flatMap((value, index) => (value === null ? [] : [{ value, label: chart.periods[index] ?? '' }]));
  const hidden = chart.totals.length - points.length;
  // No count of organizations either: the table names them, and a caption carries no small figure of any kind.
  const parts = [
    grandTotal === null
      ? `${figures.name}: the total over the period is ${HIDDEN_FIGURE}, so that small numbers cannot be worked out; the organizations are in the table below.`
      : `${figures.name}: ${grandTotal} ${unit} in all over the period, from the organizations in the table below.`,
  ];
  const first = points[0];
  const last = points.at(-1);
  const highest = points.reduce<(typeof points)[number] | undefined>(
    (best, point) => (best === undefined || point.value > best.value ? point : best),
    undefined,
  );
  if (first && last && highest && points.length > 1)
    parts.push(
      `The coalition's total went from ${first.value} in ${first.label} to ${last.value} in ${last.label}; the highest shown was ${highest.value} in ${highest.label}.`,
    );
  else if (first) parts.push(`The coalition's total was ${first.value} in ${first.label}.`);
  if (hidden > 0)
    parts.push(`${hidden} of ${chart.totals.length} totals are not shown exactly, so that small numbers cannot be worked out; the line breaks there.`);
  return parts.join(' ');
}
