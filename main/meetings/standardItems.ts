import type { DateStyle } from '../../shared/dateFormat';
import { formatMeetingDay } from './meetingTime';

/** The two items every meeting after the first in a series starts with. */
export interface StandardItem {
  title: string;
  type: 'decision' | 'discussion';
  role: 'approve-minutes' | 'review-actions';
  timeboxMinutes: number;
  approvesMeetingId: string | null;
}

/** Their titles are stored words: the date in them is written in the date style of the day they were made. */
export function standardItemsAfter(previous: { id: string; title: string; startsAt: string }, dateStyle: DateStyle): StandardItem[] {
  return [
    { title: approveMinutesTitle(previous, dateStyle), type: 'decision', role: 'approve-minutes', timeboxMinutes: 5, approvesMeetingId: previous.id },
    { title: 'Review open action items', type: 'discussion', role: 'review-actions', timeboxMinutes: 15, approvesMeetingId: null },
  ];
}

/** "Approve minutes of Monthly coalition meeting (Mar 12, 2026)" */
export function approveMinutesTitle(meeting: { title: string; startsAt: string }, dateStyle: DateStyle): string {
  return `Approve minutes of ${meeting.title} (${formatMeetingDay(meeting.startsAt, dateStyle)})`;
}

/** "Minutes of Monthly coalition meeting (Mar 12, 2026) approved" */
export function minutesApprovedText(meeting: { title: string; startsAt: string }, dateStyle: DateStyle): string {
  return `Minutes of ${meeting.title} (${formatMeetingDay(meeting.startsAt, dateStyle)}) approved`;
}
