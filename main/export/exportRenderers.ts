import type { ExportRenderer, StreamingRenderer } from './exportJob';
import { renderCalendarIcs } from './calendar/renderCalendarIcs';
import { renderComplianceSummaryPdf } from './complianceSummary/complianceSummaryPdf';
import { renderPartnerFiles } from './dataPartnerFile/partnerFileXlsx';
import { renderConsultationReportPdf } from './consultationReport/consultationReportPdf';
import { renderDigestsPdf } from './digest/digestsPdf';
import { renderDigestsTxt } from './digest/digestsTxt';
import { renderMeetingRecordDocx } from './meetingRecord/meetingRecordDocx';
import { renderMeetingRecordPdf } from './meetingRecord/meetingRecordPdf';
import { renderPlanDocx } from './plan/planDocx';
import { renderPlanPdf } from './plan/planPdf';
import { renderAnnualReportDocx } from './annualReport/annualReportDocx';
import { renderAnnualReportPdf } from './annualReport/annualReportPdf';
import { renderCsvFilesZip, renderTableCsv, renderTableXlsx } from './tableFile';

/** A renderer of a small file, made whole and then written out in one go. */
const whole =
  <Model>(render: ExportRenderer<Model>): StreamingRenderer<Model> =>
  async (model, output) => {
    output.stream.end(await render(model, output.progress));
  };

/** Every way the export worker can turn a model into a file. A preparer names one of these (preparedExport.ts). */
const renderers = {
  'table-csv': renderTableCsv,
  'table-xlsx': renderTableXlsx,
  'csv-files-zip': whole(renderCsvFilesZip),
  'calendar-ics': whole(renderCalendarIcs),
  'consultation-report-pdf': whole(renderConsultationReportPdf),
  'compliance-summary-pdf': whole(renderComplianceSummaryPdf),
  'member-digests-pdf': whole(renderDigestsPdf),
  'member-digests-txt': whole(renderDigestsTxt),
  'meeting-record-pdf': whole(renderMeetingRecordPdf),
  'meeting-record-docx': whole(renderMeetingRecordDocx),
  'plan-pdf': whole(renderPlanPdf),
  'plan-docx': whole(renderPlanDocx),
  'data-partner-files': whole(renderPartnerFiles),
  'annual-report-pdf': whole(renderAnnualReportPdf),
  'annual-report-docx': whole(renderAnnualReportDocx),
};

export type ExportRendererName = keyof typeof renderers;
/** The model a renderer reads: what a preparer naming it must give. */
export type ModelOf<Name extends ExportRendererName> = (typeof renderers)[Name] extends StreamingRenderer<infer Model> ? Model : never;

/** The renderer a job names, as the worker receives the name in a message: only the table's own entries count. */
export function rendererNamed(name: string): StreamingRenderer<never> | undefined {
  return Object.hasOwn(renderers, name) ? (renderers[name as ExportRendererName] as StreamingRenderer<never>) : undefined;
}
