/**
 * Formatted text as plain data, for every renderer (PDF, DOCX): the blocks and inline marks that
 * sanitized meeting notes can hold (see main/meetings/notesSanitizer.ts).
 */
export interface RichRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
  /** http(s) or mailto address, when the run is a link. */
  href: string | null;
}

export type RichBlock =
  | { kind: 'paragraph'; runs: RichRun[] }
  | { kind: 'heading'; level: 2 | 3 | 4; runs: RichRun[] }
  | { kind: 'quote'; runs: RichRun[] }
  /** depth 0 is the outer list; number is the item's position in an ordered list, from 1. */
  | { kind: 'list-item'; ordered: boolean; number: number; depth: number; runs: RichRun[] };

export const plainRun = (text: string, marks: Partial<Omit<RichRun, 'text'>> = {}): RichRun => ({
  text,
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  code: false,
  href: null,
  ...marks,
});

/** Bullets of unordered lists by depth (outer, then every second level), in both the PDF and the DOCX. */
export const listBullet = (depth: number): string => (depth % 2 === 0 ? '•' : '–');
