/** Letters that carry no combining mark in Unicode, so NFD cannot take their accent off. */
const BASE_LETTERS: Record<string, string> = { ø: 'o', đ: 'd', ł: 'l', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ð: 'd' };
const COMBINING_MARKS = /\p{M}/gu;

/**
 * A text whose plain order (SQLite's BINARY) sorts names as PostgreSQL's ICU root collation does, close enough for
 * names: first by letters without accents or case (alba, Álvaro, Émile, eve, Zoe), then accents (Munoz before
 * Muñoz), then case with lower case first (alba before Alba). Registered on the SQLCipher connection as
 * name_sort_key(); SQLite has no collation of its own for this, and NOCASE folds ASCII only.
 */
export function nameSortKey(name: string): string {
  const decomposed = name.normalize('NFD').toLowerCase();
  const base = [...decomposed.replace(COMBINING_MARKS, '')].map((letter) => BASE_LETTERS[letter] ?? letter).join('');
  const caseSwapped = [...name.normalize('NFD')].map((letter) => (letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase())).join('');
  return `${base}\u0001${decomposed}\u0001${caseSwapped}`;
}
