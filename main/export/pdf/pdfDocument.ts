import PDFDocument from 'pdfkit';
import type { RichBlock } from '../richText/richText';
import { fontFor, registerFonts } from './pdfFonts';
import { PageMarks } from './pageMarks';
import { drawPageFrames } from './pdfPageFrame';
import { drawRichText } from './pdfRichText';
import { COLOR, PAGE, SIZE, SPACE } from './pdfStyle';
import { type NameListEntry, drawNameList, nameListStartHeight } from './pdfNameList';
import { drawTable, tableStartHeight, type PdfTable } from './pdfTable';
import { printableText } from './printableText';
import { createTaggedStructure } from './pdfTags';

export interface PdfDocumentOptions {
  /** The document's title (file properties). */
  title: string;
  /** Running header on every page. */
  coalitionName: string;
  /** Already worded for the reader, e.g. "Generated 29 November 2026, 6:10 PM (America/Chicago)". */
  generatedLine: string;
  /** Marks pages DRAFT (watermark and header), from the first page until a part says otherwise (the first part's). */
  draft: boolean;
  /** Fixed creation date, so the same model gives the same file. */
  createdAt: Date;
  /** Says CONFIDENTIAL in every page header (an export that includes notes marked confidential). */
  confidential?: boolean;
}

export interface PdfFact {
  label: string;
  value: string;
  /** Makes the value a link (e.g. the meeting's video link). */
  href?: string;
}

export interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  muted?: boolean;
  size?: number;
}

export interface PdfWriter {
  title(text: string): void;
  heading(text: string, level?: 2 | 3 | 4): void;
  paragraph(text: string, style?: TextStyle): void;
  /** Paragraphs kept on one page (a decision with its outcome and votes): a new page starts when they do not fit. */
  together(paragraphs: ReadonlyArray<{ text: string; style?: TextStyle }>): void;
  /** Label/value lines, labels in a column on the left. */
  facts(rows: readonly PdfFact[]): void;
  table(table: PdfTable): void;
  /** People in two columns, each kept whole on a page. */
  nameList(entries: readonly NameListEntry[]): void;
  richText(blocks: readonly RichBlock[]): void;
  /** A short coloured tag on its own line, e.g. CONFIDENTIAL. */
  tag(text: string, tone: 'confidential' | 'muted'): void;
  space(points?: number): void;
  newPage(): void;
  /**
   * Starts a part of the document (a meeting in a bundle) on a new page, unless nothing is on the current one yet:
   * its name goes in the running header of its pages and in the bookmarks, and its pages are DRAFT or not.
   */
  part(part: { name: string; draft: boolean }): void;
  /** Direct access for drawings the kit does not offer. */
  readonly doc: PDFKit.PDFDocument;
  finish(): Promise<Uint8Array>;
}

/**
 * The shared PDF kit: Noto Sans (Latin, Greek, Cyrillic with accents), Letter pages, a running header with the
 * coalition's name, a footer with "Page X of Y" and the generated date, and DRAFT on every page when asked.
 * Content flows top to bottom; pages are added as needed.
 */
