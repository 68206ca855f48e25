import type { ReportProgress } from '../exportJob';
import { createPdfDocument } from '../pdf/pdfDocument';
import type { MeetingRecordModel } from './meetingRecordModel';
import { writeMeetingRecord } from './writeMeetingRecord';

/** The meeting record (or several, each from a new page) as a PDF; pages of unapproved minutes say DRAFT. */
export async function renderMeetingRecordPdf(model: MeetingRecordModel, progress: ReportProgress): Promise<Uint8Array> {
  const pdf = createPdfDocument({
    title: model.documentTitle,
    coalitionName: model.coalitionName,
    generatedLine: model.generatedLine,
    draft: model.meetings[0]?.draft ?? false,
    createdAt: new Date(model.generatedAt),
  });
  model.meetings.forEach((part, index) => {
    if (index > 0) {
      pdf.newPage();
      pdf.setDraft(part.draft);
    }
    writeMeetingRecord(pdf, part, model.includesConfidential);
    progress(index + 1, model.meetings.length);
  });
  return pdf.finish();
}
