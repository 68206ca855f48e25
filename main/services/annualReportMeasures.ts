import type { Measure } from '../../shared/contract';
import { parsePeriod } from '../../shared/dataPeriods';
import { quarterEnd, quarterOf, quarterStart, type Quarter } from '../../shared/quarters';
import { hiddenFiguresRule } from '../../shared/smallNumbers';
import type { RangeFigure } from '../db/annualReportRepository';
import type { ReportMeasures } from '../export/annualReport/annualReportModel';
import { type ReportColumn, reportMeasure } from '../export/annualReport/measureTables';

/** Up to this many quarters the measures are shown by quarter; a longer period by year, so a table fits a page. */
const MOST_QUARTER_COLUMNS = 8;

export interface ReportColumns {
  columns: ReportColumn[];
  /** The column a stored period counts in, or null when the period is not wholly inside the report's range. */
  columnOf(period: string): string | null;
}

/**
 * Decision: a figure counts in the report when its whole period lies inside the range (a quarter half inside is left
 * out, not guessed at), and the columns are the quarters (or the years of the quarters) wholly inside it; monthly
 * figures are added up into them before suppression.
 */
export function reportColumns(range: { from: string; to: string }): ReportColumns {
  const quarters: Quarter[] = [];
  for (let quarter = quarterOf(range.from); quarterEnd(quarter) <= range.to; quarter = quarterOf(nextDay(quarterEnd(quarter)))) {
    if (quarterStart(quarter) >= range.from) quarters.push(quarter);
  }
  const byQuarter = quarters.length <= MOST_QUARTER_COLUMNS;
  const ids = byQuarter ? quarters.map(String) : [...new Set(quarters.map((quarter) => quarter.slice(0, 4)))];
  return {
    columns: ids.map((id) => ({ id, label: byQuarter ? `Q${id.slice(-1)} ${id.slice(0, 4)}` : id })),
    columnOf(id) {
      const period = parsePeriod(id);
      if (!period || period.startsOn < range.from || period.endsOn > range.to) return null;
      const column = byQuarter ? quarterOf(period.startsOn) : period.startsOn.slice(0, 4);
      return ids.includes(column) ? column : null;
    },
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Active measures and any measure with figures in the range, each as a shared table with its charts. */
export function measuresSection(
  measures: readonly Measure[],
  figures: readonly RangeFigure[],
  organizationName: ReadonlyMap<string, { name: string }>,
  range: { from: string; to: string },
  threshold: number,
): ReportMeasures {
  const { columns, columnOf } = reportColumns(range);
  const byMeasure = new Map<string, Map<string, Map<string, number>>>();
  for (const figure of figures) {
    const column = columnOf(figure.period);
    if (column === null) continue;
    const organization = organizationName.get(figure.organizationId)?.name ?? 'Organization no longer listed';
    const byOrganization = byMeasure.get(figure.measureId) ?? new Map<string, Map<string, number>>();
    const cells = byOrganization.get(organization) ?? new Map<string, number>();
    cells.set(column, (cells.get(column) ?? 0) + figure.total);
    byOrganization.set(organization, cells);
    byMeasure.set(figure.measureId, byOrganization);
  }
  const shown = measures.filter((measure) => byMeasure.has(measure.id));
  return {
    threshold,
    rule: `Counts only, never people. To protect youth in small communities: ${hiddenFiguresRule(threshold)} Charts leave those points out.`,
    measures: shown.map((measure) =>
      reportMeasure(
        { name: measure.name, definition: measure.definition, unit: measure.unit, byOrganization: byMeasure.get(measure.id) ?? new Map() },
        columns,
        threshold,
      ),
    ),
    withoutFigures: measures.filter((measure) => measure.active && !byMeasure.has(measure.id)).map((measure) => measure.name),
  };
}
