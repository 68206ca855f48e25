import { uuidv7 } from 'uuidv7';
import type { AgendaTemplate, MeetingFields, MeetingSummary, Recurrence } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { addSeries, nearestInSeries, readSeriesRule } from '../db/meetingSeriesRepository';
import { datePart, joinDateTime, timePart } from '../meetings/meetingTime';
import { dateAfter, seriesDates } from '../meetings/recurrence';
import { carryOpenItems } from './carryOver';
import { planMeeting } from './meetingPlanning';
import { loadMeeting, recordOf, toMeetingRecord } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

/** Plans every meeting of a new series at the same wall-clock time; returns the first one's id. */
export async function createSeries(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  fields: MeetingFields,
  rule: Recurrence,
  templateItems: AgendaTemplate['items'],
): Promise<string> {
  const seriesId = uuidv7();
  await addSeries(db, seriesId, rule, at);
  let previous: { id: string; title: string; startsAt: string } | null = null;
  const ids: string[] = [];
  for (const [index, date] of seriesDates(rule, datePart(fields.startsAt)).entries()) {
    const record = toMeetingRecord({ ...fields, startsAt: joinDateTime(date, timePart(fields.startsAt)) });
    const id = await planMeeting(context, db, at, { record, series: { id: seriesId, index: index + 1 }, previous, templateItems });
    previous = { id, title: record.title, startsAt: record.startsAt };
    ids.push(id);
  }
  return ids[0] ?? '';
}

/**
 * Plans the meeting after the series' last one, like it (title, time of day, place, people), on the rule's next
 * date. It approves the minutes of the last meeting that was not cancelled and, when that one is finished already,
 * takes over its unfinished items.
 */
export function addNextInSeries(context: ServiceContext, { id }: { id: string }): Promise<MeetingSummary> {
  return inTransaction(context, async (trx, at) => {
    const meeting = await loadMeeting(trx, id);
    if (meeting.seriesId === null)
      throw new AppError('CONFLICT', `"${meeting.title}" is not part of a series, so there is no next meeting to plan. Plan a new meeting instead.`);
    const rule = requireFound(await readSeriesRule(trx, meeting.seriesId), 'series');
    const last = await loadMeeting(trx, requireFound(await nearestInSeries(trx, meeting.seriesId, 'last'), 'series').id);
    const previous = await nearestInSeries(trx, meeting.seriesId, 'last', { notCancelled: true });
    const startsAt = joinDateTime(dateAfter(rule, datePart(last.startsAt)), timePart(last.startsAt));
    const newId = await planMeeting(context, trx, at, {
      record: toMeetingRecord({ ...recordOf(last), startsAt }),
      series: { id: meeting.seriesId, index: (last.seriesIndex ?? 0) + 1 },
      previous: previous ?? null,
      templateItems: [],
    });
    if (previous && (previous.status === 'minutes-draft' || previous.status === 'approved')) await carryOpenItems(context, trx, at, previous.id, newId);
    return loadMeeting(trx, newId);
  });
}
