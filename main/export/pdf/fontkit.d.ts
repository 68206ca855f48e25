// The part of fontkit (pdfkit's own font reader) the PDF kit uses to ask a font which characters it can draw.
declare module 'fontkit' {
  export interface Font {
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
