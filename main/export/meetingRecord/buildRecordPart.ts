import { compareNames } from '../../../shared/nameSortKey';
import type { ActionItem, Attendee, MeetingDetail } from '../../../shared/contract';
import type { MeetingRecordSection, recordProtectedMembers } from '../../../shared/contract/meetingExportSchemas';
import { type DateStyle, formatDate } from '../../../shared/dateFormat';
import { sectorLabel, sectors } from '../../../shared/stakeholderSectors';
import { attendanceFactsOf, isRepresented } from '../../meetings/quorumMath';
import { notesToRichText } from '../richText/notesToRichText';
import type { ReviewRecordEntry } from './reviewRecordEntries';
import type { AgendaEntry, AttendanceGroup, AttendanceRow, AttendanceSection, MeetingRecordPart, RecordFact } from './meetingRecordModel';
import {
  meetingDay,
  meetingWhen,
  minutesWords,
  quorumWords,
  recordActionStatusLabels,
  recordAttendanceLabels,
  recordKindLabels,
  recordOutcomeLabels,
  recordStatusLabels,
} from './recordWording';

export interface RecordOptions {
  sections: readonly MeetingRecordSection[];
  includeConfidential: boolean;
  protectedMembers: (typeof recordProtectedMembers)[number];
}

export interface RecordSource {
  detail: MeetingDetail;
  /** The action items created at the meeting. */
  actionItems: readonly ActionItem[];
  /** Members with a protected identity (their shown name is already the display name). */
  protectedMemberIds: ReadonlySet<string>;
  /** The workspace's date style (Settings), for the dates the record writes. */
  dateStyle: DateStyle;
  /** Per agenda item id, the names of its pre-read documents. */
  preReads?: ReadonlyMap<string, readonly string[]>;
  /** Per agenda item id, what its plan or data review adds (updates recorded, the data snapshot). */
  reviews?: ReadonlyMap<string, ReviewRecordEntry>;
}

/** Records are written in US English, as the rest of their wording is. */
const RECORD_LOCALE = 'en-US';
export const NAME_LEFT_OUT = 'Name left out';
/** Who moved or seconded a motion, when that was a protected member left out of the export. */
export const PROTECTED_MOVER = 'a protected member';
export const NOTES_LEFT_OUT = 'Notes not included in this export.';

/**
 * One meeting's record, worded and redacted: confidential notes only when chosen (then labelled), protected
 * members by display name or left out. Full names of protected members are never read (see memberShownName).
 */
