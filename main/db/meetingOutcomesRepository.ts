import type { MeetingDetail } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';

/**
 * Read-only: what a meeting produced in the action items tables (written by the action item services).
 */
export function actionItemIdsOfMeeting(db: Db, meetingId: string): string[] {
  return (db.prepare('SELECT id FROM action_items WHERE source_meeting_id = ? ORDER BY created_at, id').all(meetingId) as Array<{ id: string }>).map(
    (row) => row.id,
  );
}

/** Status updates given at the meeting, in the order they were given: part of its minutes. */
export function actionUpdatesAtMeeting(db: Db, meetingId: string): MeetingDetail['actionUpdates'] {
  return db
    .prepare(
      `SELECT u.action_item_id AS actionItemId, a.title AS actionItemTitle, u.at, u.from_status AS fromStatus, u.to_status AS toStatus, u.note
       FROM action_item_updates u JOIN action_items a ON a.id = u.action_item_id
       WHERE u.meeting_id = ?
       ORDER BY u.at, u.id`,
    )
    .all(meetingId) as MeetingDetail['actionUpdates'];
}

// ---------- The storage-engine forms (the synchronous ones above serve the exports' meeting detail).

export async function readActionItemIdsOfMeeting(db: StorageExecutor, meetingId: string): Promise<string[]> {
  const rows = await db.selectFrom('action_items').select('id').where('source_meeting_id', '=', meetingId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => row.id);
}

export function readActionUpdatesAtMeeting(db: StorageExecutor, meetingId: string): Promise<MeetingDetail['actionUpdates']> {
  return db
    .selectFrom('action_item_updates as u')
    .innerJoin('action_items as a', 'a.id', 'u.action_item_id')
    .select(['u.action_item_id as actionItemId', 'a.title as actionItemTitle', 'u.at', 'u.from_status as fromStatus', 'u.to_status as toStatus', 'u.note'])
    .where('u.meeting_id', '=', meetingId)
    .orderBy('u.at')
    .orderBy('u.id')
    .execute();
}
