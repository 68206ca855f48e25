import type { MeetingDetail } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';

/**
 * Read-only: what a meeting produced in the action items tables (written by the action item services).
 */
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
