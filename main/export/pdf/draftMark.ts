import { COLOR } from './pdfStyle';
import { pdfTags } from './pdfTags';

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

export function drawDraftMark(doc: PDFKit.PDFDocument): void {
  pdfTags(doc).artifact(() => drawLetters(doc), 'Pagination');
}

function drawLetters(doc: PDFKit.PDFDocument): void {
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
