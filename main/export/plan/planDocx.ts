import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import { DOCX_COLOR, DOCX_STYLES } from '../docx/docxBlocks';
import { NOTES_NUMBERING } from '../docx/docxRichText';
import { createDocxWriter } from '../docx/docxWriter';
import type { ReportProgress } from '../exportJob';
import { LETTER_PAGE, runningFooter } from '../meetingRecord/meetingRecordDocx';
import type { PlanExportModel } from './planExportModel';
import { writePlan } from './writePlan';

/** The same plan as the PDF, as a Word document the coalition can edit, with the meeting record's DOCX writer. */
export async function renderPlanDocx(model: PlanExportModel, progress: ReportProgress): Promise<Uint8Array> {
  const writer = createDocxWriter();
  writePlan(writer, model);
  progress(1, 2);
  const document = new Document({
    creator: model.coalitionName,
    lastModifiedBy: model.coalitionName,
    title: model.documentTitle,
    description: model.generatedLine,
    styles: DOCX_STYLES,
    numbering: NOTES_NUMBERING,
    sections: [
      {
        properties: LETTER_PAGE,
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: model.coalitionName, bold: true, color: DOCX_COLOR.muted, size: 17 })] })] }) },
        footers: { default: runningFooter(model) },
        children: writer.takeChildren(),
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  progress(2, 2);
  return new Uint8Array(bytes);
}
