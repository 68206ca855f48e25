import type { StorageExecutor } from './engine/storageEngine';

export interface Amendment {
  id: string;
  reason: string;
  openedAt: string;
  closedAt: string | null;
  profile: string;
}

export async function addAmendment(db: StorageExecutor, amendment: Omit<Amendment, 'closedAt'> & { meetingId: string; recordBefore: unknown }): Promise<void> {
  await db
    .insertInto('meeting_amendments')
    .values({
      id: amendment.id,
      meeting_id: amendment.meetingId,
      reason: amendment.reason,
      profile: amendment.profile,
      opened_at: amendment.openedAt,
      record_before: JSON.stringify(amendment.recordBefore),
    })
    .execute();
}

export function readOpenAmendment(db: StorageExecutor, meetingId: string): Promise<Amendment | undefined> {
  return amendments(db).where('meeting_id', '=', meetingId).where('closed_at', 'is', null).executeTakeFirst();
}

export async function storeAmendmentClosed(db: StorageExecutor, id: string, at: string): Promise<void> {
  await db.updateTable('meeting_amendments').set({ closed_at: at }).where('id', '=', id).execute();
}

/** Oldest first: the order they happened in. */
export function readAmendments(db: StorageExecutor, meetingId: string): Promise<Amendment[]> {
  return amendments(db).where('meeting_id', '=', meetingId).orderBy('opened_at').orderBy('id').execute();
}

const amendments = (db: StorageExecutor) =>
  db.selectFrom('meeting_amendments').select(['id', 'reason', 'opened_at as openedAt', 'closed_at as closedAt', 'profile']);
