import { drawDraftMark } from './draftMark';

export interface PageMark {
  draft: boolean;
  /** The part of the document the page belongs to (a meeting in a bundle), for the running header. */
  partName: string | null;
}

/**
 * What each page is marked with. The diagonal DRAFT is drawn when a page starts, before its text, so the text lies
 * on top of it and stays crisp; the running header and footer are drawn at the end (drawPageFrames).
 */
export class PageMarks {
  private readonly marks = new Map<number, PageMark>();
  private current: PageMark;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    draft: boolean,
  ) {
    this.current = { draft, partName: null };
    this.markPage();
    doc.on('pageAdded', () => this.markPage());
  }

  markOf(pageIndex: number): PageMark {
    return this.marks.get(pageIndex) ?? { draft: false, partName: null };
  }

  startPart(part: { name: string; draft: boolean }): void {
    const pageIsEmpty = this.doc.y <= this.doc.page.margins.top + 1;
    const canStayOnPage = pageIsEmpty && (part.draft || !this.markOf(this.pageIndex()).draft);
    this.current = { draft: part.draft, partName: part.name };
    if (canStayOnPage) this.markPage();
    else this.doc.addPage();
    this.doc.outline.addItem(part.name);
  }

  private pageIndex(): number {
    const { start, count } = this.doc.bufferedPageRange();
    return start + count - 1;
  }

  private markPage(): void {
    const index = this.pageIndex();
    const before = this.marks.get(index);
    this.marks.set(index, { ...this.current });
    if (this.current.draft && !before?.draft) {
      const { x, y } = this.doc;
      drawDraftMark(this.doc);
      this.doc.x = x;
      this.doc.y = y;
    }
  }
}
