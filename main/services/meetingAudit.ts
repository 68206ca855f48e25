import { recordAudit } from '../db/auditRepository';
import type { Db } from '../db/openDatabase';
import type { ServiceContext } from './serviceContext';

/** Every change to a meeting's record (its fields, agenda, attendance, decisions) lands in the meeting's history. */
export type MeetingAuditEntity = 'meeting' | 'workgroup' | 'template';

export function auditMeetingChange(
  context: ServiceContext,
  db: Db,
  at: string,
  change: { entity?: MeetingAuditEntity; id: string; action: string; changes?: Record<string, unknown> },
): void {
  recordAudit(db, { profile: context.profile, entity: change.entity ?? 'meeting', entityId: change.id, action: change.action, changes: change.changes ?? {} }, at);
}
