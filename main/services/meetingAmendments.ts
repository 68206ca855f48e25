import { uuidv7 } from 'uuidv7';
import type { MeetingSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { addAmendment, readOpenAmendment, storeAmendmentClosed } from '../db/meetingAmendmentRepository';
import { storeRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { markMeetingChanged } from '../db/meetingRepository';
import { writeMeetingHistory } from './meetingAudit';
import { loadMeetingDetail } from './meetingDetail';
import { loadMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

/**
 * Approved minutes change only inside an amendment: it keeps the whole record as it stood, the reason, when
 * and by whom; every change until it is closed is in the meeting's history.
 */
export function openAmendment(context: ServiceContext, input: { id: string; reason: string }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await loadMeeting(trx, input.id);
    if (meeting.status !== 'approved') throw new AppError('CONFLICT', `Only approved minutes need an amendment. "${meeting.title}" can be changed directly.`);
    if (await readOpenAmendment(trx, meeting.id))
      throw new AppError('CONFLICT', `An amendment of "${meeting.title}" is already open. Close it before opening another.`);
    const recordBefore = await loadMeetingDetail(trx, meeting.id);
    await addAmendment(trx, { id: uuidv7(), meetingId: meeting.id, reason: input.reason, profile: context.profile, openedAt: at, recordBefore });
    await markMeetingChanged(trx, meeting.id, at);
    await writeMeetingHistory(context, trx, at, { id: meeting.id, action: 'amendment opened', changes: { reason: input.reason } });
    return loadMeeting(trx, meeting.id);
  });
}

/** Closing approves the amended record: its attendance and quorum line are stored again, as they now stand. */
export function closeAmendment(context: ServiceContext, { id }: { id: string }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await loadMeeting(trx, id);
    const open = await readOpenAmendment(trx, id);
    if (!open) throw new AppError('CONFLICT', `"${meeting.title}" has no open amendment to close.`);
    await storeAmendmentClosed(trx, open.id, at);
    await storeRecordSnapshot(trx, id, at);
    await markMeetingChanged(trx, id, at);
    await writeMeetingHistory(context, trx, at, { id, action: 'amendment closed', changes: { reason: open.reason } });
    return loadMeeting(trx, id);
  });
}