export function createPdfDocument(options: PdfDocumentOptions): PdfWriter {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    // No default font: pdfkit would otherwise load its built-in Helvetica metrics, which the bundle does not carry.
    // Nor a font file: pdfkit then never caches the registered regular face under its own name (it finds the file's
    // font equal and returns before caching) and parses the whole font again on every switch back to it.
    font: null as unknown as string,
    info: { Title: options.title, Author: options.coalitionName, Creator: 'Coalition Desk', CreationDate: options.createdAt },
    lang: 'en-US',
    displayTitle: true,
    // Tagged content, MarkInfo and the document language belong to PDF 1.4 and later.
    pdfVersion: '1.7',
    // Tagged for screen readers: headings, paragraphs, lists and tables in reading order (pdfTags.ts).
    tagged: true,
  });
  registerFonts(doc);
  doc.font(fontFor({}));
  const tags = createTaggedStructure(doc);
  drawOnlyPrintableText(doc);
  const pages = new PageMarks(doc, options.draft);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const left = () => doc.page.margins.left;
  const body = (style: TextStyle = {}, size = SIZE.body, color = COLOR.text) => doc.font(fontFor(style)).fontSize(size).fillColor(color);
  const paragraphFont = (style: TextStyle) => body(style, style.size ?? SIZE.body, style.muted ? COLOR.muted : COLOR.text);
  const paragraphHeight = (text: string, style: TextStyle) => paragraphFont(style).heightOfString(text, { width: width() }) + SPACE.paragraph;
  const threeLines = SIZE.body * 1.4 * 3;
  /** Starts a new page unless `height` points still fit above the bottom margin (or the page is still empty). */
  const keepSpace = (height: number) => {
    if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top + 1) doc.addPage();
  };

  // A heading waits for what follows it, so that it is never the last thing on a page: it is drawn with the
  // first part of the next block (the first lines, table row, decision...) or moves to the next page with it.
  let pendingHeadings: Array<{ text: string; size: number; tag: 'H2' | 'H3' | 'H4' }> = [];
  const headingHeight = (heading: { text: string; size: number }) =>
    SPACE.beforeHeading + body({ bold: true }, heading.size).heightOfString(heading.text, { width: width() }) + SPACE.afterHeading;
  const flushHeadings = (nextHeight: number) => {
    if (pendingHeadings.length === 0) return;
    keepSpace(pendingHeadings.reduce((sum, heading) => sum + headingHeight(heading), 0) + nextHeight);
    for (const heading of pendingHeadings) {
      if (doc.y > doc.page.margins.top + 1) doc.y += SPACE.beforeHeading;
      tags.block(heading.tag, () => body({ bold: true }, heading.size).text(heading.text, left(), doc.y, { width: width() }));
      doc.y += SPACE.afterHeading;
    }
    pendingHeadings = [];
    body();
  };
  const drawParagraph = (text: string, style: TextStyle) => {
    tags.block('P', () => paragraphFont(style).text(text, left(), doc.y, { width: width() }));
    doc.y += SPACE.paragraph;
    body();
  };

  body();
  return {
    doc,
    title(text) {
      flushHeadings(0);
      tags.block('H1', () => body({ bold: true }, SIZE.title).text(text, left(), doc.y, { width: width() }));
      doc.moveDown(0.3);
    },
    heading(text, level = 2) {
      pendingHeadings.push({ text, size: level === 2 ? SIZE.heading2 : level === 3 ? SIZE.heading3 : SIZE.heading4, tag: `H${level}` });
    },
    paragraph(text, style = {}) {
      flushHeadings(Math.min(paragraphHeight(text, style), threeLines));
      drawParagraph(text, style);
    },
    together(paragraphs) {
      const height = paragraphs.reduce((sum, { text, style = {} }) => sum + paragraphHeight(text, style), 0);
      flushHeadings(height);
      keepSpace(height);
      for (const { text, style = {} } of paragraphs) drawParagraph(text, style);
    },
    facts(rows) {
      const labelWidth = Math.min(140, width() * 0.3);
      const valueWidth = width() - labelWidth;
      const rowHeight = ({ label, value }: PdfFact) =>
        Math.max(body({ bold: true }).heightOfString(label, { width: labelWidth - 8 }), body().heightOfString(value || ' ', { width: valueWidth }));
      const drawRow = (row: PdfFact) => {
        const height = rowHeight(row);
        keepSpace(height);
        const y = doc.y;
        tags.block('TH', () => body({ bold: true }, SIZE.body, COLOR.muted).text(row.label, left(), y, { width: labelWidth - 8 }));
        tags.block('TD', () => {
          const href = row.href;
          if (href)
            tags.link(() => body({}, SIZE.body, COLOR.link).text(row.value, left() + labelWidth, y, { width: valueWidth, link: href, underline: true }));
          else body().text(row.value || '—', left() + labelWidth, y, { width: valueWidth });
        });
        doc.y = y + height + 2;
      };
      if (rows[0]) flushHeadings(rowHeight(rows[0]));
      tags.group('Table', () => rows.forEach((row) => tags.group('TR', () => drawRow(row))));
      doc.y += SPACE.paragraph;
      body();
    },
    table(table) {
      flushHeadings(tableStartHeight(doc, table, width()));
      drawTable(doc, table, { left: left(), width: width() });
      doc.y += SPACE.paragraph * 2;
      body();
    },
    nameList(entries) {
      const area = { left: left(), width: width() };
      flushHeadings(nameListStartHeight(doc, entries, area));
      drawNameList(doc, entries, area);
      doc.y += SPACE.paragraph * 2;
      body();
    },
    richText(blocks) {
      const first = blocks[0];
      flushHeadings(first ? Math.min(paragraphHeight(first.runs.map((run) => run.text).join(''), {}), threeLines) : 0);
      drawRichText(doc, blocks, { left: left(), width: width() });
      body();
    },
    tag(text, tone) {
      flushHeadings(SIZE.small * 2);
      keepSpace(SIZE.small * 2);
      tags.block('P', () =>
        body({ bold: true }, SIZE.small, tone === 'confidential' ? COLOR.confidential : COLOR.muted).text(text, left(), doc.y, {
          width: width(),
          characterSpacing: 0.6,
        }),
      );
      doc.y += 2;
      body();
    },
    space(points = SIZE.body) {
      if (pendingHeadings.length === 0) doc.y += points;
    },
    newPage() {
      flushHeadings(0);
      doc.addPage();
    },
    part(part) {
      flushHeadings(0);
      pages.startPart(part);
    },
    async finish() {
      flushHeadings(0);
      drawPageFrames(doc, {
        coalitionName: options.coalitionName,
        generatedLine: options.generatedLine,
        confidential: options.confidential ?? false,
        markOf: (page) => pages.markOf(page),
      });
      doc.end();
      await ended;
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

/** Every string drawn or measured on this document goes through printableText, whoever draws it (see printableText). */
function drawOnlyPrintableText(doc: PDFKit.PDFDocument): void {
  const text = doc.text.bind(doc);
  const widthOfString = doc.widthOfString.bind(doc);
  const heightOfString = doc.heightOfString.bind(doc);
  doc.text = ((value: string, ...rest: never[]) => text(printableText(String(value)), ...rest)) as typeof doc.text;
  doc.widthOfString = ((value: string, ...rest: never[]) => widthOfString(printableText(value), ...rest)) as typeof doc.widthOfString;
  doc.heightOfString = ((value: string, ...rest: never[]) => heightOfString(printableText(value), ...rest)) as typeof doc.heightOfString;
}
