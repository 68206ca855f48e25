import { create } from 'fontkit';
import { FONT } from './pdfStyle';
import { fontBytes } from './pdfFonts';

/**
 * Characters the PDF font (Noto Sans) cannot draw would print as empty boxes. Every string drawn in an exported
 * PDF goes through printableText: a character missing from any of the four faces becomes a look-alike the font has
 * (an arrow becomes "->", a hollow bullet "–"), an invisible formatting character (emoji variation selector, joiner)
 * is dropped, and anything else becomes the replacement character "�", so a reader sees that something was there.
 * The words the app writes itself only use characters the font has (test/unit/export-pdf-glyphs.test.ts).
 */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '→': '->',
  '⟶': '->',
  '➔': '->',
  '➜': '->',
  '←': '<-',
  '⟵': '<-',
  '↔': '<->',
  '⇒': '=>',
  '⇐': '<=',
  '⇔': '<=>',
  '●': '•',
  '⚫': '•',
  '■': '•',
  '▪': '•',
  '◆': '•',
  '►': '•',
  '▶': '•',
  '➢': '•',
  '➤': '•',
  '◦': '–',
  '○': '–',
  '□': '–',
  '▫': '–',
  '◇': '–',
  '✓': '[x]',
  '✔': '[x]',
  '☑': '[x]',
  '✅': '[x]',
  '☐': '[ ]',
  '✗': 'x',
  '✘': 'x',
  '❌': 'x',
  '★': '*',
  '☆': '*',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
};

export const MISSING_GLYPH = '\uFFFD';

let drawable: ((codePoint: number) => boolean) | null = null;

/** True when every face of the PDF font has a glyph for the character. */
export function fontCanDraw(codePoint: number): boolean {
  if (!drawable) {
    const faces = Object.values(FONT).map((name) => create(fontBytes(name)));
    const known = new Map<number, boolean>();
    drawable = (point) => {
      let answer = known.get(point);
      if (answer === undefined) {
        answer = faces.every((face) => face.hasGlyphForCodePoint(point));
        known.set(point, answer);
      }
      return answer;
    };
  }
  return drawable(codePoint);
}

const PLAIN = /^[\x20-\x7e\n\t\u00a0-\u00ff]*$/;
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

export function printableText(text: string): string {
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x20 || fontCanDraw(codePoint)) out += character;
    else if (INVISIBLE.test(character)) continue;
    else out += LOOK_ALIKES[character] ?? MISSING_GLYPH;
  }
  return out;
}
