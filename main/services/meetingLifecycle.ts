import { uuidv7 } from 'uuidv7';
import type { MeetingStatus, MeetingSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { findAgendaItem, findApproveMinutesItem, setAgendaItemStatus } from '../db/agendaItemRepository';
import { addDecision } from '../db/decisionRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { storeRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { changeMeetingStatus, storeCurrentItem, type StatusChange } from '../db/meetingRepository';
import { nearestInSeries, seriesMeetings } from '../db/meetingSeriesRepository';
import { todayInZone } from '../meetings/meetingTime';
import { minutesApprovedText } from '../meetings/standardItems';
import { statusInSentence } from '../meetings/statusWords';
import { carryOpenItems } from './carryOver';
import { writeMeetingHistory } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import { loadMeeting } from './meetingRecord';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

/**
 * planned -> in-progress -> minutes-draft -> approved, minutes-draft -> in-progress, planned -> cancelled.
 * Any other move is refused with a sentence saying what is possible.
 */
async function requireStatus(db: StorageExecutor, id: string, from: MeetingStatus, refusal: string): Promise<MeetingSummary> {
  const meeting = await loadMeeting(db, id);
  if (meeting.status !== from) throw new AppError('CONFLICT', `${refusal} "${meeting.title}" is ${statusInSentence[meeting.status]}.`);
  return meeting;
}

async function move(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  meeting: MeetingSummary,
  to: MeetingStatus,
  action: string,
  change: StatusChange = {},
): Promise<void> {
  await changeMeetingStatus(db, meeting.id, to, change, at);
  await writeMeetingHistory(context, db, at, { id: meeting.id, action, changes: { status: { from: meeting.status, to }, ...change } });
}

export function startMeeting(context: ServiceContext, { id }: { id: string }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    await move(context, trx, at, await requireStatus(trx, id, 'planned', 'Only a planned meeting can start.'), 'in-progress', 'started');
    return loadMeeting(trx, id);
  });
}

/**
 * Unfinished items move to the next planned meeting of the series, when there is one already.
 */
export function finishMeeting(context: ServiceContext, { id }: { id: string }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await requireStatus(trx, id, 'in-progress', 'Only a meeting in progress can be finished.');
    await move(context, trx, at, meeting, 'minutes-draft', 'finished');
    await storeCurrentItem(trx, id, null, at);
    const next =
      meeting.seriesId !== null && meeting.seriesIndex !== null
        ? await nearestInSeries(trx, meeting.seriesId, { after: meeting.seriesIndex }, { planned: true })
        : undefined;
    if (next) await carryOpenItems(context, trx, at, id, next.id);
    return loadMeeting(trx, id);
  });
}

export function resumeMeeting(context: ServiceContext, { id }: { id: string }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    await move(context, trx, at, await requireStatus(trx, id, 'minutes-draft', 'Only minutes in draft can go back to the meeting.'), 'in-progress', 'resumed');
    return loadMeeting(trx, id);
  });
}

/**
 * Locks the minutes; approved_on is today in the meeting's own zone. When approved at a later meeting, that
 * meeting records the decision, on its "Approve minutes" item, which is then done. The attendance and quorum line
 * are stored as they stand, so later roster changes do not change the approved record.
 */
export function approveMinutes(context: ServiceContext, input: { id: string; atMeetingId: string | null }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await requireStatus(trx, input.id, 'minutes-draft', 'Only draft minutes can be approved.');
    if (input.atMeetingId !== null) await recordApprovalAt(context, trx, at, meeting, input.atMeetingId);
    await move(context, trx, at, meeting, 'approved', 'minutes approved', {
      approvedOn: todayInZone(context.now(), meeting.timeZone),
      approvedAtMeetingId: input.atMeetingId,
    });
    await storeRecordSnapshot(trx, meeting.id, at);
    return loadMeeting(trx, input.id);
  });
}

async function recordApprovalAt(context: ServiceContext, db: StorageExecutor, at: string, meeting: MeetingSummary, atMeetingId: string): Promise<void> {
  if (atMeetingId === meeting.id) throw new AppError('CONFLICT', 'Minutes are approved at a later meeting, not at the meeting they record.');
  await requireEditable(db, atMeetingId);
  const item = await findApproveMinutesItem(db, atMeetingId, meeting.id);
  const text = minutesApprovedText(meeting, (await loadPreferences(db)).dateStyle);
  await addDecision(db, uuidv7(), atMeetingId, { agendaItemId: item?.id ?? null, text, motion: null, outcome: 'adopted' }, at);
  if (item) await setAgendaItemStatus(db, item.id, 'done', at);
  await writeMeetingHistory(context, db, at, { id: atMeetingId, action: 'decision recorded', changes: { text, outcome: 'adopted' } });
}

/** Scope "following" also cancels the later planned meetings of the series, with the same reason. */
export function cancelMeeting(context: ServiceContext, input: { id: string; reason: string; scope: 'this' | 'following' }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await requireStatus(trx, input.id, 'planned', 'Only a planned meeting can be cancelled.');
    const following = input.scope === 'following' && meeting.seriesId !== null && meeting.seriesIndex !== null;
    const later = following ? await seriesMeetings(trx, meeting.seriesId ?? '', { after: meeting.seriesIndex ?? 0 }, { planned: true }) : [];
    for (const each of [meeting, ...later])
      await move(context, trx, at, each.id === meeting.id ? meeting : await loadMeeting(trx, each.id), 'cancelled', 'cancelled', {
        cancelledReason: input.reason,
      });
    return loadMeeting(trx, input.id);
  });
}

/** The "Run meeting" view's current item; null when it leaves the agenda. */
export function setCurrentItem(context: ServiceContext, input: { meetingId: string; itemId: string | null }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    await requireEditable(trx, input.meetingId);
    if (input.itemId !== null) {
      const item = requireFound(await findAgendaItem(trx, input.itemId), 'agenda item');
      if (item.meetingId !== input.meetingId) throw new AppError('NOT_FOUND', 'That agenda item is not on this meeting’s agenda. Reload and try again.');
    }
    await storeCurrentItem(trx, input.meetingId, input.itemId, at);
    return { done: true as const };
  });
}
