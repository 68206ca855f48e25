import type { ExportRequestOf, MeetingSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { listAgenda } from '../db/agendaItemRepository';
import { listMeetings } from '../db/meetingRepository';
import type { CalendarEvent, CalendarModel } from '../export/calendar/calendarModel';
import { ICS_MIME_TYPE } from '../export/calendar/calendarIcs';
import { dueDateEvent, meetingEvent } from '../export/calendar/meetingEvent';
import type { PreparedExport } from '../export/exportJob';
import { datePart } from '../meetings/meetingTime';
import { meetingDay } from '../export/meetingRecord/recordWording';
import { readPreferences } from './preferences';
import { dueDatesNow } from './actionItemsDueDates';
import { exportFileName } from './exportFileName';
import { allActionItemsNow } from './actionItemView';
import { requireMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

/**
 * Calendar files: a meeting or its whole series (cancelled ones included, marked cancelled, so a calendar that
 * imported them before drops them), and action items' due dates as all-day events. The export plumbing runs each
 * preparer inside one transaction (services/exports.ts), so every read here sees the same workspace.
 */
function calendarOf(context: ServiceContext, name: string, events: CalendarEvent[]): CalendarModel {
  return { calendarName: `${context.session.require().meta.name}: ${name}`, generatedAtUtc: context.now().toISOString(), events };
}

function meetingsToExport(context: ServiceContext, request: ExportRequestOf<'meeting-calendar'>): MeetingSummary[] {
  const db = workspaceDb(context);
  const meeting = requireMeeting(db, request.meetingId);
  if (request.scope === 'meeting') return [meeting];
  if (meeting.seriesId === null) throw new AppError('VALIDATION', 'This meeting is not part of a series. Add this meeting alone to the calendar.');
  return listMeetings(db, { from: null, to: null, statuses: [], seriesId: meeting.seriesId });
}

export function prepareMeetingCalendar(context: ServiceContext, request: ExportRequestOf<'meeting-calendar'>): PreparedExport<CalendarModel> {
  const db = workspaceDb(context);
  const meetings = meetingsToExport(context, request);
  const { dateStyle } = readPreferences(db);
  const events = meetings.map((meeting) => meetingEvent(meeting, listAgenda(db, meeting.id), dateStyle));
  const [first] = meetings as [MeetingSummary];
  // File names keep the ISO date (they sort by it); the calendar's name is read by people.
  const series = request.scope === 'series';
  const name = series ? `${first.title} series` : `${first.title}, ${meetingDay(first.startsAt, dateStyle)}`;
  const what = series ? name : `${first.title} ${datePart(first.startsAt)}`;
  return { renderer: 'calendar-ics', model: calendarOf(context, name, events), fileName: exportFileName(context, what, 'ics'), mimeType: ICS_MIME_TYPE };
}

export function prepareDueDatesCalendar(context: ServiceContext, request: ExportRequestOf<'due-dates-calendar'>): PreparedExport<CalendarModel> {
  const db = workspaceDb(context);
  const items = allActionItemsNow(db, request.query, dueDatesNow(db, context.now()));
  const dated = items.filter((item): item is typeof item & { dueOn: string } => item.dueOn !== null);
  if (dated.length === 0) throw new AppError('VALIDATION', 'None of the action items shown has a due date, so there is nothing to put in a calendar.');
  return {
    renderer: 'calendar-ics',
    model: calendarOf(context, 'action item due dates', dated.map(dueDateEvent)),
    fileName: exportFileName(context, 'action item due dates', 'ics'),
    mimeType: ICS_MIME_TYPE,
  };
}
