import type { ExportRenderer } from './exportJob';
import { renderMeetingRecordDocx } from './meetingRecord/meetingRecordDocx';
import { renderMeetingRecordPdf } from './meetingRecord/meetingRecordPdf';
import { renderTableCsv, renderTableXlsx } from './tableFile';

/** Every way the export worker can turn a model into a file. A preparer names one of these. */
export const exportRenderers: Record<string, ExportRenderer<never>> = {
  'table-csv': renderTableCsv,
  'table-xlsx': renderTableXlsx,
  'meeting-record-pdf': renderMeetingRecordPdf,
  'meeting-record-docx': renderMeetingRecordDocx,
};
