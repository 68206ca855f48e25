import { AppError } from '../../shared/errors';
import { meetingRecordLock } from '../../shared/meetingEditability';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { type MeetingState, readMeetingState } from '../db/meetingRepository';
import { requireFound } from './workspaceTransaction';

/** Refuses a change to a meeting's record that the shared rule locks (shared/meetingEditability.ts). */
export function refuseUnlessEditable(meeting: MeetingState): void {
  const problem = editabilityProblem(meeting);
  if (problem !== null) throw new AppError('CONFLICT', problem);
}

/** Why the meeting's record cannot change, in words, or null when it can (for views that show it read-only). */
export function editabilityProblem(meeting: MeetingState): string | null {
  switch (meetingRecordLock(meeting.meetingStatus, meeting.amending)) {
    case 'cancelled':
      return `"${meeting.meetingTitle}" was cancelled, so its record cannot change.`;
    case 'approved':
      return `The minutes of "${meeting.meetingTitle}" are approved. Record an amendment, with its reason, to change them.`;
    case null:
      return null;
  }
}

/** The meeting exists (NOT_FOUND otherwise) and its record may change (CONFLICT otherwise). */
export async function requireEditable(db: StorageExecutor, meetingId: string): Promise<void> {
  refuseUnlessEditable(requireFound(await readMeetingState(db, meetingId), 'meeting'));
}
