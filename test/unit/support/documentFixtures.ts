// Files for the document library's tests, and sending one through the real channels the renderer uses.
import crypto from 'node:crypto';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import type { ChannelInput, DocumentSummary } from '../../../shared/contract';
import { DOCUMENT_CHUNK_BYTES } from '../../../shared/documentFiles';
import type { TestDesk } from './testDesk';

/** A file that starts as a PDF does, with `text` in plain sight inside, padded with random bytes to `size`. */
export function pdfBytes(text: string, size = 0): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% ${text}\n`, 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  const padding = Math.max(0, size - head.length - tail.length);
  return Buffer.concat([head, crypto.randomBytes(padding), tail]);
}

export const pngBytes = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(200)]);

/** A Word package holding `paragraphs`, stored without compression (so its words are plainly in the file). */
export async function docxBytes(paragraphs: readonly string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** An Excel package (the part that makes it a workbook, nothing more). */
export async function xlsxBytes(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

export type Details = Partial<Omit<ChannelInput<'documents.uploadFinish'>, 'uploadId'>>;

/** Sends a file as the renderer does: start, the pieces in order, finish. */
export async function uploadDocument(t: TestDesk, fileName: string, bytes: Buffer, details: Details = {}): Promise<DocumentSummary> {
  const { uploadId } = await t.call('documents.uploadStart', { fileName, sizeBytes: bytes.length });
  await sendPieces(t, uploadId, bytes);
  return t.call('documents.uploadFinish', { uploadId, name: fileName.replace(/\.[^.]+$/, ''), ...details });
}

export async function sendPieces(t: TestDesk, uploadId: string, bytes: Buffer): Promise<void> {
  for (let index = 0; index * DOCUMENT_CHUNK_BYTES < bytes.length; index += 1) {
    const piece = bytes.subarray(index * DOCUMENT_CHUNK_BYTES, (index + 1) * DOCUMENT_CHUNK_BYTES);
    await t.call('documents.uploadChunk', { uploadId, index, contentBase64: piece.toString('base64') });
  }
}

/** The stored bytes read back piece by piece, as browser mode's download reads them. */
export async function readBack(t: TestDesk, id: string): Promise<Buffer> {
  const pieces: Buffer[] = [];
  let count = 1;
  for (let index = 0; index < count; index += 1) {
    const piece = await t.call('documents.readChunk', { id, index });
    count = piece.chunkCount;
    pieces.push(Buffer.from(piece.contentBase64, 'base64'));
  }
  return Buffer.concat(pieces);
}

export const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/**
 * A real PDF written by pdfkit (as the app's own exports are): each page's lines as text, its content streams
 * compressed, so its words are not in the file's bytes as written. `userPassword` protects it.
 */
export function textPdf(pages: ReadonlyArray<readonly string[]>, options: { userPassword?: string } = {}): Promise<Buffer> {
  const pdf = new PDFDocument({ compress: true, ...(options.userPassword ? { userPassword: options.userPassword, pdfVersion: '1.7' as const } : {}) });
  const parts: Buffer[] = [];
  pdf.on('data', (part: Buffer) => parts.push(part));
  const written = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(parts)));
    pdf.on('error', reject);
  });
  pages.forEach((lines, index) => {
    if (index > 0) pdf.addPage();
    for (const line of lines) pdf.text(line);
  });
  pdf.end();
  return written;
}
