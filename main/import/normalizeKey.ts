/**
 * Folds a header or a value for tolerant comparison: case, accents, spaces and punctuation are
 * ignored, so "E-mail", "email" and " EMAIL " compare equal, and so do "Muñoz" and "munoz".
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
