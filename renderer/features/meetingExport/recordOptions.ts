import { meetingRecordSections, type MeetingRecordSection } from '../../../shared/contract/meetingExportSchemas';

/** What the person chose for a meeting record export; the same choices for one meeting and for several. */
export interface RecordOptions {
  sections: MeetingRecordSection[];
  includeConfidential: boolean;
  protectedMembers: 'display-name' | 'leave-out';
}

export const defaultRecordOptions: RecordOptions = { sections: [...meetingRecordSections], includeConfidential: false, protectedMembers: 'display-name' };

/** Adds or removes a part, keeping the record's own order. */
export function toggleSection(sections: readonly MeetingRecordSection[], section: MeetingRecordSection): MeetingRecordSection[] {
  const chosen = sections.includes(section) ? sections.filter((candidate) => candidate !== section) : [...sections, section];
  return meetingRecordSections.filter((candidate) => chosen.includes(candidate));
}