export function buildRecordPart(source: RecordSource, options: RecordOptions): MeetingRecordPart {
  const { detail } = source;
  const { meeting } = detail;
  const leaveOut = (memberId: string | null) => options.protectedMembers === 'leave-out' && memberId !== null && source.protectedMemberIds.has(memberId);
  const nameOf = (memberId: string | null, shownName: string | null) => (shownName === null ? '' : leaveOut(memberId) ? NAME_LEFT_OUT : shownName);
  const wanted = (section: MeetingRecordSection) => options.sections.includes(section);
  const dateOf: DateOf = (value, timeZone) => formatDate(value, { style: source.dateStyle, locale: RECORD_LOCALE, timeZone });

  const facts: RecordFact[] = [
    { label: 'Date and time', value: meetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes, source.dateStyle) },
    { label: 'Kind', value: meeting.workgroupName ? `${recordKindLabels[meeting.kind]}: ${meeting.workgroupName}` : recordKindLabels[meeting.kind] },
    ...(meeting.location ? [{ label: 'Location', value: meeting.location }] : []),
    ...(meeting.videoLink
      ? [{ label: 'Video link', value: meeting.videoLink, ...(/^https?:\/\//i.test(meeting.videoLink) ? { href: meeting.videoLink } : {}) }]
      : []),
    { label: 'Facilitator', value: nameOf(meeting.facilitatorId, meeting.facilitatorName) || 'Not named' },
    { label: 'Note-taker', value: nameOf(meeting.noteTakerId, meeting.noteTakerName) || 'Not named' },
    { label: 'Minutes', value: approvalWords(detail, dateOf) },
  ];

  return {
    title: meeting.title,
    facts,
    draft: meeting.status !== 'approved',
    approval: approvalWords(detail, dateOf),
    attendance: wanted('attendance') ? attendanceSection(detail, leaveOut, nameOf) : null,
    agenda: wanted('agenda')
      ? detail.agenda.map((item, index) => ({
          ...agendaEntry(item, index, options.includeConfidential, nameOf, source.dateStyle),
          preReads: source.preReads?.get(item.id) ?? [],
          ...source.reviews?.get(item.id),
        }))
      : null,
    decisions: wanted('decisions')
      ? detail.decisions.map((decision) => ({
          text: decision.text,
          outcome: recordOutcomeLabels[decision.outcome],
          context: decision.agendaItemTitle ? `Agenda item: ${decision.agendaItemTitle}` : '',
          motion: decision.motion
            ? motionWords(decision.motion, (memberId, shownName) => (leaveOut(memberId) ? PROTECTED_MOVER : nameOf(memberId, shownName)))
            : '',
        }))
      : null,
    actionItems: wanted('action-items')
      ? {
          items: source.actionItems.map((item) => ({
            title: item.title,
            owner: nameOf(item.ownerId, item.ownerName) || 'No owner',
            organization: leaveOut(item.ownerId) ? '' : (item.organizationName ?? ''),
            due: item.dueOn ? dateOf(item.dueOn) : 'No due date',
            status: recordActionStatusLabels[item.status],
          })),
          updates: detail.actionUpdates.map((update) => ({
            title: update.actionItemTitle,
            change: update.fromStatus
              ? `${labelOfStatus(update.toStatus)} (was ${labelOfStatus(update.fromStatus).toLowerCase()})`
              : labelOfStatus(update.toStatus),
            note: update.note,
          })),
        }
      : null,
    amendments: wanted('amendments')
      ? detail.amendments.map((amendment) => ({
          reason: amendment.reason,
          when: `Opened ${dateOf(amendment.openedAt, meeting.timeZone)} by ${amendment.profile}${amendment.closedAt ? `; closed ${dateOf(amendment.closedAt, meeting.timeZone)}` : '; still open'}`,
        }))
      : null,
  };
}

const labelOfStatus = (status: string) => recordActionStatusLabels[status as keyof typeof recordActionStatusLabels] ?? status;

type DateOf = (value: string, timeZone?: string) => string;

function approvalWords(detail: MeetingDetail, dateOf: DateOf): string {
  const { meeting, amending } = detail;
  if (meeting.status === 'approved') {
    const approved = meeting.approvedOn ? `Approved on ${dateOf(meeting.approvedOn)}` : 'Approved';
    return amending ? `${approved}; an amendment is open` : approved;
  }
  if (meeting.status === 'cancelled') return `Cancelled${meeting.cancelledReason ? `: ${meeting.cancelledReason}` : ''}`;
  return `Not approved yet (${recordStatusLabels[meeting.status].toLowerCase()})`;
}

type NameOf = (memberId: string | null, shownName: string | null) => string;

function motionWords(motion: NonNullable<MeetingDetail['decisions'][number]['motion']>, nameOf: NameOf): string {
  const movedBy = nameOf(motion.movedById, motion.movedByName);
  const secondedBy = nameOf(motion.secondedById, motion.secondedByName);
  const people = [movedBy && `Moved by ${movedBy}`, secondedBy && `seconded by ${secondedBy}`].filter(Boolean).join(', ');
  const votes = `For ${motion.votesFor}, against ${motion.votesAgainst}, abstained ${motion.votesAbstain}.`;
  return people ? `${people}. ${votes}` : votes;
}

function agendaEntry(item: MeetingDetail['agenda'][number], index: number, includeConfidential: boolean, nameOf: NameOf, dateStyle: DateStyle): AgendaEntry {
  const presenter = nameOf(item.presenterId, item.presenterName);
  const details = [
    item.type.charAt(0).toUpperCase() + item.type.slice(1),
    presenter && `Presenter: ${presenter}`,
    item.timeboxMinutes > 0 && minutesWords(item.timeboxMinutes),
    item.carriedOverFrom && `Carried over from ${meetingDay(item.carriedOverFrom.startsAt, dateStyle)}`,
    item.status === 'done' ? 'Done' : '',
  ].filter(Boolean);
  const hidden = item.notesConfidential && !includeConfidential;
  const notes = hidden ? [] : notesToRichText(item.notesHtml);
  return {
    number: `${index + 1}.`,
    title: item.title,
    details: details.join(' · '),
    description: item.description,
    notes,
    confidential: item.notesConfidential && includeConfidential && notes.length > 0,
    notesLeftOut: hidden && item.notesHtml.trim() !== '' ? NOTES_LEFT_OUT : null,
  };
}

const GROUP_ORDER = ['present', 'remote', 'excused', 'absent', 'invited'] as const;

function attendanceSection(detail: MeetingDetail, leaveOut: (memberId: string | null) => boolean, nameOf: NameOf): AttendanceSection {
  const listed = detail.attendees.filter((attendee) => !leaveOut(attendee.memberId));
  const members = listed.filter((attendee) => !attendee.guest);
  const guests = listed.filter((attendee) => attendee.guest);
  const row = (attendee: Attendee): AttendanceRow => ({
    name: attendee.shownName,
    organization: attendee.organizationName ?? '',
    attendance: attendee.guest ? 'Guest' : recordAttendanceLabels[attendee.status],
    note: [
      attendee.substitute && `Substitute: ${nameOf(attendee.substitute.memberId, attendee.substitute.shownName)}`,
      attendee.votingMember && !attendee.guest ? 'Voting member' : '',
      attendee.guest && attendee.sector ? sectorLabel(attendee.sector) : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
  const byStatus = (a: Attendee, b: Attendee) => GROUP_ORDER.indexOf(a.status) - GROUP_ORDER.indexOf(b.status) || compareNames(a.shownName, b.shownName);
  const groups: AttendanceGroup[] = [
    ...sectors.map((sector) => ({
      heading: sector.label,
      rows: members
        .filter((attendee) => attendee.sector === sector.id)
        .sort(byStatus)
        .map(row),
    })),
    {
      heading: 'No sector',
      rows: members
        .filter((attendee) => attendee.sector === null)
        .sort(byStatus)
        .map(row),
    },
    { heading: 'Guests', rows: [...guests].sort(byStatus).map(row) },
  ].filter((group) => group.rows.length > 0);
  const count = (status: Attendee['status']) => members.filter((attendee) => attendee.status === status).length;
  const substitutes = members.filter((attendee) => attendee.substitute !== null).length;
  const summary = [
    `Present ${count('present')}`,
    `remote ${count('remote')}`,
    `excused ${count('excused')}`,
    `absent ${count('absent')}`,
    `substitutes ${substitutes}`,
    `guests ${guests.length}`,
    ...(count('invited') > 0 ? [`not marked ${count('invited')}`] : []),
  ].join(', ');
  const anyLeftOut = detail.attendees.length > listed.length;
  return { summary, quorum: anyLeftOut ? quorumWordsWithoutLeftOut(detail, listed) : quorumWords(detail.quorum), groups };
}

/**
 * With protected members left out, the quorum line must not count them either (the difference would tell the
 * reader they were there): it says whether the quorum was met and counts only the voting members listed.
 */
function quorumWordsWithoutLeftOut(detail: MeetingDetail, listed: readonly Attendee[]): string {
  const listedVoting = listed.filter((attendee) => attendee.votingMember && !attendee.guest && isRepresented(attendanceFactsOf(attendee))).length;
  const counted = Math.min(listedVoting, detail.quorum.presentVoting);
  return `${detail.quorum.met ? 'Quorum met' : 'Quorum not met'}. Voting members listed here present or represented: ${counted} (members whose names are left out are not counted).`;
}
