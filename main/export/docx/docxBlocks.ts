import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type IStylesOptions } from 'docx';

/** Building blocks of an exported Word document, styled to match the PDF kit. */
export const DOCX_COLOR = { muted: '5F6368', confidential: 'A4262C', rule: 'C8CCD0', header: 'EEF1F4' };

/** Calibri (Word's and LibreOffice's usual font, with accents, Greek and Cyrillic) and a Quote style for notes. */
export const DOCX_STYLES: IStylesOptions = {
  default: { document: { run: { font: 'Calibri', size: 21 } } },
  paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: DOCX_COLOR.muted }, paragraph: { indent: { left: 567 } } }],
};

export interface DocxCell {
  text: string;
  bold?: boolean;
  muted?: boolean;
}

export function docxParagraph(text: string, style: { bold?: boolean; italic?: boolean; muted?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, bold: style.bold, italics: style.italic, color: style.muted ? DOCX_COLOR.muted : undefined })),
  });
}

export function docxTag(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, color: DOCX_COLOR.confidential, characterSpacing: 12, size: 18 })] });
}

/** Label/value lines as a borderless two-column table. */
export function docxFacts(rows: ReadonlyArray<{ label: string; value: string }>): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 26, type: WidthType.PERCENTAGE }, children: [docxParagraph(row.label, { bold: true, muted: true })] }),
            new TableCell({ width: { size: 74, type: WidthType.PERCENTAGE }, children: [docxParagraph(row.value || '—')] }),
          ],
        }),
    ),
  });
}

/** A table whose first row Word repeats at the top of each page. */
export function docxTable(columns: ReadonlyArray<{ header: string; weight: number }>, rows: ReadonlyArray<ReadonlyArray<string | DocxCell>>): Table {
  const total = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => Math.round((column.weight / total) * 100));
  const rule = { style: BorderStyle.SINGLE, size: 4, color: DOCX_COLOR.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (content: string | DocxCell, index: number, header: boolean) => {
    const value = typeof content === 'string' ? { text: content } : content;
    return new TableCell({
      width: { size: widths[index] ?? 10, type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, fill: DOCX_COLOR.header, color: 'auto' } : undefined,
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      children: [docxParagraph(value.text, { bold: header || value.bold, muted: header || value.muted })],
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: rule, bottom: rule, left: none, right: none, insideHorizontal: rule, insideVertical: none },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.header, index, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((_, index) => cell(row[index] ?? '', index, false)) })),
    ],
  });
}
