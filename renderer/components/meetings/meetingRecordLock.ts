import type { MeetingDetail } from '../../../shared/contract';

/** Mirrors the host's rule: approved minutes change only inside an amendment; a cancelled meeting never changes. */
export function isRecordLocked(detail: Pick<MeetingDetail, 'meeting' | 'amending'>): boolean {
  const { status } = detail.meeting;
  return status === 'cancelled' || (status === 'approved' && !detail.amending);
}

export function lockedExplanation(detail: Pick<MeetingDetail, 'meeting'>): string {
  return detail.meeting.status === 'cancelled'
    ? 'This meeting was cancelled, so its agenda no longer changes.'
    : 'These minutes are approved and locked. To change the agenda, choose "Amend minutes" and give the reason.';
}
