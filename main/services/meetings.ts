import type { ChannelParsedInput, MeetingSummary } from '../../shared/contract';
import { reindexDecisionsOfMeeting } from '../db/decisionRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { type MeetingRecord, readMeetings, saveMeetingRecord } from '../db/meetingRepository';
import { seriesMeetings } from '../db/meetingSeriesRepository';
import { datePart, joinDateTime, timePart } from '../meetings/meetingTime';
import { templateItemsFor } from './agendaTemplates';
import { changedFields } from './directoryAudit';
import { writeMeetingHistory } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import { planMeeting } from './meetingPlanning';
import { assertMeetingReferences, loadMeeting, recordOf, toMeetingRecord } from './meetingRecord';
import { createSeries } from './meetingSeries';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

export function listMeetings(context: ServiceContext, input: ChannelParsedInput<'meetings.list'>): Promise<MeetingSummary[]> {
  return readMeetings(storage(context), input);
}

/** One meeting, or a whole series when `recurrence` is set; returns the (first) meeting. */
export function createMeeting(context: ServiceContext, input: ChannelParsedInput<'meetings.create'>): Promise<MeetingSummary> {
  const { recurrence, templateId, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    await assertMeetingReferences(trx, fields, null);
    const templateItems = await templateItemsFor(trx, templateId);
    const id =
      recurrence === null
        ? await planMeeting(context, trx, at, { record: toMeetingRecord(fields), series: null, previous: null, templateItems })
        : await createSeries(context, trx, at, fields, recurrence, templateItems);
    return loadMeeting(trx, id);
  });
}

/**
 * Scope "this" changes this meeting. Scope "following" also applies everything but the date to every later
 * planned meeting of its series (each keeps its own date and takes the new time of day).
 */
export function updateMeeting(context: ServiceContext, input: ChannelParsedInput<'meetings.update'>): Promise<MeetingSummary> {
  const { id, scope, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const before = await loadMeeting(trx, id);
    await requireEditable(trx, id);
    await assertMeetingReferences(trx, fields, before);
    await applyRecord(context, trx, at, before, toMeetingRecord(fields));
    if (scope === 'following' && before.seriesId !== null && before.seriesIndex !== null) {
      for (const later of await seriesMeetings(trx, before.seriesId, { after: before.seriesIndex }, { planned: true })) {
        const startsAt = joinDateTime(datePart(later.startsAt), timePart(fields.startsAt));
        await applyRecord(context, trx, at, await loadMeeting(trx, later.id), toMeetingRecord({ ...fields, startsAt }));
      }
    }
    return loadMeeting(trx, id);
  });
}

async function applyRecord(context: ServiceContext, db: StorageExecutor, at: string, before: MeetingSummary, record: MeetingRecord): Promise<void> {
  const changes = changedFields({ ...recordOf(before) }, { ...record });
  if (Object.keys(changes).length === 0) return;
  await saveMeetingRecord(db, before.id, record, at);
  if (record.title !== before.title) await reindexDecisionsOfMeeting(db, before.id);
  await writeMeetingHistory(context, db, at, { id: before.id, action: 'updated', changes });
}
