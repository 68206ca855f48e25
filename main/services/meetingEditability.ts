import { AppError } from '../../shared/errors';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { type MeetingState, readMeetingState } from '../db/meetingRepository';
import { requireFound } from './workspaceTransaction';

/**
 * The record of a meeting can change while it is planned, running or in draft. Approved minutes change
 * only inside an open amendment (with its reason); a cancelled meeting does not change.
 */
export function refuseUnlessEditable(meeting: MeetingState): void {
  const problem = editabilityProblem(meeting);
  if (problem !== null) throw new AppError('CONFLICT', problem);
}

/** Why the meeting's record cannot change, in words, or null when it can (for views that show it read-only). */
export function editabilityProblem(meeting: MeetingState): string | null {
  if (meeting.meetingStatus === 'cancelled') return `"${meeting.meetingTitle}" was cancelled, so its record cannot change.`;
  if (meeting.meetingStatus === 'approved' && !meeting.amending)
    return `The minutes of "${meeting.meetingTitle}" are approved. Record an amendment, with its reason, to change them.`;
  return null;
}

/** The meeting exists (NOT_FOUND otherwise) and its record may change (CONFLICT otherwise). */
export async function requireEditable(db: StorageExecutor, meetingId: string): Promise<void> {
  refuseUnlessEditable(requireFound(await readMeetingState(db, meetingId), 'meeting'));
}
