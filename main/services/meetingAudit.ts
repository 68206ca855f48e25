import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { markMeetingChanged } from '../db/meetingRepository';
import type { ServiceContext } from './serviceContext';

/** Every change to a meeting's record (its fields, agenda, attendance, decisions) lands in the meeting's history. */
export type MeetingAuditEntity = 'meeting' | 'workgroup' | 'template';

type MeetingChange = { entity?: MeetingAuditEntity; id: string; action: string; changes?: Record<string, unknown> };

const historyEntry = (context: ServiceContext, change: MeetingChange) => ({
  profile: context.profile,
  entity: change.entity ?? 'meeting',
  entityId: change.id,
  action: change.action,
  changes: change.changes ?? {},
});

export async function writeMeetingHistory(context: ServiceContext, db: StorageExecutor, at: string, change: MeetingChange): Promise<void> {
  await appendAudit(db, historyEntry(context, change), at);
}

/** A change to a meeting's record other than its own fields (agenda, attendance, decisions): marks it changed and writes its history row. */
export async function recordMeetingChange(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  change: { id: string; action: string; changes?: Record<string, unknown> },
): Promise<void> {
  await markMeetingChanged(db, change.id, at);
  await writeMeetingHistory(context, db, at, change);
}
