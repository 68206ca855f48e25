import { z } from 'zod';
import type { MeetingKind } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';

const memberIds = z.array(z.string());

/**
 * The voting members a meeting's quorum counts from: the whole directory for a full-coalition meeting, the
 * workgroup for a workgroup meeting, and those invited for a consultation. Archived members never count.
 * This synchronous form serves the upgrade step that snapshots approved records (migration 0040).
 */
export function eligibleVotingIds(db: Db, meeting: { id: string; kind: MeetingKind; workgroupId: string | null }): Set<string> {
  const active = 'm.archived_at IS NULL AND m.voting_member = 1';
  const ids =
    meeting.kind === 'full-coalition'
      ? db.prepare(`SELECT m.id FROM members m WHERE ${active}`).pluck().all()
      : meeting.kind === 'workgroup'
        ? db
            .prepare(`SELECT m.id FROM workgroup_members wm JOIN members m ON m.id = wm.member_id WHERE wm.workgroup_id = ? AND ${active}`)
            .pluck()
            .all(meeting.workgroupId)
        : db.prepare(`SELECT m.id FROM attendees a JOIN members m ON m.id = a.member_id WHERE a.meeting_id = ? AND ${active}`).pluck().all(meeting.id);
  return new Set(memberIds.parse(ids));
}

/** The storage-engine form of eligibleVotingIds. */
export async function votingMemberIds(db: StorageExecutor, meeting: { id: string; kind: MeetingKind; workgroupId: string | null }): Promise<Set<string>> {
  const active = db.selectFrom('members as m').select('m.id').where('m.archived_at', 'is', null).where('m.voting_member', '=', 1);
  const rows =
    meeting.kind === 'full-coalition'
      ? await active.execute()
      : meeting.kind === 'workgroup'
        ? await active
            .innerJoin('workgroup_members as wm', 'wm.member_id', 'm.id')
            .where('wm.workgroup_id', '=', meeting.workgroupId ?? '')
            .execute()
        : await active.innerJoin('attendees as a', 'a.member_id', 'm.id').where('a.meeting_id', '=', meeting.id).execute();
  return new Set(rows.map((row) => row.id));
}
