import { CONFIDENTIAL_HEADER, DRAFT_HEADER } from '../pageLabels';
import type { PageMark } from './pageMarks';
import { fontFor } from './pdfFonts';
import { COLOR, PAGE, SIZE } from './pdfStyle';
import { pdfTags } from './pdfTags';

interface PageFrame {
  coalitionName: string;
  generatedLine: string;
  /** CONFIDENTIAL in every page header. */
  confidential: boolean;
  markOf: (pageIndex: number) => PageMark;
}

/**
 * Draws the running header (the coalition, the part's name, CONFIDENTIAL and DRAFT) and the footer on every page
 * once the content is laid out, when the number of pages is known. Needs a document made with bufferPages. The
 * diagonal DRAFT is drawn beneath each page's text when the page starts (pageMarks.ts).
 */
export function drawPageFrames(doc: PDFKit.PDFDocument, frame: PageFrame): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    pdfTags(doc).artifact(() => drawPageFrame(doc, frame, index, { start, count }), 'Pagination');
  }
}

function drawPageFrame(doc: PDFKit.PDFDocument, frame: PageFrame, index: number, { start, count }: { start: number; count: number }): void {
  const { width, height, margins } = doc.page;
  const bottomMargin = margins.bottom;
  // Text below the bottom margin would make pdfkit start a new page; the frame lives in the margins.
  doc.page.margins.bottom = 0;
  const innerWidth = width - margins.left - margins.right;
  const mark = frame.markOf(index);
  const labels = [frame.confidential && CONFIDENTIAL_HEADER, mark.draft && DRAFT_HEADER].filter(Boolean).join('  ·  ');
  doc
    .font(fontFor({ bold: true }))
    .fontSize(SIZE.frame)
    .fillColor(COLOR.muted);
  const labelsWidth = labels ? doc.widthOfString(labels) + 16 : 0;
  const title = mark.partName ? `${frame.coalitionName}  ·  ${mark.partName}` : frame.coalitionName;
  doc.text(title, margins.left, PAGE.headerY, { width: innerWidth - labelsWidth, height: SIZE.frame * 1.5, lineBreak: false, ellipsis: true });
  if (labels) doc.fillColor(COLOR.confidential).text(labels, margins.left, PAGE.headerY, { width: innerWidth, align: 'right', lineBreak: false });
  doc
    .moveTo(margins.left, PAGE.headerY + SIZE.frame + 5)
    .lineTo(width - margins.right, PAGE.headerY + SIZE.frame + 5)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
  const footerY = height - PAGE.footerFromBottom;
  doc.font(fontFor({})).fontSize(SIZE.frame).fillColor(COLOR.muted);
  doc.text(frame.generatedLine, margins.left, footerY, { width: innerWidth * 0.7, lineBreak: false, ellipsis: true });
  doc.text(`Page ${index - start + 1} of ${count}`, margins.left, footerY, { width: innerWidth, align: 'right', lineBreak: false });
  doc.page.margins.bottom = bottomMargin;
}
