import type { MeetingKind, MeetingSummary, Recurrence } from '../../../shared/contract';
import { splitStartsAt, weekdayPosition } from '../../format/meetingTime';

export type RepeatChoice = 'none' | 'weekly' | 'monthly-weekday';
export type EditScope = 'this' | 'following';

/** What the meeting form holds while someone types: numbers as typed text, the start as separate date and time. */
export interface MeetingDraft {
  title: string;
  kind: MeetingKind | '';
  workgroupId: string | null;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  location: string;
  videoLink: string;
  facilitatorId: string | null;
  noteTakerId: string | null;
  repeat: RepeatChoice;
  interval: string;
  ordinal: '1' | '2' | '3' | '4' | '-1';
  weekday: string;
  count: string;
  templateId: string | null;
  scope: EditScope;
}

/** Keys the host may name in field errors; each has a field on the form (the start's errors show under the date). */
export const meetingFormKeys = [
  'title',
  'kind',
  'workgroupId',
  'startsAt',
  'timeZone',
  'durationMinutes',
  'location',
  'videoLink',
  'facilitatorId',
  'noteTakerId',
  'templateId',
  'recurrence',
  'recurrence.interval',
  'recurrence.count',
  'recurrence.ordinal',
  'recurrence.weekday',
] as const;

export const durationPresets = [60, 90, 120] as const;

export function emptyMeetingDraft(timeZone: string): MeetingDraft {
  return {
    title: '',
    kind: 'full-coalition',
    workgroupId: null,
    date: '',
    time: '10:00',
    timeZone,
    durationMinutes: '90',
    location: '',
    videoLink: '',
    facilitatorId: null,
    noteTakerId: null,
    repeat: 'none',
    interval: '1',
    ordinal: '1',
    weekday: '1',
    count: '12',
    templateId: null,
    scope: 'this',
  };
}

export function draftFromMeeting(meeting: MeetingSummary): MeetingDraft {
  const { date, time } = splitStartsAt(meeting.startsAt);
  return {
    ...emptyMeetingDraft(meeting.timeZone),
    title: meeting.title,
    kind: meeting.kind,
    workgroupId: meeting.workgroupId,
    date,
    time,
    durationMinutes: String(meeting.durationMinutes),
    location: meeting.location,
    videoLink: meeting.videoLink,
    facilitatorId: meeting.facilitatorId,
    noteTakerId: meeting.noteTakerId,
  };
}

/** The monthly rule a date fits: a meeting on the second Tuesday repeats on the second Tuesday. */
export function monthlyRuleFor(date: string): Pick<MeetingDraft, 'ordinal' | 'weekday'> | null {
  const position = weekdayPosition(date);
  return position && { ordinal: String(position.ordinal) as MeetingDraft['ordinal'], weekday: String(position.weekday) };
}

type MonthlyRule = Extract<Recurrence, { frequency: 'monthly-weekday' }>;

const typedNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

export function recurrenceFromDraft(draft: MeetingDraft): Recurrence | null {
  const count = typedNumber(draft.count) as number;
  if (draft.repeat === 'weekly') return { frequency: 'weekly', interval: typedNumber(draft.interval) as number, count };
  if (draft.repeat === 'monthly-weekday') {
    return { frequency: 'monthly-weekday', ordinal: Number(draft.ordinal) as MonthlyRule['ordinal'], weekday: Number(draft.weekday), count };
  }
  return null;
}

/** The fields both create and update send; unchosen values stay empty so the schema names what is missing. */
export function meetingFieldsFromDraft(draft: MeetingDraft) {
  return {
    title: draft.title,
    kind: draft.kind || undefined,
    workgroupId: draft.kind === 'workgroup' ? draft.workgroupId : null,
    startsAt: draft.date && draft.time ? `${draft.date}T${draft.time}` : undefined,
    timeZone: draft.timeZone || undefined,
    durationMinutes: typedNumber(draft.durationMinutes),
    location: draft.location,
    videoLink: draft.videoLink,
    facilitatorId: draft.facilitatorId,
    noteTakerId: draft.noteTakerId,
  };
}

export function meetingCreateFromDraft(draft: MeetingDraft) {
  return { ...meetingFieldsFromDraft(draft), recurrence: recurrenceFromDraft(draft), templateId: draft.templateId };
}
