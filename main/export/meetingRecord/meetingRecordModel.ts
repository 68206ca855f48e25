import type { RichBlock } from '../richText/richText';
import type { ReviewRecordEntry } from './reviewRecordEntries';

/**
 * A meeting record as the renderers get it: plain data, already worded and already redacted (confidential
 * notes left out unless chosen, protected members by display name or left out). Renderers only lay it out.
 */
export interface MeetingRecordModel {
  coalitionName: string;
  /** Title of the file (its properties), e.g. "Minutes: Monthly coalition meeting, Tue, Mar 3, 2026". */
  documentTitle: string;
  /** "Generated Mar 1, 2026, 6:00 AM (America/Chicago)". */
  generatedLine: string;
  /** UTC ISO instant of the export, for the file's creation date. */
  generatedAt: string;
  /** True when confidential notes were chosen for this export; every such part is then labelled. */
  includesConfidential: boolean;
  meetings: MeetingRecordPart[];
}

export interface RecordFact {
  label: string;
  value: string;
  /** The value as a link (the video link). */
  href?: string;
}

export interface MeetingRecordPart {
  title: string;
  /** Date, time and zone, place, link, facilitator, note-taker, kind, workgroup. */
  facts: RecordFact[];
  /** Until the minutes are approved every page says DRAFT. */
  draft: boolean;
  /** "Approved on Mar 12, 2026" or "Not approved yet (minutes draft)". */
  approval: string;
  attendance: AttendanceSection | null;
  agenda: AgendaEntry[] | null;
  decisions: DecisionEntry[] | null;
  actionItems: ActionItemsSection | null;
  amendments: AmendmentEntry[] | null;
}

export interface AttendanceSection {
  /** "Present 12, remote 3, excused 2, absent 1, substitutes 1, guests 2". */
  summary: string;
  /** "Quorum met: 9 of 14 voting members present or represented; 8 needed." */
  quorum: string;
  /** One group per sector in the taxonomy's order, then people without a sector, then guests. */
  groups: AttendanceGroup[];
}

export interface AttendanceGroup {
  heading: string;
  rows: AttendanceRow[];
}

export interface AttendanceRow {
  name: string;
  organization: string;
  /** "Present", "Remote", "Excused", "Absent", "Not marked", "Guest". */
  attendance: string;
  /** "Substitute: Lee Park" or "Voting member" etc. */
  note: string;
}

export interface AgendaEntry extends ReviewRecordEntry {
  /** "1.", "2.", … */
  number: string;
  title: string;
  /** "Decision · Presenter: Ana Muñoz · 15 min · Carried over from Feb 3, 2026". */
  details: string;
  description: string;
  notes: RichBlock[];
  /** The notes are confidential and were chosen for this export: label them. */
  confidential: boolean;
  /** Said instead of notes that were left out, or null. */
  notesLeftOut: string | null;
  /** Names of the documents attached to the item as pre-reads (the names only, never the files); may be absent in older models. */
  preReads?: readonly string[];
}

export interface DecisionEntry {
  text: string;
  outcome: string;
  /** "Agenda item: Budget", or empty. */
  context: string;
  /** "Moved by …, seconded by …. For 9, against 2, abstained 1." or empty. */
  motion: string;
}

export interface ActionItemsSection {
  items: Array<{ title: string; owner: string; organization: string; due: string; status: string }>;
  /** Status updates given at this meeting. */
  updates: Array<{ title: string; change: string; note: string }>;
}

export interface AmendmentEntry {
  reason: string;
  /** "Opened Mar 14, 2026 by jsmith; closed Mar 15, 2026". */
  when: string;
}
