import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

/** Every decompressed content stream of a PDF (pdfkit deflates them): where its path operators can be read. */
export function contentStreams(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const streams: string[] = [];
  const source = buffer.toString('latin1');
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf('endstream', start);
    try {
      streams.push(zlib.inflateSync(buffer.subarray(start, end)).toString('latin1'));
    } catch {
      // Fonts and other binary streams that are not deflated page content.
    }
  }
  return streams;
}

/** The images poppler's pdfimages lists in a PDF (none when charts are drawn as paths). */
export function pdfImageList(bytes: Uint8Array): string[] {
  return execFileSync('pdfimages', ['-list', '-'], { input: bytes })
    .toString('utf8')
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
}
