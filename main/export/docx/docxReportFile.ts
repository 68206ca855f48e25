import { Document, Header, Packer, Paragraph, TextRun } from 'docx';
import type { ReportProgress } from '../exportJob';
import { LETTER_PAGE, runningFooter } from '../meetingRecord/meetingRecordDocx';
import { DOCX_COLOR, DOCX_STYLES } from './docxBlocks';
import { NOTES_NUMBERING } from './docxRichText';
import { type DocxWriter, createDocxWriter } from './docxWriter';

export interface DocxReportHeading {
  coalitionName: string;
  documentTitle: string;
  generatedLine: string;
}

/**
 * A report as a Word document with the meeting record's DOCX writer: Letter pages, the coalition in the header, the
 * generated line and page numbers in the footer, the coalition as author. `write` fills the body.
 */
export async function renderDocxReport(heading: DocxReportHeading, write: (writer: DocxWriter) => void, progress: ReportProgress): Promise<Uint8Array> {
  const writer = createDocxWriter();
  write(writer);
  progress(1, 2);
  const document = new Document({
    creator: heading.coalitionName,
    lastModifiedBy: heading.coalitionName,
    title: heading.documentTitle,
    description: heading.generatedLine,
    styles: DOCX_STYLES,
    numbering: NOTES_NUMBERING,
    sections: [
      {
        properties: LETTER_PAGE,
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: heading.coalitionName, bold: true, color: DOCX_COLOR.muted, size: 17 })] })],
          }),
        },
        footers: { default: runningFooter(heading) },
        children: writer.takeChildren(),
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  progress(2, 2);
  return new Uint8Array(bytes);
}
