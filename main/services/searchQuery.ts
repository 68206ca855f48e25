/** Words as FTS5's unicode61 tokenizer sees them: letters, digits and their combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_WORDS = 16;

/**
 * Turns whatever a person typed into a safe FTS5 expression: every word quoted (so AND, OR, NEAR, *, quotes
 * and parentheses are only text), all words required, the last one as a prefix so results follow the typing.
 * Null when nothing searchable is left.
 */
export function toMatchExpression(query: string): string | null {
  const words = (query.normalize('NFC').match(WORD) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
