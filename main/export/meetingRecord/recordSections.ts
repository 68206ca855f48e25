import type { MeetingRecordSection } from '../../../shared/contract/meetingExportSchemas';

/** Headings and "nothing here" lines shared by the PDF and DOCX records, so both say the same. */
export const SECTION_TITLES: Record<MeetingRecordSection, string> = {
  attendance: 'Attendance',
  agenda: 'Agenda and notes',
  decisions: 'Decisions',
  'action-items': 'Action items',
  amendments: 'Approval and amendments',
};

export const EMPTY = {
  attendance: 'Nobody is on the attendance list.',
  agenda: 'The agenda is empty.',
  decisions: 'No decisions were recorded.',
  actionItems: 'No action items were created at this meeting.',
};

export const CONFIDENTIAL_LABEL = 'CONFIDENTIAL';
export const CONFIDENTIAL_NOTICE = 'CONFIDENTIAL: this export includes notes marked confidential. Share it only with people entitled to see them.';
