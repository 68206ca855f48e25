import { uuidv7 } from 'uuidv7';
import type { MeetingStatus, MeetingSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { findAgendaItem, findApproveMinutesItem, setAgendaItemStatus } from '../db/agendaItemRepository';
import { insertDecision } from '../db/decisionRepository';
import { takeRecordSnapshot } from '../db/meetingRecordSnapshotRepository';
import { setCurrentItem as storeCurrentItem, setMeetingStatus, type StatusChange } from '../db/meetingRepository';
import { laterPlannedInSeries, nextPlannedInSeries } from '../db/meetingSeriesRepository';
import type { Db } from '../db/openDatabase';
import { todayInZone } from '../meetings/meetingTime';
import { minutesApprovedText } from '../meetings/standardItems';
import { statusInSentence } from '../meetings/statusWords';
import { carryOpenItems } from './carryOver';
import { auditMeetingChange } from './meetingAudit';
import { assertMeetingEditable } from './meetingEditability';
import { requireMeeting } from './meetingRecord';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound } from './workspaceTransaction';

/**
 * planned -> in-progress -> minutes-draft -> approved, minutes-draft -> in-progress, planned -> cancelled.
 * Any other move is refused with a sentence saying what is possible.
 */
function requireStatus(db: Db, id: string, from: MeetingStatus, refusal: string): MeetingSummary {
  const meeting = requireMeeting(db, id);
  if (meeting.status !== from) throw new AppError('CONFLICT', `${refusal} "${meeting.title}" is ${statusInSentence[meeting.status]}.`);
  return meeting;
}

function move(context: ServiceContext, db: Db, at: string, meeting: MeetingSummary, to: MeetingStatus, action: string, change: StatusChange = {}): void {
  setMeetingStatus(db, meeting.id, to, change, at);
  auditMeetingChange(context, db, at, { id: meeting.id, action, changes: { status: { from: meeting.status, to }, ...change } });
}

export function startMeeting(context: ServiceContext, { id }: { id: string }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    move(context, db, at, requireStatus(db, id, 'planned', 'Only a planned meeting can start.'), 'in-progress', 'started');
    return requireMeeting(db, id);
  });
}

/** Unfinished items move to the next planned meeting of the series, when there is one already. */
export function finishMeeting(context: ServiceContext, { id }: { id: string }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireStatus(db, id, 'in-progress', 'Only a meeting in progress can be finished.');
    move(context, db, at, meeting, 'minutes-draft', 'finished');
    storeCurrentItem(db, id, null, at);
    const next = meeting.seriesId !== null && meeting.seriesIndex !== null ? nextPlannedInSeries(db, meeting.seriesId, meeting.seriesIndex) : undefined;
    if (next) carryOpenItems(context, db, at, id, next.id);
    return requireMeeting(db, id);
  });
}

export function resumeMeeting(context: ServiceContext, { id }: { id: string }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    move(context, db, at, requireStatus(db, id, 'minutes-draft', 'Only minutes in draft can go back to the meeting.'), 'in-progress', 'resumed');
    return requireMeeting(db, id);
  });
}

/**
 * Locks the minutes; approved_on is today in the meeting's own zone. When approved at a later meeting, that
 * meeting records the decision, on its "Approve minutes" item, which is then done. The attendance and quorum line
 * are stored as they stand, so later roster changes do not change the approved record.
 */
export function approveMinutes(context: ServiceContext, input: { id: string; atMeetingId: string | null }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireStatus(db, input.id, 'minutes-draft', 'Only draft minutes can be approved.');
    if (input.atMeetingId !== null) recordApprovalAt(context, db, at, meeting, input.atMeetingId);
    move(context, db, at, meeting, 'approved', 'minutes approved', { approvedOn: todayInZone(context.now(), meeting.timeZone), approvedAtMeetingId: input.atMeetingId });
    takeRecordSnapshot(db, meeting.id, at);
    return requireMeeting(db, input.id);
  });
}

function recordApprovalAt(context: ServiceContext, db: Db, at: string, meeting: MeetingSummary, atMeetingId: string): void {
  if (atMeetingId === meeting.id) throw new AppError('CONFLICT', 'Minutes are approved at a later meeting, not at the meeting they record.');
  assertMeetingEditable(db, atMeetingId);
  const item = findApproveMinutesItem(db, atMeetingId, meeting.id);
  const text = minutesApprovedText(meeting, readPreferences(db).dateStyle);
  insertDecision(db, uuidv7(), atMeetingId, { agendaItemId: item?.id ?? null, text, motion: null, outcome: 'adopted' }, at);
  if (item) setAgendaItemStatus(db, item.id, 'done', at);
  auditMeetingChange(context, db, at, { id: atMeetingId, action: 'decision recorded', changes: { text, outcome: 'adopted' } });
}

/** Scope "following" also cancels the later planned meetings of the series, with the same reason. */
export function cancelMeeting(context: ServiceContext, input: { id: string; reason: string; scope: 'this' | 'following' }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireStatus(db, input.id, 'planned', 'Only a planned meeting can be cancelled.');
    const later = input.scope === 'following' && meeting.seriesId !== null && meeting.seriesIndex !== null ? laterPlannedInSeries(db, meeting.seriesId, meeting.seriesIndex) : [];
    for (const each of [meeting, ...later.map((row) => requireMeeting(db, row.id))]) move(context, db, at, each, 'cancelled', 'cancelled', { cancelledReason: input.reason });
    return requireMeeting(db, input.id);
  });
}

/** The "Run meeting" view's current item; null when it leaves the agenda. */
export function setCurrentItem(context: ServiceContext, input: { meetingId: string; itemId: string | null }): { done: true } {
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingEditable(db, input.meetingId);
    if (input.itemId !== null) {
      const item = requireFound(findAgendaItem(db, input.itemId), 'agenda item');
      if (item.meetingId !== input.meetingId) throw new AppError('NOT_FOUND', 'That agenda item is not on this meeting’s agenda. Reload and try again.');
    }
    storeCurrentItem(db, input.meetingId, input.itemId, at);
    return { done: true as const };
  });
}
