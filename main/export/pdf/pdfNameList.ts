import { fontFor } from './pdfFonts';
import { COLOR, SIZE, SPACE } from './pdfStyle';
import { pdfTags } from './pdfTags';

const COLUMNS = 2;
const GAP = 18;
const STATUS_SEPARATOR = '  ·  ';

interface Area {
  left: number;
  width: number;
}

const columnWidth = (area: Area) => (area.width - GAP * (COLUMNS - 1)) / COLUMNS;

/** A person in a list of names laid out in columns (attendance): the name with its status, then a muted line. */
export interface NameListEntry {
  name: string;
  status: string;
  details: string;
}

function entryHeight(doc: PDFKit.PDFDocument, entry: NameListEntry, width: number): number {
  const first = doc
    .font(fontFor({ bold: true }))
    .fontSize(SIZE.body)
    .heightOfString(`${entry.name}${STATUS_SEPARATOR}${entry.status}`, { width });
  const second = entry.details ? doc.font(fontFor({})).fontSize(SIZE.small).heightOfString(entry.details, { width }) : 0;
  return first + second + SPACE.cellPadding * 2;
}

const rowsOf = (entries: readonly NameListEntry[]) =>
  Array.from({ length: Math.ceil(entries.length / COLUMNS) }, (_, row) => entries.slice(row * COLUMNS, row * COLUMNS + COLUMNS));

const rowHeight = (doc: PDFKit.PDFDocument, row: readonly NameListEntry[], area: Area) =>
  Math.max(...row.map((entry) => entryHeight(doc, entry, columnWidth(area))));

export function nameListStartHeight(doc: PDFKit.PDFDocument, entries: readonly NameListEntry[], area: Area): number {
  const first = rowsOf(entries)[0];
  return first ? rowHeight(doc, first, area) : 0;
}

/**
 * People side by side in columns, read across: the name in bold with the status after it, then the organization
 * and notes in a smaller muted line. A row of people is never split across pages.
 */
export function drawNameList(doc: PDFKit.PDFDocument, entries: readonly NameListEntry[], area: Area): void {
  const width = columnWidth(area);
  const tags = pdfTags(doc);
  tags.group('L', () => {
    for (const row of rowsOf(entries)) {
      const height = rowHeight(doc, row, area);
      if (doc.y + height > doc.page.maxY()) doc.addPage();
      const top = doc.y;
      row.forEach((entry, index) => {
        const x = area.left + index * (width + GAP);
        tags.group('LI', () =>
          tags.block('LBody', () => {
            doc
              .font(fontFor({ bold: true }))
              .fontSize(SIZE.body)
              .fillColor(COLOR.text)
              .text(entry.name, x, top + SPACE.cellPadding, { width, continued: true });
            doc.font(fontFor({})).fillColor(COLOR.muted).text(`${STATUS_SEPARATOR}${entry.status}`, { continued: false });
            if (entry.details) doc.fontSize(SIZE.small).text(entry.details, x, doc.y, { width });
          }),
        );
      });
      tags.artifact(() =>
        doc
          .moveTo(area.left, top + height)
          .lineTo(area.left + area.width, top + height)
          .lineWidth(0.4)
          .strokeColor(COLOR.rule)
          .stroke(),
      );
      doc.y = top + height;
    }
  });
}
