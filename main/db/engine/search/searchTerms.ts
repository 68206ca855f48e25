/** Words as FTS5's unicode61 tokenizer sees them: letters, digits and their combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** More words than anyone types into a search box; the rest are ignored. */
export const MAX_SEARCH_WORDS = 16;
/** Longer "words" are not words (PostgreSQL refuses lexemes over 2 KiB); they are left out of queries and documents. */
export const MAX_WORD_LENGTH = 256;

/** The words of a text, in order, the same way for documents and queries on both engines. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').match(WORD) ?? []).filter((word) => word.length <= MAX_WORD_LENGTH);
}

/** The words of what a person typed that a search uses; empty when nothing searchable is left. */
export function searchTerms(query: string): string[] {
  return wordsOf(query).slice(0, MAX_SEARCH_WORDS);
}
