import type { ChannelParsedInput, MeetingSummary } from '../../shared/contract';
import { reindexDecisionsOfMeeting } from '../db/decisionRepository';
import { type MeetingRecord, listMeetings as queryMeetings, updateMeetingRecord } from '../db/meetingRepository';
import { laterPlannedInSeries } from '../db/meetingSeriesRepository';
import type { Db } from '../db/openDatabase';
import { datePart, joinDateTime, timePart } from '../meetings/meetingTime';
import { templateItemsFor } from './agendaTemplates';
import { changedFields } from './directoryAudit';
import { auditMeetingChange } from './meetingAudit';
import { assertMeetingEditable } from './meetingEditability';
import { planMeeting } from './meetingPlanning';
import { assertMeetingReferences, recordOf, requireMeeting, toMeetingRecord } from './meetingRecord';
import { createSeries } from './meetingSeries';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, workspaceDb } from './workspaceTransaction';

export function listMeetings(context: ServiceContext, input: ChannelParsedInput<'meetings.list'>): MeetingSummary[] {
  return queryMeetings(workspaceDb(context), input);
}

/** One meeting, or a whole series when `recurrence` is set; returns the (first) meeting. */
export function createMeeting(context: ServiceContext, input: ChannelParsedInput<'meetings.create'>): MeetingSummary {
  const { recurrence, templateId, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    assertMeetingReferences(db, fields, null);
    const templateItems = templateItemsFor(db, templateId);
    const id =
      recurrence === null
        ? planMeeting(context, db, at, { record: toMeetingRecord(fields), series: null, previous: null, templateItems })
        : createSeries(context, db, at, fields, recurrence, templateItems);
    return requireMeeting(db, id);
  });
}

/**
 * Scope "this" changes this meeting. Scope "following" also applies everything but the date to every later
 * planned meeting of its series (each keeps its own date and takes the new time of day).
 */
export function updateMeeting(context: ServiceContext, input: ChannelParsedInput<'meetings.update'>): MeetingSummary {
  const { id, scope, ...fields } = input;
  return inWorkspaceTransaction(context, (db, at) => {
    const before = requireMeeting(db, id);
    assertMeetingEditable(db, id);
    assertMeetingReferences(db, fields, before);
    applyRecord(context, db, at, before, toMeetingRecord(fields));
    if (scope === 'following' && before.seriesId !== null && before.seriesIndex !== null) {
      for (const later of laterPlannedInSeries(db, before.seriesId, before.seriesIndex)) {
        const startsAt = joinDateTime(datePart(later.startsAt), timePart(fields.startsAt));
        applyRecord(context, db, at, requireMeeting(db, later.id), toMeetingRecord({ ...fields, startsAt }));
      }
    }
    return requireMeeting(db, id);
  });
}

function applyRecord(context: ServiceContext, db: Db, at: string, before: MeetingSummary, record: MeetingRecord): void {
  const changes = changedFields({ ...recordOf(before) }, { ...record });
  if (Object.keys(changes).length === 0) return;
  updateMeetingRecord(db, before.id, record, at);
  if (record.title !== before.title) reindexDecisionsOfMeeting(db, before.id);
  auditMeetingChange(context, db, at, { id: before.id, action: 'updated', changes });
}
