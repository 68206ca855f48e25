import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface GrayPage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, row by row. */
  pixels: Buffer;
}

/** One page of a PDF rendered by poppler's pdftoppm (an independent renderer) in grey, at `dpi`. */
export function renderGrayPage(bytes: Uint8Array, page: number, dpi = 72): GrayPage {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-'], {
    input: bytes,
    maxBuffer: 64 * 1024 * 1024,
  });
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: pgm.subarray(whole.length) };
}

/** The PDF's bookmarks as poppler reads them: title and page number, in order. */
export function pdfOutline(bytes: Uint8Array): Array<{ title: string; page: number }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'outline-'));
  const file = path.join(folder, 'file.pdf');
  fs.writeFileSync(file, bytes);
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file, path.join(folder, 'out')], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
  fs.rmSync(folder, { recursive: true, force: true });
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((match) => ({ title: match[2] ?? '', page: Number(match[1]) }));
}
