import { recordAudit } from '../db/auditRepository';
import { touchMeeting } from '../db/meetingRepository';
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

/** A change to a meeting's record other than its own fields (agenda, attendance, decisions): marks it changed and writes its history row. */
export function recordMeetingChange(context: ServiceContext, db: Db, at: string, change: { id: string; action: string; changes?: Record<string, unknown> }): void {
  touchMeeting(db, change.id, at);
  auditMeetingChange(context, db, at, change);
}
