import { uuidv7 } from 'uuidv7';
import type { MeetingSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { closeAmendment as storeClosed, findOpenAmendment, insertAmendment } from '../db/meetingAmendmentRepository';
import { takeRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { touchMeeting } from '../db/meetingRepository';
import { auditMeetingChange } from './meetingAudit';
import { readMeetingDetail } from './meetingDetail';
import { requireMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction } from './workspaceTransaction';

/**
 * Approved minutes change only inside an amendment: it keeps the whole record as it stood, the reason, when
 * and by whom; every change until it is closed is in the meeting's history.
 */
export function openAmendment(context: ServiceContext, input: { id: string; reason: string }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireMeeting(db, input.id);
    if (meeting.status !== 'approved') throw new AppError('CONFLICT', `Only approved minutes need an amendment. "${meeting.title}" can be changed directly.`);
    if (findOpenAmendment(db, meeting.id)) throw new AppError('CONFLICT', `An amendment of "${meeting.title}" is already open. Close it before opening another.`);
    insertAmendment(db, { id: uuidv7(), meetingId: meeting.id, reason: input.reason, profile: context.profile, openedAt: at, recordBefore: readMeetingDetail(db, meeting.id) });
    touchMeeting(db, meeting.id, at);
    auditMeetingChange(context, db, at, { id: meeting.id, action: 'amendment opened', changes: { reason: input.reason } });
    return requireMeeting(db, meeting.id);
  });
}

/** Closing approves the amended record: its attendance and quorum line are stored again, as they now stand. */
export function closeAmendment(context: ServiceContext, { id }: { id: string }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireMeeting(db, id);
    const open = findOpenAmendment(db, id);
    if (!open) throw new AppError('CONFLICT', `"${meeting.title}" has no open amendment to close.`);
    storeClosed(db, open.id, at);
    takeRecordSnapshot(db, id, at);
    touchMeeting(db, id, at);
    auditMeetingChange(context, db, at, { id, action: 'amendment closed', changes: { reason: open.reason } });
    return requireMeeting(db, id);
  });
}
