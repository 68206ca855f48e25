import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { RichBlock } from '../richText/richText';
import { docxFacts, docxNameList, docxParagraph, docxTable, docxTag, type DocxCell } from './docxBlocks';
import { richTextParagraphs } from './docxRichText';

/** The same writing calls as the PDF kit's writer, collecting Word content for one section. */
export interface DocxWriter {
  title(text: string): void;
  heading(text: string, level?: 2 | 3 | 4): void;
  paragraph(text: string, style?: { bold?: boolean; italic?: boolean; muted?: boolean }): void;
  together(paragraphs: ReadonlyArray<{ text: string; style?: { bold?: boolean; italic?: boolean; muted?: boolean } }>): void;
  facts(rows: ReadonlyArray<{ label: string; value: string; href?: string }>): void;
  nameList(entries: ReadonlyArray<{ name: string; status: string; details: string }>): void;
  table(table: { columns: ReadonlyArray<{ header: string; weight: number }>; rows: ReadonlyArray<ReadonlyArray<string | DocxCell>>; emptyText?: string }): void;
  richText(blocks: readonly RichBlock[]): void;
  tag(text: string, tone: 'confidential' | 'muted'): void;
  space(points?: number): void;
  /** Takes what was written so far, for one section of the document. */
  takeChildren(): FileChild[];
}

const HEADING = { 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2, 4: HeadingLevel.HEADING_3 } as const;

export function createDocxWriter(listCounter = { next: 0 }): DocxWriter {
  let children: FileChild[] = [];
  return {
    title(text) {
      children.push(new Paragraph({ text, heading: HeadingLevel.TITLE }));
    },
    heading(text, level = 2) {
      children.push(new Paragraph({ text, heading: HEADING[level], keepNext: true }));
    },
    paragraph(text, style = {}) {
      children.push(docxParagraph(text, style));
    },
    together(paragraphs) {
      // Word keeps a paragraph with the next one (keepNext) and its own lines together (keepLines).
      paragraphs.forEach(({ text, style }, index) => children.push(docxParagraph(text, style, { keepLines: true, keepNext: index < paragraphs.length - 1 })));
    },
    nameList(entries) {
      children.push(docxNameList(entries), new Paragraph({}));
    },
    facts(rows) {
      children.push(docxFacts(rows), new Paragraph({}));
    },
    table(table) {
      if (table.rows.length === 0 && table.emptyText) {
        children.push(docxParagraph(table.emptyText, { italic: true, muted: true }));
        return;
      }
      children.push(docxTable(table.columns, table.rows), new Paragraph({}));
    },
    richText(blocks) {
      children.push(...richTextParagraphs(blocks, listCounter));
    },
    tag(text, tone) {
      children.push(tone === 'confidential' ? docxTag(text) : docxParagraph(text, { muted: true, bold: true }));
    },
    space() {
      children.push(new Paragraph({}));
    },
    takeChildren() {
      const taken = children;
      children = [];
      return taken;
    },
  };
}
