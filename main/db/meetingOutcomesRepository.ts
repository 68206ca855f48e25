import type { MeetingDetail } from '../../shared/contract';
import type { Db } from './openDatabase';

/**
 * Read-only: what a meeting produced in the action items tables (written by the action item services).
 */
export function actionItemIdsOfMeeting(db: Db, meetingId: string): string[] {
  return (db.prepare('SELECT id FROM action_items WHERE source_meeting_id = ? ORDER BY created_at, id').all(meetingId) as Array<{ id: string }>).map((row) => row.id);
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
