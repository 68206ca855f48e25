import {
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from 'docx';

/** Building blocks of an exported Word document, styled to match the PDF kit. */
export const DOCX_COLOR = { muted: '5F6368', confidential: 'A4262C', rule: 'C8CCD0', header: 'EEF1F4' };

/** The width of the text on a Letter page with one-inch sides, in twentieths of a point. */
export const TEXT_WIDTH = 12240 - 1440 * 2;

/** Space in twentieths of a point, as in the PDF: 6 pt after a paragraph, more before a heading than after it. */
const headingStyle = (size: number, before: number) => ({
  run: { font: 'Calibri', size, bold: true, color: '1D1D1F' },
  paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
});

/**
 * Calibri (Word's and LibreOffice's usual font, with accents, Greek and Cyrillic), 10.5 pt with 6 pt after each
 * paragraph, headings in the PDF's sizes kept with what follows, and a Quote style for notes.
 */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Calibri', size: 21 }, paragraph: { spacing: { after: 120, line: 264 } } },
    title: { run: { font: 'Calibri', size: 36, bold: true, color: '1D1D1F' }, paragraph: { spacing: { after: 160 } } },
    heading1: headingStyle(28, 360),
    heading2: headingStyle(24, 280),
    heading3: headingStyle(22, 240),
    heading4: headingStyle(22, 200),
    heading5: headingStyle(21, 160),
    heading6: headingStyle(21, 160),
  },
  paragraphStyles: [
    { id: 'Quote', name: 'Quote', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: DOCX_COLOR.muted }, paragraph: { indent: { left: 567 } } },
  ],
};

export interface DocxCell {
  text: string;
  bold?: boolean;
  muted?: boolean;
}

export function docxParagraph(
  text: string,
  style: { bold?: boolean; italic?: boolean; muted?: boolean } = {},
  keep: { keepNext?: boolean; keepLines?: boolean } = {},
): Paragraph {
  return new Paragraph({
    ...keep,
    children: text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          bold: style.bold,
          italics: style.italic,
          color: style.muted ? DOCX_COLOR.muted : undefined,
        }),
    ),
  });
}

export function docxTag(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: true, color: DOCX_COLOR.confidential, characterSpacing: 12, size: 18 })] });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** A table with fixed column widths (in twentieths of a point) that Word and LibreOffice keep as given. */
function fixedTable(widths: readonly number[], rows: TableRow[], borders: ConstructorParameters<typeof Table>[0]['borders'] = NO_BORDERS): Table {
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [...widths], layout: TableLayoutType.FIXED, borders, rows });
}

const fixedCell = (width: number, children: Paragraph[], extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 80, right: 80 }, ...extra, children });

/** Label/value lines as a borderless two-column table; a value with an address is a link. */
export function docxFacts(rows: ReadonlyArray<{ label: string; value: string; href?: string }>): Table {
  const widths = [Math.round(TEXT_WIDTH * 0.26), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.26)];
  return fixedTable(
    widths,
    rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            fixedCell(widths[0]!, [docxParagraph(row.label, { bold: true, muted: true })]),
            fixedCell(widths[1]!, [row.href ? docxLink(row.value, row.href) : docxParagraph(row.value || '—')]),
          ],
        }),
    ),
  );
}

export function docxLink(text: string, href: string): Paragraph {
  return new Paragraph({ children: [new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] })] });
}

/** People in two columns, read across: the name in bold with the status, then a muted line of details. */
export function docxNameList(entries: ReadonlyArray<{ name: string; status: string; details: string }>): Table {
  const column = Math.floor(TEXT_WIDTH / 2);
  const entryCell = (entry: { name: string; status: string; details: string } | undefined) =>
    fixedCell(column, [
      new Paragraph({
        spacing: { after: 0 },
        children: entry ? [new TextRun({ text: entry.name, bold: true }), new TextRun({ text: `  ·  ${entry.status}`, color: DOCX_COLOR.muted })] : [],
      }),
      ...(entry?.details
        ? [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: entry.details, color: DOCX_COLOR.muted, size: 18 })] })]
        : []),
    ]);
  const rows: TableRow[] = [];
  for (let index = 0; index < entries.length; index += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [entryCell(entries[index]), entryCell(entries[index + 1])] }));
  }
  const rule = { style: BorderStyle.SINGLE, size: 4, color: DOCX_COLOR.rule };
  return fixedTable([column, column], rows, { ...NO_BORDERS, insideHorizontal: rule, bottom: rule });
}

/** About the width of a header word in 10.5 pt bold Calibri, plus the cell's side margins: a column never narrower. */
const headerWidth = (header: string) => Math.max(...header.split(' ').map((word) => word.length)) * 125 + 200;

/** Column widths from the weights, each at least as wide as its header's longest word, adding up to the text width. */
export function docxColumnWidths(columns: ReadonlyArray<{ header: string; weight: number }>): number[] {
  const minimum = columns.map((column) => headerWidth(column.header));
  let widths = columns.map(() => 0);
  let fixed = new Set<number>();
  // Give each column its share; a column below its minimum gets the minimum and the others share the rest.
  for (;;) {
    const free = columns.map((_, index) => index).filter((index) => !fixed.has(index));
    const room = TEXT_WIDTH - [...fixed].reduce((sum, index) => sum + minimum[index]!, 0);
    const weight = free.reduce((sum, index) => sum + columns[index]!.weight, 0);
    widths = columns.map((column, index) => (fixed.has(index) ? minimum[index]! : Math.floor((column.weight / weight) * room)));
    const tooNarrow = free.filter((index) => widths[index]! < minimum[index]!);
    if (tooNarrow.length === 0 || free.length === tooNarrow.length) break;
    fixed = new Set([...fixed, ...tooNarrow]);
  }
  return widths;
}

/** A table whose first row Word repeats at the top of each page. */
export function docxTable(columns: ReadonlyArray<{ header: string; weight: number }>, rows: ReadonlyArray<ReadonlyArray<string | DocxCell>>): Table {
  const widths = docxColumnWidths(columns);
  const rule = { style: BorderStyle.SINGLE, size: 4, color: DOCX_COLOR.rule };
  const cell = (content: string | DocxCell, index: number, header: boolean) => {
    const value = typeof content === 'string' ? { text: content } : content;
    return fixedCell(widths[index] ?? 0, [docxParagraph(value.text, { bold: header || value.bold, muted: header || value.muted })], {
      shading: header ? { type: ShadingType.CLEAR, fill: DOCX_COLOR.header, color: 'auto' } : undefined,
    });
  };
  return fixedTable(
    widths,
    [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.header, index, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((_, index) => cell(row[index] ?? '', index, false)) })),
    ],
    { ...NO_BORDERS, top: rule, bottom: rule, insideHorizontal: rule },
  );
}
