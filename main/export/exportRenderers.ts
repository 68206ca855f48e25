import type { ExportRenderer } from './exportJob';
import { renderCalendarIcs } from './calendar/renderCalendarIcs';
import { renderConsultationReportPdf } from './consultationReport/consultationReportPdf';
import { renderDigestsPdf } from './digest/digestsPdf';
import { renderDigestsTxt } from './digest/digestsTxt';
import { renderMeetingRecordDocx } from './meetingRecord/meetingRecordDocx';
import { renderMeetingRecordPdf } from './meetingRecord/meetingRecordPdf';
import { renderCsvFilesZip, renderTableCsv, renderTableXlsx } from './tableFile';

/** Every way the export worker can turn a model into a file. A preparer names one of these. */
export const exportRenderers: Record<string, ExportRenderer<never>> = {
  'table-csv': renderTableCsv,
  'table-xlsx': renderTableXlsx,
  'csv-files-zip': renderCsvFilesZip,
  'calendar-ics': renderCalendarIcs,
  'consultation-report-pdf': renderConsultationReportPdf,
  'member-digests-pdf': renderDigestsPdf,
  'member-digests-txt': renderDigestsTxt,
  'meeting-record-pdf': renderMeetingRecordPdf,
  'meeting-record-docx': renderMeetingRecordDocx,
};
