import type { DocumentKind } from './documentFiles';

/**
 * Where reading the words inside a document stands (documents.text_state, schema step 170):
 * - `none`: a kind with no text to read (Excel workbooks, images): found by its name;
 * - `pending`: waiting for the background reader (just stored, or stored before the app read PDFs);
 * - `read`: its words are searchable; `empty`: read, but it holds no words (a scan without a text layer);
 * - `unreadable`: damaged, protected by a password, or too much for the reader: found by its name only.
 */
export const documentTextStates = ['none', 'pending', 'read', 'empty', 'unreadable'] as const;
export type DocumentTextState = (typeof documentTextStates)[number];

/** The kinds whose words are read for search. */
export const textKinds: readonly DocumentKind[] = ['pdf', 'docx'];

export const hasReadableText = (kind: DocumentKind): boolean => textKinds.includes(kind);

/** At most this much of a document's text (UTF-8) is kept for search; the rest of a longer text is not searched. */
export const MAX_DOCUMENT_TEXT_BYTES = 1024 * 1024;

/** What a document's details say about its text; null where there is nothing worth saying. */
export function documentTextNote(state: DocumentTextState): string | null {
  if (state === 'pending') return 'Reading the text for search…';
  if (state === 'unreadable') return 'Text could not be read from this file; search finds it by name.';
  if (state === 'empty') return 'No text was found in this file (a scan, perhaps); search finds it by name.';
  return null;
}
