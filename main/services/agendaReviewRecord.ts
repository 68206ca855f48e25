import { type DateStyle, formatDate } from '../../shared/dateFormat';
import { loadAgendaReviewRows } from '../db/agendaReviewRecord';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { type ReviewRecordEntry, planUpdatesTable, snapshotTable } from '../export/meetingRecord/reviewRecordEntries';
import { parseStoredSnapshot } from './dataReviewSnapshot';

/** Per agenda item id, what its plan review or data review adds to the meeting record. */
export async function loadReviewRecordEntries(
  db: StorageExecutor,
  itemIds: readonly string[],
  dateStyle: DateStyle,
  timeZone: string,
): Promise<Map<string, ReviewRecordEntry>> {
  const rows = await loadAgendaReviewRows(db, itemIds);
  const entries = new Map<string, ReviewRecordEntry>();
  for (const [itemId, updates] of rows.planUpdates) entries.set(itemId, { planUpdates: planUpdatesTable(updates) });
  for (const [itemId, row] of rows.snapshots) {
    const snapshot = parseStoredSnapshot(row.figures);
    if (snapshot)
      entries.set(itemId, {
        ...entries.get(itemId),
        dataSnapshot: snapshotTable(snapshot, formatDate(snapshot.takenAt, { style: dateStyle, locale: 'en-US', timeZone })),
      });
  }
  return entries;
}
