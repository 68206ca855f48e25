import type { MeetingStatus } from './contract/meetingSchemas';

/**
 * Whether a meeting's record (agenda, notes, attendance, decisions) may change, and if not why: one rule for the
 * host, which refuses the change, and the renderer, which shows the record read-only. Planned, running and draft
 * meetings change freely; approved minutes only inside an open amendment (with its reason); a cancelled meeting never.
 */
export type MeetingRecordLock = 'cancelled' | 'approved' | null;

export function meetingRecordLock(status: MeetingStatus, amending: boolean): MeetingRecordLock {
  if (status === 'cancelled') return 'cancelled';
  if (status === 'approved' && !amending) return 'approved';
  return null;
}
