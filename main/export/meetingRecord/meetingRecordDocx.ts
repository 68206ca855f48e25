import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { DOCX_COLOR, DOCX_STYLES } from '../docx/docxBlocks';
import { CONFIDENTIAL_HEADER, DRAFT_HEADER } from '../pageLabels';
import { NOTES_NUMBERING } from '../docx/docxRichText';
import { createDocxWriter } from '../docx/docxWriter';
import type { ReportProgress } from '../exportJob';
import type { MeetingRecordModel, MeetingRecordPart } from './meetingRecordModel';
import { progressBySection, writeMeetingRecord } from './writeMeetingRecord';

/** US Letter with one-inch sides, in twentieths of a point. */
const LETTER = { width: 12240, height: 15840, margin: 1440 };

/** The page every exported Word document uses (the plan's too). */
export const LETTER_PAGE: NonNullable<ISectionOptions['properties']> = {
  page: {
    size: { width: LETTER.width, height: LETTER.height },
    margin: { top: LETTER.margin, bottom: LETTER.margin, left: LETTER.margin, right: LETTER.margin },
  },
};
const RIGHT_TAB = LETTER.width - LETTER.margin * 2;

/** The same record as the PDF, as a Word document people can edit (Word, LibreOffice). Each meeting is a section. */
export async function renderMeetingRecordDocx(model: MeetingRecordModel, progress: ReportProgress): Promise<Uint8Array> {
  const writer = createDocxWriter();
  const stepDone = progressBySection(model.meetings, progress);
  const sections: ISectionOptions[] = model.meetings.map((part) => {
    writeMeetingRecord(writer, part, model.includesConfidential, stepDone);
    return {
      properties: LETTER_PAGE,
      headers: { default: runningHeader(model, part) },
      footers: { default: runningFooter(model) },
      children: writer.takeChildren(),
    };
  });
  const document = new Document({
    // The coalition is the author, as in the PDF's properties.
    creator: model.coalitionName,
    lastModifiedBy: model.coalitionName,
    title: model.documentTitle,
    description: model.generatedLine,
    styles: DOCX_STYLES,
    numbering: NOTES_NUMBERING,
    sections,
  });
  const bytes = await Packer.toBuffer(document);
  stepDone();
  return new Uint8Array(bytes);
}

function runningHeader(model: MeetingRecordModel, part: MeetingRecordPart): Header {
  const labels = [model.includesConfidential && CONFIDENTIAL_HEADER, part.draft && DRAFT_HEADER].filter(Boolean).join('  ·  ');
  const line = new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
    children: [
      new TextRun({ text: model.coalitionName, bold: true, color: DOCX_COLOR.muted, size: 17 }),
      ...(labels ? [new TextRun({ children: [new Tab(), labels], bold: true, color: DOCX_COLOR.confidential, size: 17 })] : []),
    ],
  });
  return new Header({
    children: part.draft ? [line, new Paragraph({ children: [new TextWatermark({ text: 'DRAFT', color: 'C8CCD0', opacity: 0.5 })] })] : [line],
  });
}

/** The generated line and the page number, at the foot of every page. */
export function runningFooter(model: Pick<MeetingRecordModel, 'generatedLine'>): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: model.generatedLine, color: DOCX_COLOR.muted, size: 17 }),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: DOCX_COLOR.muted, size: 17 }),
        ],
      }),
    ],
  });
}
