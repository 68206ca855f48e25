import type { MeetingDetail } from '../../../shared/contract';
import { meetingRecordLock } from '../../../shared/meetingEditability';

/** The host's own rule (shared/meetingEditability.ts): the page shows a locked record read-only. */
export function isRecordLocked(detail: Pick<MeetingDetail, 'meeting' | 'amending'>): boolean {
  return meetingRecordLock(detail.meeting.status, detail.amending) !== null;
}

export function lockedExplanation(detail: Pick<MeetingDetail, 'meeting'>): string {
  return detail.meeting.status === 'cancelled'
    ? 'This meeting was cancelled, so its agenda no longer changes.'
    : 'These minutes are approved and locked. To change the agenda, choose "Amend minutes" and give the reason.';
}
