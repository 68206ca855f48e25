import type { MeetingStatus } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import { requireFound } from './workspaceTransaction';

interface MeetingState {
  status: MeetingStatus;
  title: string;
  amending: number;
}

/**
 * The record of a meeting can change while it is planned, running or in draft. Approved minutes change
 * only inside an open amendment (with its reason); a cancelled meeting does not change.
 */
export function assertMeetingEditable(db: Db, meetingId: string): void {
  const meeting = requireFound(
    db
      .prepare(
        `SELECT status, title,
                EXISTS (SELECT 1 FROM meeting_amendments a WHERE a.meeting_id = m.id AND a.closed_at IS NULL) AS amending
         FROM meetings m WHERE id = ?`,
      )
      .get(meetingId) as MeetingState | undefined,
    'meeting',
  );
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', `"${meeting.title}" was cancelled, so its record cannot change.`);
  if (meeting.status === 'approved' && meeting.amending === 0) {
    throw new AppError('CONFLICT', `The minutes of "${meeting.title}" are approved. Record an amendment, with its reason, to change them.`);
  }
}
