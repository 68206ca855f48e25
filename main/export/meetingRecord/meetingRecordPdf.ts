import type { ReportProgress } from '../exportJob';
import { createPdfDocument } from '../pdf/pdfDocument';
import type { MeetingRecordModel } from './meetingRecordModel';
import { drawSnapshotChart } from './snapshotChartPdf';
import { progressBySection, writeMeetingRecord } from './writeMeetingRecord';

/** The meeting record (or several, each from a new page) as a PDF; pages of unapproved minutes say DRAFT; data reviews get a vector chart. */
export async function renderMeetingRecordPdf(model: MeetingRecordModel, progress: ReportProgress): Promise<Uint8Array> {
  const pdf = createPdfDocument({
    title: model.documentTitle,
    coalitionName: model.coalitionName,
    generatedLine: model.generatedLine,
    draft: model.meetings[0]?.draft ?? false,
    createdAt: new Date(model.generatedAt),
    confidential: model.includesConfidential,
  });
  const bundle = model.meetings.length > 1;
  const stepDone = progressBySection(model.meetings, progress);
  model.meetings.forEach((part) => {
    if (bundle) pdf.part({ name: part.title, draft: part.draft });
    writeMeetingRecord({ ...pdf, snapshotChart: (chart) => drawSnapshotChart(pdf, chart) }, part, model.includesConfidential, stepDone);
  });
  const bytes = await pdf.finish();
  stepDone();
  return bytes;
}
