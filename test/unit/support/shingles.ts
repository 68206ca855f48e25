import { createHash } from 'node:crypto';

/** Runs of this many words count as copied. */
export const SHINGLE_WORDS = 8;

/** Lower-case words, apostrophes dropped, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every run of SHINGLE_WORDS consecutive words. */
export function shingles(text: string): string[] {
  const list = words(text);
  return list.slice(0, Math.max(0, list.length - SHINGLE_WORDS + 1)).map((_, index) => list.slice(index, index + SHINGLE_WORDS).join(' '));
}

/**
 * A shingle's fingerprint: the first 16 hex digits of its SHA-256. One-way, so the committed list holds no
 * text of the guide; 64 bits make a false "copied" report practically impossible for a few thousand shingles.
 */
export function shingleHash(shingle: string): string {
  return createHash('sha256').update(shingle).digest('hex').slice(0, 16);
}
