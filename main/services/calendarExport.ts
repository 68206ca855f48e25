import type { ExportRequestOf, MeetingSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { readAgenda } from '../db/agendaItemRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { readMeetings } from '../db/meetingRepository';
import type { CalendarEvent } from '../export/calendar/calendarModel';
import { ICS_MIME_TYPE } from '../export/calendar/calendarIcs';
import { dueDateEvent, meetingEvent } from '../export/calendar/meetingEvent';
import type { PreparedExport } from '../export/preparedExport';
import { datePart } from '../meetings/meetingTime';
import { meetingDay } from '../export/meetingRecord/recordWording';
import { loadPreferences } from './preferences';
import { loadDueDates } from './actionItemsDueDates';
import { coalitionNameIn, exportFileNameOf } from './exportFileName';
import { loadAllActionItems } from './actionItemView';
import { loadMeeting } from './meetingRecord';
import type { ServiceContext } from './serviceContext';

/**
 * Calendar files: a meeting or its whole series (cancelled ones included, marked cancelled, so a calendar that
 * imported them before drops them), and action items' due dates as all-day events. Each is read in the export's one
 * transaction (services/exports.ts) on either storage engine, so every read sees the same records.
 */
async function calendarFile(
  context: ServiceContext,
  trx: StorageExecutor,
  file: { name: string; what: string; events: CalendarEvent[] },
): Promise<PreparedExport<'calendar-ics'>> {
  const coalitionName = await coalitionNameIn(trx);
  return {
    renderer: 'calendar-ics',
    model: { calendarName: `${coalitionName}: ${file.name}`, generatedAtUtc: context.now().toISOString(), events: file.events },
    fileName: exportFileNameOf(coalitionName, context.now(), file.what, 'ics'),
    mimeType: ICS_MIME_TYPE,
  };
}

async function meetingsToExport(trx: StorageExecutor, request: ExportRequestOf<'meeting-calendar'>): Promise<MeetingSummary[]> {
  const meeting = await loadMeeting(trx, request.meetingId);
  if (request.scope === 'meeting') return [meeting];
  if (meeting.seriesId === null) throw new AppError('VALIDATION', 'This meeting is not part of a series. Add this meeting alone to the calendar.');
  return readMeetings(trx, { from: null, to: null, statuses: [], seriesId: meeting.seriesId });
}

export async function prepareMeetingCalendar(
  context: ServiceContext,
  request: ExportRequestOf<'meeting-calendar'>,
  trx: StorageExecutor,
): Promise<PreparedExport<'calendar-ics'>> {
  const meetings = await meetingsToExport(trx, request);
  const { dateStyle } = await loadPreferences(trx);
  const events: CalendarEvent[] = [];
  for (const meeting of meetings) events.push(meetingEvent(meeting, await readAgenda(trx, meeting.id), dateStyle));
  const [first] = meetings as [MeetingSummary];
  // File names keep the ISO date (they sort by it); the calendar's name is read by people.
  const series = request.scope === 'series';
  const name = series ? `${first.title} series` : `${first.title}, ${meetingDay(first.startsAt, dateStyle)}`;
  return calendarFile(context, trx, { name, what: series ? name : `${first.title} ${datePart(first.startsAt)}`, events });
}

export async function prepareDueDatesCalendar(
  context: ServiceContext,
  request: ExportRequestOf<'due-dates-calendar'>,
  trx: StorageExecutor,
): Promise<PreparedExport<'calendar-ics'>> {
  const items = await loadAllActionItems(trx, request.query, await loadDueDates(trx, context.now()));
  const dated = items.filter((item): item is typeof item & { dueOn: string } => item.dueOn !== null);
  if (dated.length === 0) throw new AppError('VALIDATION', 'None of the action items shown has a due date, so there is nothing to put in a calendar.');
  return calendarFile(context, trx, { name: 'action item due dates', what: 'action item due dates', events: dated.map(dueDateEvent) });
}
