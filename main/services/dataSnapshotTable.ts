import type { DataSnapshot, SharedFigure } from '../../shared/contract';
import type { PeriodKind } from '../../shared/dataPeriods';
import { suppressTable } from '../../shared/smallNumbers';
import type { SeriesTotal } from '../db/agendaDataSeries';

export interface SnapshotSource {
  periodKind: PeriodKind;
  threshold: number;
  periods: DataSnapshot['periods'];
  measures: DataSnapshot['measures'];
  totals: readonly SeriesTotal[];
  takenAt: string;
  takenBy: string;
}

/**
 * The snapshot as it may be shared: each measure is a column of period totals with its total over the periods, and
 * each column is suppressed on its own (shared/smallNumbers.ts: small counts, and the others that would give them
 * away through the total). Hidden figures are stored as null, so the exact small counts never reach the minutes.
 * A period with no figures at all reads "no figures": it is known to be empty, so it takes no part in the hiding.
 */
export function buildDataSnapshot(source: SnapshotSource): DataSnapshot {
  const byKey = new Map(source.totals.map((total) => [`${total.measureId}|${total.period}`, total]));
  const columns = source.measures.map((measure) => {
    const found = source.periods.map((period) => byKey.get(`${measure.id}|${period.id}`));
    // A period nobody reported is known to be empty, so it cannot hide anything: only reported periods are suppressed.
    const reported = found.flatMap((total) => (total ? [total] : []));
    const shared = suppressTable(
      reported.map((total) => [total.total]),
      source.threshold,
    );
    let row = 0;
    const figures = found.map((total): SharedFigure => {
      if (!total) return { value: 0, hidden: null, noFigures: true };
      const cell = shared.cells[row]?.[0];
      const hidden = cell?.hidden ?? shared.rowTotals[row]?.hidden ?? null;
      row += 1;
      return { value: hidden ? null : total.total, hidden, noFigures: false };
    });
    const totalHidden = shared.columnTotals[0]?.hidden ?? shared.grandTotal.hidden;
    const total: SharedFigure = {
      value: totalHidden ? null : shared.grandTotal.value,
      hidden: totalHidden,
      noFigures: found.every((each) => each === undefined),
    };
    return { figures, total };
  });
  return {
    periodKind: source.periodKind,
    threshold: source.threshold,
    periods: source.periods,
    measures: source.measures,
    rows: source.periods.map((_, row) => columns.map((column) => column.figures[row] as SharedFigure)),
    totals: columns.map((column) => column.total),
    takenAt: source.takenAt,
    takenBy: source.takenBy,
  };
}
