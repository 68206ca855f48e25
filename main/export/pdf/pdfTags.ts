/**
 * The structure a screen reader follows in our PDFs (a "tagged" PDF): every piece of text is drawn inside a
 * structure element (headings H1-H4, paragraphs P, lists L/LI, tables Table/TR/TH/TD) under one Document element,
 * in reading order; rules, the DRAFT mark and the running header and footer are artifacts the reader skips. A link
 * (the meeting's video link, a link in the notes) is a Link element inside its block, holding its text and, by an
 * object reference (OBJR), the link annotation a reader follows.
 * pdfkit writes the tree (StructTreeRoot, MarkInfo); a marked piece must not cross a page break made with addPage,
 * so each piece is one text draw (pdfkit carries a piece that wraps onto a new page itself).
 */
export type BlockTag = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P' | 'BlockQuote' | 'Lbl' | 'LBody' | 'TH' | 'TD';
export type GroupTag = 'Document' | 'Sect' | 'L' | 'LI' | 'Table' | 'TR';

export interface PdfTags {
  /** Draws `draw`'s text as one element of `tag` inside the current group. */
  block(tag: BlockTag, draw: () => void): void;
  /** Runs `draw` with a new group of `tag` (a table, a row, a list) as the current group. */
  group(tag: GroupTag, draw: () => void): void;
  /**
   * Inside `block`: draws `draw`'s linked text (text drawn with pdfkit's `link` option) as a Link element holding
   * the text and its annotation; the block's own text continues after it.
   */
  link(draw: () => void): void;
  /** Draws what a reader should skip: rules, marks, the running header and footer. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void;
}

const untagged: PdfTags = { block: (_tag, draw) => draw(), group: (_tag, draw) => draw(), link: (draw) => draw(), artifact: (draw) => draw() };
const tagsOfDocument = new WeakMap<PDFKit.PDFDocument, PdfTags>();

/** The tags of a document made with createTaggedStructure, or ones that only draw (an untagged document). */
export const pdfTags = (doc: PDFKit.PDFDocument): PdfTags => tagsOfDocument.get(doc) ?? untagged;

/** Starts the structure tree of a document created with `tagged: true`. */
export function createTaggedStructure(doc: PDFKit.PDFDocument): PdfTags {
  const root = doc.struct('Document');
  doc.addStructure(root);
  let current = root;
  /** The block being drawn, and its piece of marked text still open. */
  let open: { tag: BlockTag; element: PDFKit.PDFStructureElement; content: PDFKit.PDFStructureContent } | null = null;
  const tags: PdfTags = {
    block(tag, draw) {
      const element = doc.struct(tag);
      current.add(element);
      const block = { tag, element, content: doc.markStructureContent(tag) };
      open = block;
      try {
        draw();
      } finally {
        open = null;
        doc.endMarkedContent();
        element.add(block.content);
        element.end();
      }
    },
    link(draw) {
      const block = open;
      if (block === null) throw new Error('A link is drawn inside a block.');
      doc.endMarkedContent();
      block.element.add(block.content);
      // pdfkit runs the closure at once (the block is in the tree) with the Link as its current element, so the
      // annotation that text's `link` option makes is added to it as an OBJR, with its StructParent.
      block.element.add(doc.struct('Link', {}, draw));
      block.content = doc.markStructureContent(block.tag);
    },
    group(tag, draw) {
      const parent = current;
      const element = doc.struct(tag);
      parent.add(element);
      current = element;
      try {
        draw();
      } finally {
        current = parent;
        element.end();
      }
    },
    artifact(draw, type = 'Layout') {
      doc.markContent('Artifact', { type });
      draw();
      doc.endMarkedContent();
    },
  };
  tagsOfDocument.set(doc, tags);
  return tags;
}
