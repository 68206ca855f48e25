import { type DateStyle, formatDate } from '../../shared/dateFormat';
import { agendaReviewRowsNow } from '../db/agendaReviewRecord';
import type { Db } from '../db/openDatabase';
import { type ReviewRecordEntry, planUpdatesTable, snapshotTable } from '../export/meetingRecord/reviewRecordEntries';
import { parseStoredSnapshot } from './dataReviewSnapshot';

/** Per agenda item id, what its plan review or data review adds to the meeting record. */
export function reviewRecordEntries(db: Db, itemIds: readonly string[], dateStyle: DateStyle, timeZone: string): Map<string, ReviewRecordEntry> {
  const rows = agendaReviewRowsNow(db, itemIds);
  const entries = new Map<string, ReviewRecordEntry>();
  for (const [itemId, updates] of rows.planUpdates) entries.set(itemId, { planUpdates: planUpdatesTable(updates) });
  for (const [itemId, row] of rows.snapshots) {
    const snapshot = parseStoredSnapshot(row.figures);
    if (snapshot) entries.set(itemId, { ...entries.get(itemId), dataSnapshot: snapshotTable(snapshot, formatDate(snapshot.takenAt, { style: dateStyle, locale: 'en-US', timeZone })) });
  }
  return entries;
}
