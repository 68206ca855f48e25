import { fontFor } from './pdfFonts';
import { COLOR, PAGE, SIZE } from './pdfStyle';

interface PageFrame {
  coalitionName: string;
  generatedLine: string;
  isDraft: (pageIndex: number) => boolean;
}

/**
 * Draws the running header, the footer and the DRAFT mark on every page once the content is laid out,
 * when the number of pages is known. Needs a document made with bufferPages.
 */
export function drawPageFrames(doc: PDFKit.PDFDocument, frame: PageFrame): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { width, height, margins } = doc.page;
    const bottomMargin = margins.bottom;
    // Text below the bottom margin would make pdfkit start a new page; the frame lives in the margins.
    doc.page.margins.bottom = 0;
    const innerWidth = width - margins.left - margins.right;
    const draft = frame.isDraft(index);
    if (draft) drawDraftMark(doc);
    doc.font(fontFor({ bold: true })).fontSize(SIZE.frame).fillColor(COLOR.muted);
    doc.text(frame.coalitionName, margins.left, PAGE.headerY, { width: innerWidth * (draft ? 0.7 : 1), lineBreak: false, ellipsis: true });
    if (draft) {
      doc.fillColor(COLOR.confidential).text('DRAFT - not yet approved', margins.left, PAGE.headerY, { width: innerWidth, align: 'right', lineBreak: false });
    }
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
}

/**
 * The big diagonal DRAFT is drawn as shapes, not text, so that text extraction and screen readers are not
 * given stray letters; the header line carries the word as text.
 */
const DRAFT_LETTERS = [
  'M0 100 L0 0 L38 0 C95 0 95 100 38 100 Z',
  'M0 100 L0 0 L42 0 C80 0 80 50 42 50 L0 50 M38 50 L76 100',
  'M0 100 L38 0 L76 100 M15 62 L61 62',
  'M70 0 L0 0 L0 100 M0 47 L55 47',
  'M0 0 L80 0 M40 0 L40 100',
];
const LETTER_ADVANCE = [100, 100, 96, 86, 80];

function drawDraftMark(doc: PDFKit.PDFDocument): void {
  const { width, height } = doc.page;
  const scale = 1.05;
  const wordWidth = LETTER_ADVANCE.reduce((sum, advance) => sum + advance, 0) * scale;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.translate(width / 2 - wordWidth / 2, height / 2 - 50 * scale);
  doc.scale(scale);
  doc.lineWidth(13).lineJoin('miter').lineCap('butt').strokeColor(COLOR.draftMark).strokeOpacity(0.6);
  let x = 0;
  DRAFT_LETTERS.forEach((letter, index) => {
    doc.save();
    doc.translate(x, 0);
    doc.path(letter).stroke();
    doc.restore();
    x += LETTER_ADVANCE[index] ?? 0;
  });
  doc.restore();
}
