import type { DataSnapshot, SharedFigure } from '../../../shared/contract';
import { planStatusLabels } from '../../../shared/planStatus';
import { formatAmount } from '../../../shared/planProgressWords';
import { sharedFigureWords, suppressionNote } from '../../../shared/dataSnapshotWords';

/** What a plan review or data review item adds under its heading in the meeting record. */
export interface ReviewRecordEntry {
  /** Progress updates recorded during a plan review, in the order they were recorded. */
  planUpdates?: ReviewTable;
  /** A data review's snapshot as a table (periods down, measures across, totals last). */
  dataSnapshot?: ReviewTable & { caption: string; chart: SnapshotChart };
}

export interface ReviewTable {
  columns: string[];
  rows: string[][];
  emptyText: string;
}

/** The figures a small chart can draw: per measure, the shown value of each period (null when hidden or missing). */
export interface SnapshotChart {
  periods: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
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
    rows: updates.map((update) => [update.objectiveTitle, planStatusLabels[update.status], update.value === null ? '' : formatAmount(update.value), update.note]),
    emptyText: 'No plan updates were recorded during this item.',
  };
}

export function snapshotTable(snapshot: DataSnapshot, takenOn: string): NonNullable<ReviewRecordEntry['dataSnapshot']> {
  const words = (figure: SharedFigure) => sharedFigureWords(figure, snapshot.threshold);
  return {
    caption: `Figures as of ${takenOn}, all reporting organizations together. ${suppressionNote(snapshot.threshold)}`,
    columns: ['Period', ...snapshot.measures.map((measure) => (measure.unit ? `${measure.name} (${measure.unit})` : measure.name))],
    rows: [...snapshot.periods.map((period, index) => [period.label, ...(snapshot.rows[index] ?? []).map(words)]), ['Total', ...snapshot.totals.map(words)]],
    emptyText: 'No periods were chosen.',
    chart: { periods: snapshot.periods.map((period) => period.label), series: snapshot.measures.map((measure, column) => ({ name: measure.name, values: snapshot.rows.map((row) => row[column]?.value ?? null) })) },
  };
}
