import fs from 'node:fs';
import { exportAssetPath, type ExportAsset } from '../exportAssets';
import { FONT } from './pdfStyle';

type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, ExportAsset> = {
  [FONT.regular]: 'fonts/NotoSans-Regular.ttf',
  [FONT.bold]: 'fonts/NotoSans-Bold.ttf',
  [FONT.italic]: 'fonts/NotoSans-Italic.ttf',
  [FONT.boldItalic]: 'fonts/NotoSans-BoldItalic.ttf',
};

/** Read once per process (or worker): every export embeds subsets of the same four files. */
const loaded = new Map<FontName, Buffer>();

export function fontBytes(name: FontName): Buffer {
  let bytes = loaded.get(name);
  if (!bytes) {
    bytes = fs.readFileSync(exportAssetPath(FILES[name]));
    loaded.set(name, bytes);
  }
  return bytes;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(FILES) as FontName[]) doc.registerFont(name, fontBytes(name));
}

export function fontFor(style: { bold?: boolean; italic?: boolean }): FontName {
  if (style.bold) return style.italic ? FONT.boldItalic : FONT.bold;
  return style.italic ? FONT.italic : FONT.regular;
}
