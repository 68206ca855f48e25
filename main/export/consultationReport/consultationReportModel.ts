import { compareNames } from '../../../shared/nameSortKey';
import type { AgendaItem, Attendee, Decision, MeetingSummary } from '../../../shared/contract';
import type { DateStyle } from '../../../shared/dateFormat';
import { type SectorGroup, type SectorId, sectorLabel, sectors } from '../../../shared/stakeholderSectors';
import { isRepresented } from '../../meetings/quorumMath';
import { meetingWhen, recordKindLabels, recordOutcomeLabels, recordStatusLabels } from '../meetingRecord/recordWording';

/**
 * The consultation report (P.L. 113-183: the lead agency documents whom it consulted, when and on what) as plain
 * data. Built from already-redacted reads: people by shown name (a protected identity's display name), topics
 * as agenda item titles only, never notes.
 */
export interface ReportAgency {
  name: string;
  /** Who was there for it, by shown name; a substitute reads "Sam Lee (for Rosa Díaz)". */
  people: string[];
}

export interface ReportSectorPresence {
  sector: SectorId | null;
  label: string;
  agencies: ReportAgency[];
}

export interface ReportMeeting {
  /** The meeting's own calendar date, YYYY-MM-DD. */
  date: string;
  /** "Tue, Mar 3, 2026, 7:00 PM – 8:30 PM CST (America/Chicago)", in the workspace's date style. */
  when: string;
  title: string;
  kind: string;
  minutes: string;
  sectors: ReportSectorPresence[];
  topics: string[];
  decisions: string[];
}

export interface SectorTally {
  sector: SectorId;
  label: string;
  group: SectorGroup;
  /** Meetings where someone of this sector was present. */
  meetings: number;
  agencies: string[];
  lastConsulted: string | null;
}

export interface ReportHeading {
  coalitionName: string;
  jurisdiction: string;
  from: string;
  to: string;
  /** UTC instant, and the coalition's zone the footer states it in. */
  generatedAt: string;
  timeZone: string;
  /** The workspace's date style (Settings): every date a person reads is written in it. */
  dateStyle: DateStyle;
}

export interface ConsultationReportModel extends ReportHeading {
  meetings: ReportMeeting[];
  sectors: SectorTally[];
}

export interface MeetingRecordRead {
  meeting: MeetingSummary;
  attendees: readonly Attendee[];
  agenda: readonly AgendaItem[];
  decisions: readonly Decision[];
}

const NO_SECTOR = 'Sector not recorded';
const NO_AGENCY = 'No organization';
const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
const sectorOrder = (sector: SectorId | null) => (sector === null ? sectors.length : sectors.findIndex((definition) => definition.id === sector));

function personPresent(attendee: Attendee): string {
  const inPerson = attendee.status === 'present' || attendee.status === 'remote';
  return attendee.substitute && !inPerson ? `${attendee.substitute.shownName} (for ${attendee.shownName})` : attendee.shownName;
}

function sectorsPresent(attendees: readonly Attendee[]): ReportSectorPresence[] {
  const bySector = new Map<SectorId | null, Map<string, string[]>>();
  for (const attendee of attendees) {
    if (!isRepresented({ ...attendee, hasSubstitute: attendee.substitute !== null })) continue;
    const agencies = bySector.get(attendee.sector) ?? new Map<string, string[]>();
    const agency = attendee.organizationName ?? NO_AGENCY;
    agencies.set(agency, [...(agencies.get(agency) ?? []), personPresent(attendee)]);
    bySector.set(attendee.sector, agencies);
  }
  return [...bySector.entries()]
    .sort(([a], [b]) => sectorOrder(a) - sectorOrder(b))
    .map(([sector, agencies]) => ({
      sector,
      label: sector === null ? NO_SECTOR : sectorLabel(sector),
      agencies: [...agencies.entries()].sort(([a], [b]) => byText(a, b)).map(([name, people]) => ({ name, people: people.sort(compareNames) })),
    }));
}

function decisionLine(decision: Decision): string {
  return `${decision.text} (${recordOutcomeLabels[decision.outcome]})`;
}

function reportMeeting({ meeting, attendees, agenda, decisions }: MeetingRecordRead, dateStyle: DateStyle): ReportMeeting {
  return {
    date: meeting.startsAt.slice(0, 10),
    when: meetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes, dateStyle),
    title: meeting.title,
    kind: meeting.workgroupName ? `Workgroup: ${meeting.workgroupName}` : recordKindLabels[meeting.kind],
    minutes: recordStatusLabels[meeting.status],
    sectors: sectorsPresent(attendees),
    // Standard items (approving minutes, reviewing action items) are procedure, not topics of consultation.
    topics: agenda.filter((item) => item.role === 'regular').map((item) => item.title),
    decisions: decisions.map(decisionLine),
  };
}

function tallies(meetings: readonly ReportMeeting[]): SectorTally[] {
  return (
    sectors
      .map(({ id, label, group }) => {
        const present = meetings.filter((meeting) => meeting.sectors.some((presence) => presence.sector === id));
        const agencies = new Set(
          present.flatMap((meeting) =>
            meeting.sectors.filter((presence) => presence.sector === id).flatMap((presence) => presence.agencies.map((agency) => agency.name)),
          ),
        );
        return { sector: id, label, group, meetings: present.length, agencies: [...agencies].sort(byText), lastConsulted: present.at(-1)?.date ?? null };
      })
      // "Other" is not a sector anyone must consult: it is listed only when someone of it was there.
      .filter((tally) => tally.group !== 'other' || tally.meetings > 0)
  );
}

export function consultationReportModel(heading: ReportHeading, reads: readonly MeetingRecordRead[]): ConsultationReportModel {
  const meetings = reads.map((read) => reportMeeting(read, heading.dateStyle));
  return { ...heading, meetings, sectors: tallies(meetings) };
}

/** Core sectors and community groups nobody from was present at any meeting of the period. */
export const neverConsulted = (model: Pick<ConsultationReportModel, 'sectors'>): SectorTally[] => model.sectors.filter((tally) => tally.meetings === 0);
