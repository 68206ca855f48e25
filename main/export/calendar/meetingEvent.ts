import { actionPriorityLabels, actionStatusLabels } from '../../../shared/actionLabels';
import type { ActionItem, AgendaItem, MeetingSummary } from '../../../shared/contract';
import type { DateStyle } from '../../../shared/dateFormat';
import { meetingWhen, minutesWords, recordKindLabels } from '../meetingRecord/recordWording';
import { type CalendarEvent, sequenceOf } from './calendarModel';

/**
 * Calendar events made from the app's records. Only what may leave the machine goes in: agenda item titles,
 * timeboxes and presenters' shown names (never notes); owners by shown name, without the item's details, since
 * calendars are often synced to online services.
 */
const UID_DOMAIN = 'coalition-desk';

function agendaLine(item: AgendaItem, index: number): string {
  const presenter = item.presenterName ? `, ${item.presenterName}` : '';
  const timebox = item.timeboxMinutes > 0 ? ` (${minutesWords(item.timeboxMinutes)}${presenter})` : presenter ? ` (${item.presenterName})` : '';
  return `${index + 1}. ${item.title}${timebox}`;
}

function meetingDescription(meeting: MeetingSummary, agenda: readonly AgendaItem[], dateStyle: DateStyle): string {
  const facts = [
    meeting.workgroupName ? `Workgroup: ${meeting.workgroupName}` : recordKindLabels[meeting.kind],
    `When: ${meetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes, dateStyle)}`,
    meeting.location ? `Where: ${meeting.location}` : '',
    meeting.videoLink ? `Video link: ${meeting.videoLink}` : '',
    meeting.facilitatorName ? `Facilitator: ${meeting.facilitatorName}` : '',
    meeting.status === 'cancelled' && meeting.cancelledReason ? `Cancelled: ${meeting.cancelledReason}` : '',
  ].filter((line) => line !== '');
  const agendaBlock = agenda.length > 0 ? ['', 'Agenda', ...agenda.map(agendaLine)] : ['', 'The agenda is not set yet.'];
  return [...facts, ...agendaBlock].join('\n');
}

/** A meeting as a timed event; its description writes the date in the workspace's date style. */
export function meetingEvent(meeting: MeetingSummary, agenda: readonly AgendaItem[], dateStyle: DateStyle): CalendarEvent {
  const start = new Date(meeting.startsAtUtc);
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  return {
    uid: `meeting-${meeting.id}@${UID_DOMAIN}`,
    sequence: sequenceOf(meeting.updatedAt),
    lastModifiedUtc: meeting.updatedAt,
    summary: meeting.title,
    description: meetingDescription(meeting, agenda, dateStyle),
    // The room when there is one; otherwise the video link, so a calendar shows where to go either way.
    location: meeting.location || meeting.videoLink,
    url: meeting.videoLink || null,
    cancelled: meeting.status === 'cancelled',
    timing: { kind: 'timed', startUtc: start.toISOString(), endUtc: end.toISOString() },
  };
}

function dueDescription(item: ActionItem): string {
  return [
    `Owner: ${item.ownerName ?? 'No owner yet'}${item.organizationName ? ` (${item.organizationName})` : ''}`,
    `Priority: ${actionPriorityLabels[item.priority]}`,
    `Status: ${actionStatusLabels[item.status]}`,
    item.sourceMeetingTitle ? `From the meeting: ${item.sourceMeetingTitle}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** An action item's due date as an all-day event. The caller passes items that have a due date. */
export function dueDateEvent(item: ActionItem & { dueOn: string }): CalendarEvent {
  return {
    uid: `action-item-${item.id}@${UID_DOMAIN}`,
    sequence: sequenceOf(item.updatedAt),
    lastModifiedUtc: item.updatedAt,
    summary: `Due: ${item.title}`,
    description: dueDescription(item),
    location: '',
    url: null,
    cancelled: item.status === 'cancelled',
    timing: { kind: 'all-day', date: item.dueOn },
  };
}
