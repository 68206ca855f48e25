import { listBullet, type RichBlock } from '../richText/richText';
import { fontFor } from './pdfFonts';
import { COLOR, SIZE, SPACE } from './pdfStyle';
import { type BlockTag, type PdfTags, pdfTags } from './pdfTags';

// One step below the headings around them: notes sit under an agenda item's own heading.
const HEADING_SIZE = { 2: SIZE.heading4, 3: SIZE.body, 4: SIZE.body } as const;
const HEADING_TAG = { 2: 'H4', 3: 'H5', 4: 'H6' } as const satisfies Record<2 | 3 | 4, BlockTag>;

/**
 * Formatted notes: headings, paragraphs, quotes and (nested, numbered) lists with bold, italic and links. For screen
 * readers, a run of list items is one list (L) whose items (LI) have their marker (Lbl) and text (LBody).
 */
export function drawRichText(doc: PDFKit.PDFDocument, blocks: readonly RichBlock[], area: { left: number; width: number }): void {
  const tags = pdfTags(doc);
  let start = 0;
  while (start < blocks.length) {
    const isList = blocks[start]?.kind === 'list-item';
    let end = start + 1;
    while (end < blocks.length && (blocks[end]?.kind === 'list-item') === isList) end += 1;
    const run = blocks.slice(start, end);
    if (isList) tags.group('L', () => drawBlocks(doc, tags, run, area));
    else drawBlocks(doc, tags, run, area);
    start = end;
  }
}

function drawBlocks(doc: PDFKit.PDFDocument, tags: PdfTags, blocks: readonly RichBlock[], area: { left: number; width: number }): void {
  for (const block of blocks) {
    const size = block.kind === 'heading' ? HEADING_SIZE[block.level] : SIZE.body;
    const indent = block.kind === 'list-item' ? SPACE.listIndent * (block.depth + 1) : block.kind === 'quote' ? SPACE.listIndent : 0;
    const x = area.left + indent;
    const width = area.width - indent;
    if (block.kind === 'heading') doc.y += SPACE.paragraph;
    if (doc.y + size * 1.4 > doc.page.maxY()) doc.addPage();
    if (block.kind === 'list-item') {
      const marker = block.ordered ? `${block.number}.` : listBullet(block.depth);
      tags.group('LI', () => {
        doc.font(fontFor({})).fontSize(size).fillColor(COLOR.text);
        const top = doc.y;
        tags.block('Lbl', () => doc.text(marker, x - SPACE.listIndent, top, { width: SPACE.listIndent - 2, lineBreak: false }));
        doc.y = top;
        tags.block('LBody', () => writeRuns(doc, tags, block, size, x, width));
      });
    } else if (block.kind === 'quote') {
      const top = doc.y;
      tags.block('BlockQuote', () => writeRuns(doc, tags, block, size, x, width));
      tags.artifact(() =>
        doc
          .moveTo(x - SPACE.listIndent / 2, top)
          .lineTo(x - SPACE.listIndent / 2, doc.y)
          .lineWidth(1.5)
          .strokeColor(COLOR.rule)
          .stroke(),
      );
    } else {
      tags.block(block.kind === 'heading' ? HEADING_TAG[block.level] : 'P', () => writeRuns(doc, tags, block, size, x, width));
    }
    doc.y += block.kind === 'list-item' ? 1 : SPACE.paragraph;
  }
}

function writeRuns(doc: PDFKit.PDFDocument, tags: PdfTags, block: RichBlock, size: number, x: number, width: number): void {
  const forcedBold = block.kind === 'heading';
  const forcedItalic = block.kind === 'quote';
  block.runs.forEach((run, index) => {
    const last = index === block.runs.length - 1;
    doc
      .font(fontFor({ bold: run.bold || forcedBold, italic: run.italic || forcedItalic }))
      .fontSize(size)
      .fillColor(run.href ? COLOR.link : run.code ? COLOR.muted : COLOR.text);
    // null, not undefined: pdfkit carries undefined options over from the previous continued run.
    const options = { continued: !last, link: run.href as string | undefined, underline: run.underline || run.href !== null, strike: run.strike };
    // Position and width go with the first run only; the rest continue the same line.
    const draw = () => (index === 0 ? doc.text(run.text, x, doc.y, { ...options, width }) : doc.text(run.text, options));
    if (run.href) tags.link(draw);
    else draw();
  });
}
