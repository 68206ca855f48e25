/** PostgreSQL refuses a tsvector over 1 MiB; the words given to one stay well under it (accents and case aside). */
const VECTOR_BUDGET_BYTES = 768 * 1024;
/** A tsvector keeps at most this many positions of one lexeme. */
const POSITIONS_KEPT = 256;
/** What a new lexeme costs a tsvector besides its own bytes: its entry, position count and first position, alignment. */
const LEXEME_OVERHEAD_BYTES = 8;

/**
 * The words of a long text, cut where its tsvector would grow past the budget: each new word costs its bytes and an
 * entry, each repeat a position. A 1 MB text of ordinary prose fits whole; a text of a hundred thousand distinct codes
 * is searched by the words before the cut (the text itself, and its snippets, stay whole).
 */
export function wordsWithinVectorLimit(words: readonly string[]): readonly string[] {
  const seen = new Map<string, number>();
  let bytes = 0;
  for (const [index, word] of words.entries()) {
    const key = word.toLowerCase();
    const count = seen.get(key) ?? 0;
    const cost = count === 0 ? Buffer.byteLength(key) + LEXEME_OVERHEAD_BYTES : count < POSITIONS_KEPT ? 2 : 0;
    if (bytes + cost > VECTOR_BUDGET_BYTES) return words.slice(0, index);
    bytes += cost;
    seen.set(key, count + 1);
  }
  return words;
}
