import type { ReviewRecordEntry, ReviewTable } from './reviewRecordEntries';
import type { RecordWriter } from './recordWriter';

const weighted = (table: ReviewTable, weights: readonly number[]) => table.columns.map((header, index) => ({ header, weight: weights[index] ?? 2 }));

/** Under a plan review: the updates recorded; under a data review: the snapshot in words, its chart (PDF) and its table. */
export function writeReviewEntry(writer: RecordWriter, entry: ReviewRecordEntry): void {
  if (entry.planUpdates) {
    writer.heading('Plan updates recorded at this meeting', 4);
    writer.table({ columns: weighted(entry.planUpdates, [4, 1.6, 1.4, 4]), rows: entry.planUpdates.rows, emptyText: entry.planUpdates.emptyText });
  }
  if (entry.dataSnapshot) {
    writer.heading('Data snapshot', 4);
    writer.paragraph(entry.dataSnapshot.caption, { muted: true });
    writer.paragraph(entry.dataSnapshot.summary);
    writer.snapshotChart?.(entry.dataSnapshot.chart);
    writer.table({ columns: weighted(entry.dataSnapshot, [2.4]), rows: entry.dataSnapshot.rows, emptyText: entry.dataSnapshot.emptyText });
  }
}
