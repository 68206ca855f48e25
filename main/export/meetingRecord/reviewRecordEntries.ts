import type { DataSnapshot, SharedFigure } from '../../../shared/contract';
import type { LineSeries, LinePoint } from '../pdf/pdfCharts';
import { planStatusLabels } from '../../../shared/planStatus';
import { formatAmount } from '../../../shared/planProgressWords';
import { sharedFigureWords } from '../../../shared/dataSnapshotWords';
import { HIDDEN_FIGURE, hiddenFiguresRule } from '../../../shared/smallNumbers';

/** What a plan review or data review item adds under its heading in the meeting record. */
export interface ReviewRecordEntry {
  /** Progress updates recorded during a plan review, in the order they were recorded. */
  planUpdates?: ReviewTable;
  /** A data review's snapshot as a table (periods down, measures across, totals last). */
  dataSnapshot?: ReviewTable & { caption: string; summary: string; chart: SnapshotChart };
}

export interface ReviewTable {
  columns: string[];
  rows: string[][];
  emptyText: string;
}

/** The figures a small chart can draw: per measure, each period's shown value, 'hidden', or null for no figures. */
export interface SnapshotChart {
  threshold: number;
  periods: string[];
  series: LineSeries[];
}

export interface PlanUpdateSource {
  objectiveTitle: string;
  status: keyof typeof planStatusLabels;
  value: number | null;
  note: string;
}

export function planUpdatesTable(updates: readonly PlanUpdateSource[]): ReviewTable {
  return {
    columns: ['Objective', 'Status', 'Value', 'Note'],
    rows: updates.map((update) => [
      update.objectiveTitle,
      planStatusLabels[update.status],
      update.value === null ? '' : formatAmount(update.value),
      update.note,
    ]),
    emptyText: 'No plan updates were recorded during this item.',
  };
}

export function snapshotTable(snapshot: DataSnapshot, takenOn: string): NonNullable<ReviewRecordEntry['dataSnapshot']> {
  return {
    caption: `Figures as of ${takenOn}, all reporting organizations together. ${hiddenFiguresRule(snapshot.threshold)}`,
    columns: ['Period', ...snapshot.measures.map((measure) => (measure.unit ? `${measure.name} (${measure.unit})` : measure.name))],
    rows: [
      ...snapshot.periods.map((period, index) => [period.label, ...(snapshot.rows[index] ?? []).map(sharedFigureWords)]),
      ['Total', ...snapshot.totals.map(sharedFigureWords)],
    ],
    emptyText: 'No periods were chosen.',
    summary: snapshotSummary(snapshot),
    chart: {
      threshold: snapshot.threshold,
      periods: snapshot.periods.map((period) => period.label),
      series: snapshot.measures.map((measure, column) => ({ label: measure.name, points: snapshot.rows.map((row) => chartPoint(row[column])) })),
    },
  };
}

/** A hidden figure is marked as hidden, never drawn at a value; a period nobody reported is left out, not drawn as 0. */
function chartPoint(figure: SharedFigure | undefined): LinePoint {
  if (!figure || figure.noFigures) return null;
  return figure.hidden || figure.value === null ? 'hidden' : figure.value;
}

/** The chart in one sentence, from shown figures only: each measure's first and last shown value and how many are hidden. */
export function snapshotSummary(snapshot: DataSnapshot): string {
  const parts = snapshot.measures.map((measure, column) => {
    const figures = snapshot.rows.map((row, index) => ({ figure: row[column], period: snapshot.periods[index]?.label ?? '' }));
    const shown = figures.flatMap(({ figure, period }) =>
      figure && !figure.noFigures && !figure.hidden && figure.value !== null ? [{ value: figure.value, period }] : [],
    );
    const hidden = figures.filter(({ figure }) => figure?.hidden).length;
    const first = shown[0];
    const last = shown.at(-1);
    const trend =
      !first || !last
        ? `${measure.name} has no figure shown`
        : first === last
          ? `${measure.name} was ${first.value} in ${first.period}`
          : `${measure.name} went from ${first.value} in ${first.period} to ${last.value} in ${last.period}`;
    return hidden > 0 ? `${trend} (${hidden} ${hidden === 1 ? 'figure' : 'figures'} ${HIDDEN_FIGURE})` : trend;
  });
  return parts.length === 0 ? 'No measures were chosen.' : `By period: ${parts.join('; ')}.`;
}
