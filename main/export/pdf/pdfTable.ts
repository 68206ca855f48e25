import { fontFor } from './pdfFonts';
import { COLOR, SIZE, SPACE } from './pdfStyle';
import { pdfTags } from './pdfTags';

export interface PdfTableColumn {
  header: string;
  /** Share of the table's width; the shares are scaled to add up to the whole width. */
  weight: number;
}

export interface PdfTableCell {
  text: string;
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
}

export interface PdfTable {
  columns: readonly PdfTableColumn[];
  rows: ReadonlyArray<ReadonlyArray<string | PdfTableCell>>;
  /** Shown in one row across the table when there are no rows. */
  emptyText?: string;
}

const cellOf = (cell: string | PdfTableCell | undefined): PdfTableCell => (typeof cell === 'string' ? { text: cell } : (cell ?? { text: '' }));

/** What a table needs above the bottom margin before it starts: its header row and its first row. */
export function tableStartHeight(doc: PDFKit.PDFDocument, table: PdfTable, width: number): number {
  const layout = tableLayout(doc, table, { left: 0, width });
  return layout.headerHeight + layout.firstHeight;
}

/**
 * A table whose header row is repeated at the top of every page it runs onto; a row is never split across pages.
 * Tagged as a table for screen readers; the repeated header rows are page furniture they skip.
 */
export function drawTable(doc: PDFKit.PDFDocument, table: PdfTable, area: { left: number; width: number }): void {
  const tags = pdfTags(doc);
  const { headerCells, headerHeight, rows, firstHeight, rowHeight, drawRow } = tableLayout(doc, table, area);
  if (doc.y + headerHeight + firstHeight > doc.page.maxY()) doc.addPage();
  if (!rows) {
    drawRow(headerCells, 'header', headerHeight);
    tags.block('P', () => {
      doc
        .font(fontFor({ italic: true }))
        .fontSize(SIZE.body)
        .fillColor(COLOR.muted);
      doc.text(table.emptyText ?? 'None.', area.left + SPACE.cellPadding, doc.y + SPACE.cellPadding, { width: area.width - SPACE.cellPadding * 2 });
    });
    doc.y += SPACE.cellPadding;
    return;
  }
  tags.group('Table', () => {
    drawRow(headerCells, 'header', headerHeight);
    for (const row of rows) {
      const height = rowHeight(row);
      if (doc.y + height > doc.page.maxY()) {
        doc.addPage();
        tags.artifact(() => drawRow(headerCells, 'repeated header', headerHeight), 'Pagination');
      }
      drawRow(row, 'body', height);
    }
  });
}

function tableLayout(doc: PDFKit.PDFDocument, table: PdfTable, area: { left: number; width: number }) {
  const totalWeight = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (column.weight / totalWeight) * area.width);
  const pad = SPACE.cellPadding;
  const textWidth = (index: number) => (widths[index] ?? 0) - pad * 2;
  const setFont = (cell: PdfTableCell, header = false) =>
    doc
      .font(fontFor({ bold: header || cell.bold, italic: cell.italic }))
      .fontSize(header ? SIZE.small : SIZE.body - 0.5)
      .fillColor(cell.muted || header ? COLOR.muted : COLOR.text);
  // Most cells hold one short line: measuring its width and writing it without the line wrapper is much cheaper.
  const oneLine = (cell: PdfTableCell, index: number) => !cell.text.includes('\n') && doc.widthOfString(cell.text) <= textWidth(index);
  const cellHeight = (cell: PdfTableCell, index: number, header: boolean) => {
    setFont(cell, header);
    return oneLine(cell, index) ? doc.currentLineHeight(true) : doc.heightOfString(cell.text, { width: textWidth(index) });
  };
  const rowHeight = (cells: readonly PdfTableCell[], header = false) => Math.max(...cells.map((cell, index) => cellHeight(cell, index, header))) + pad * 2;

  const tags = pdfTags(doc);
  /** A repeated header is drawn inside an artifact, so its cells are not tagged again. */
  const drawRow = (cells: readonly PdfTableCell[], kind: 'header' | 'repeated header' | 'body', height: number) => {
    const header = kind !== 'body';
    const top = doc.y;
    const drawCell = (cell: PdfTableCell, index: number, x: number) => {
      setFont(cell, header);
      if (oneLine(cell, index)) doc.text(cell.text, x + pad, top + pad, { lineBreak: false });
      else doc.text(cell.text, x + pad, top + pad, { width: textWidth(index) });
    };
    const drawCells = () => {
      let x = area.left;
      cells.forEach((cell, index) => {
        const left = x;
        if (kind === 'repeated header') drawCell(cell, index, left);
        else tags.block(header ? 'TH' : 'TD', () => drawCell(cell, index, left));
        x += widths[index] ?? 0;
      });
    };
    const drawRules = () => {
      if (header) doc.rect(area.left, top, area.width, height).fillColor(COLOR.tableHeader).fill();
      doc
        .moveTo(area.left, top + height)
        .lineTo(area.left + area.width, top + height)
        .lineWidth(header ? 0.8 : 0.4)
        .strokeColor(COLOR.rule)
        .stroke();
    };
    if (kind === 'repeated header') {
      drawRules();
      drawCells();
    } else {
      tags.artifact(drawRules);
      tags.group('TR', drawCells);
    }
    doc.y = top + height;
  };

  const headerCells = table.columns.map((column) => ({ text: column.header }));
  const headerHeight = rowHeight(headerCells, true);
  const rows = table.rows.length > 0 ? table.rows.map((row) => table.columns.map((_, index) => cellOf(row[index]))) : null;
  const firstHeight = rows?.[0] ? rowHeight(rows[0]) : SIZE.body * 2;
  return { headerCells, headerHeight, rows, firstHeight, rowHeight, drawRow };
}
