import type { ChipProps } from '@mui/material/Chip';
import type { MeetingKind, MeetingStatus, agendaItemTypes } from '../../../shared/contract';

export const meetingKindLabels: Record<MeetingKind, string> = {
  'full-coalition': 'Full coalition',
  workgroup: 'Workgroup or committee',
  consultation: 'Consultation with partners',
};

export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  'minutes-draft': 'Minutes draft',
  approved: 'Approved',
  cancelled: 'Cancelled',
};

export const meetingStatusColors: Record<MeetingStatus, ChipProps['color']> = {
  planned: 'primary',
  'in-progress': 'warning',
  'minutes-draft': 'info',
  approved: 'success',
  cancelled: 'default',
};

export const agendaItemTypeLabels: Record<(typeof agendaItemTypes)[number], string> = {
  information: 'Information',
  discussion: 'Discussion',
  decision: 'Decision',
};

/** Field names as the meeting form labels them; the History list uses them too. */
export const meetingFieldLabels = {
  title: 'Title',
  kind: 'Kind of meeting',
  workgroupId: 'Workgroup',
  startsAt: 'Date and time',
  date: 'Date',
  time: 'Start time',
  timeZone: 'Time zone',
  durationMinutes: 'Duration (minutes)',
  location: 'Location',
  videoLink: 'Video link',
  facilitatorId: 'Facilitator',
  noteTakerId: 'Note-taker',
  templateId: 'Start the agenda from a template',
  recurrence: 'Repeats',
} as const;

/** How the meeting's history names what happened to it. */
export const meetingHistoryActions: Record<string, string> = {
  created: 'Meeting planned',
  started: 'Meeting started',
  finished: 'Meeting finished: minutes in draft',
  resumed: 'Meeting resumed',
  'minutes approved': 'Minutes approved',
  cancelled: 'Meeting cancelled',
  'amendment opened': 'Amendment opened',
  'amendment closed': 'Amendment finished',
  'agenda item added': 'Agenda item added',
  'agenda item updated': 'Agenda item edited',
  'agenda item removed': 'Agenda item removed',
  'agenda reordered': 'Agenda reordered',
  'decision recorded': 'Decision recorded',
  'decision updated': 'Decision edited',
  'decision removed': 'Decision removed',
  'agenda item done': 'Agenda item done',
  'agenda item reopened': 'Agenda item reopened',
  'notes marked confidential': 'Notes marked confidential',
  'notes no longer confidential': 'Notes no longer confidential',
  'items carried over': 'Items carried over',
  'people invited': 'People invited',
  'attendance marked': 'Attendance marked',
  'substitute set': 'Substitute recorded',
  'guest added': 'Guest added',
  'attendee removed': 'Taken off the attendance list',
  'record exported with confidential notes': 'Record exported with confidential notes',
};
