import type { agendaItemRoles } from '../../shared/contract';
import { formatMeetingDay } from './meetingTime';

/** The two items every meeting after the first in a series starts with. */
export interface StandardItem {
  title: string;
  type: 'decision' | 'discussion';
  role: (typeof agendaItemRoles)[number];
  timeboxMinutes: number;
  approvesMeetingId: string | null;
}

export function standardItemsAfter(previous: { id: string; title: string; startsAt: string }): StandardItem[] {
  return [
    { title: approveMinutesTitle(previous), type: 'decision', role: 'approve-minutes', timeboxMinutes: 5, approvesMeetingId: previous.id },
    { title: 'Review open action items', type: 'discussion', role: 'review-actions', timeboxMinutes: 15, approvesMeetingId: null },
  ];
}

/** "Approve minutes of Monthly coalition meeting (12 Mar 2026)" */
export function approveMinutesTitle(meeting: { title: string; startsAt: string }): string {
  return `Approve minutes of ${meeting.title} (${formatMeetingDay(meeting.startsAt)})`;
}

/** "Minutes of Monthly coalition meeting (12 Mar 2026) approved" */
export function minutesApprovedText(meeting: { title: string; startsAt: string }): string {
  return `Minutes of ${meeting.title} (${formatMeetingDay(meeting.startsAt)}) approved`;
}
