/** Meetings, agenda items and workgroups as the host would send them, for the meeting planning component tests. */
import type { AgendaItem, MeetingDetail, MeetingSummary, Workgroup } from '../../../shared/contract';
import { anaMunoz } from './directorySamples';

export const protocolsWorkgroup: Workgroup = {
  id: '0198f2c4-0000-7000-8000-00000000c001',
  name: 'Protocols',
  description: 'Screening and referral protocols.',
  chair: { id: anaMunoz.id, shownName: anaMunoz.shownName },
  members: [{ id: anaMunoz.id, shownName: anaMunoz.shownName }],
  archivedAt: null,
  createdAt: '2026-03-04T15:00:00.000Z',
  updatedAt: '2026-03-04T15:00:00.000Z',
};

export function meetingSummary(overrides: Partial<MeetingSummary> = {}): MeetingSummary {
  return {
    id: '0198f2c4-0000-7000-8000-00000000d001',
    title: 'Full coalition meeting',
    kind: 'full-coalition',
    workgroupId: null,
    startsAt: '2026-12-08T14:00',
    timeZone: 'America/Chicago',
    durationMinutes: 90,
    location: 'Riverbend Library, Room 2',
    videoLink: 'https://meet.example.org/coalition',
    facilitatorId: anaMunoz.id,
    noteTakerId: null,
    status: 'planned',
    startsAtUtc: '2026-12-08T20:00:00.000Z',
    seriesId: null,
    seriesIndex: null,
    workgroupName: null,
    facilitatorName: anaMunoz.shownName,
    noteTakerName: null,
    agendaItemCount: 0,
    attendeeCount: 0,
    approvedOn: null,
    cancelledReason: null,
    createdAt: '2026-03-04T15:00:00.000Z',
    updatedAt: '2026-03-04T15:00:00.000Z',
    ...overrides,
  };
}

export function agendaItem(n: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: `0198f2c4-0000-7000-8000-0000000e${String(n).padStart(4, '0')}`,
    meetingId: meetingSummary().id,
    position: n,
    title: `Item ${n}`,
    type: 'discussion',
    presenterId: null,
    presenterName: null,
    timeboxMinutes: 15,
    description: '',
    role: 'regular',
    status: 'open',
    carriedOverFrom: null,
    approvesMeetingId: null,
    notesHtml: '',
    notesConfidential: false,
    notesUpdatedAt: null,
    ...overrides,
  };
}

export function meetingDetail(overrides: Partial<MeetingDetail> = {}, meeting: Partial<MeetingSummary> = {}): MeetingDetail {
  return {
    meeting: meetingSummary(meeting),
    agenda: [],
    agendaMinutes: 0,
    attendees: [],
    quorum: { rule: { kind: 'share', percent: 50 }, eligibleVoting: 0, presentVoting: 0, required: 0, met: false },
    sectorPresence: [],
    decisions: [],
    actionItemIds: [],
    actionUpdates: [],
    previousInSeries: null,
    nextInSeries: null,
    currentItem: null,
    amending: false,
    amendments: [],
    history: [],
    ...overrides,
  };
}
