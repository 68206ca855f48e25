import { uuidv7 } from 'uuidv7';
import type { AgendaTemplate, MeetingFields, MeetingSummary, Recurrence } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { findSeriesRule, insertSeries, lastNotCancelledInSeries, lastInSeries } from '../db/meetingSeriesRepository';
import type { Db } from '../db/openDatabase';
import { datePart, joinDateTime, timePart } from '../meetings/meetingTime';
import { dateAfter, seriesDates } from '../meetings/recurrence';
import { carryOpenItems } from './carryOver';
import { planMeeting } from './meetingPlanning';
import { recordOf, requireMeeting, toMeetingRecord } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound } from './workspaceTransaction';

/** Plans every meeting of a new series at the same wall-clock time; returns the first one's id. */
export function createSeries(context: ServiceContext, db: Db, at: string, fields: MeetingFields, rule: Recurrence, templateItems: AgendaTemplate['items']): string {
  const seriesId = uuidv7();
  insertSeries(db, seriesId, rule, at);
  let previous: { id: string; title: string; startsAt: string } | null = null;
  const ids = seriesDates(rule, datePart(fields.startsAt)).map((date, index) => {
    const record = toMeetingRecord({ ...fields, startsAt: joinDateTime(date, timePart(fields.startsAt)) });
    const id = planMeeting(context, db, at, { record, series: { id: seriesId, index: index + 1 }, previous, templateItems });
    previous = { id, title: record.title, startsAt: record.startsAt };
    return id;
  });
  return ids[0] ?? '';
}

/**
 * Plans the meeting after the series' last one, like it (title, time of day, place, people), on the rule's next
 * date. It approves the minutes of the last meeting that was not cancelled and, when that one is finished already,
 * takes over its unfinished items.
 */
export function addNextInSeries(context: ServiceContext, { id }: { id: string }): MeetingSummary {
  return inWorkspaceTransaction(context, (db, at) => {
    const meeting = requireMeeting(db, id);
    if (meeting.seriesId === null) throw new AppError('CONFLICT', `"${meeting.title}" is not part of a series, so there is no next meeting to plan. Plan a new meeting instead.`);
    const rule = requireFound(findSeriesRule(db, meeting.seriesId), 'series');
    const last = requireMeeting(db, requireFound(lastInSeries(db, meeting.seriesId), 'series').id);
    const previous = lastNotCancelledInSeries(db, meeting.seriesId);
    const startsAt = joinDateTime(dateAfter(rule, datePart(last.startsAt)), timePart(last.startsAt));
    const newId = planMeeting(context, db, at, {
      record: toMeetingRecord({ ...recordOf(last), startsAt }),
      series: { id: meeting.seriesId, index: (last.seriesIndex ?? 0) + 1 },
      previous: previous ?? null,
      templateItems: [],
    });
    if (previous && (previous.status === 'minutes-draft' || previous.status === 'approved')) carryOpenItems(context, db, at, previous.id, newId);
    return requireMeeting(db, newId);
  });
}
