import JSZip from 'jszip';
import type { DocumentKind } from '../../shared/documentFiles';
import { MAX_DOCUMENT_TEXT_BYTES } from '../../shared/documentText';
import { loadPdfReader } from './pdfReader';

/**
 * The words inside a PDF or Word document, for the library's search: one line per paragraph (Word) or text line
 * (PDF), spaces tidied, at most MAX_DOCUMENT_TEXT_BYTES of UTF-8. Throws when the file cannot be read (damaged,
 * protected by a password); runs in the document text worker, never on the thread that answers requests.
 */
export async function textOfDocument(kind: DocumentKind, bytes: Uint8Array): Promise<string> {
  if (kind === 'pdf') return pdfText(bytes);
  if (kind === 'docx') return docxText(bytes);
  return '';
}

async function pdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfReader();
  // No password is offered: a protected file rejects with a PasswordException, and is found by its name.
  const pdf = await getDocument({ data, isEvalSupported: false, verbosity: 0, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  try {
    const lines: string[] = [];
    let length = 0;
    for (let number = 1; number <= pdf.numPages && length < MAX_DOCUMENT_TEXT_BYTES; number += 1) {
      const page = await pdf.getPage(number);
      let line = '';
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          length += line.length + 1;
          line = '';
        }
      }
      lines.push(line);
      length += line.length + 1;
      page.cleanup();
    }
    return keptText(lines);
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('No word/document.xml in the package.');
  return wordText(await part.async('string'));
}

/** The visible words of word/document.xml: each paragraph on its own line, tabs and breaks as spaces, entities decoded. */
export function wordText(documentXml: string): string {
  const text = documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:(?:tab|br|cr)\b[^>]*\/>/g, ' ')
    .replace(/<w:(?:instrText|delText)\b[^>]*>[^<]*<\/w:(?:instrText|delText)>/g, '')
    .replace(/<[^>]*>/g, '');
  return keptText(decodeEntities(text).split('\n'));
}

/** Lines with their spaces tidied and the empty ones left out, composed (NFC), cut to the stored limit at a whole character. */
export function keptText(lines: readonly string[]): string {
  const text = lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
  if (text.length * 3 <= MAX_DOCUMENT_TEXT_BYTES) return text;
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= MAX_DOCUMENT_TEXT_BYTES) return text;
  // A cut inside a character leaves U+FFFD at the end: drop it.
  return bytes
    .subarray(0, MAX_DOCUMENT_TEXT_BYTES)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return safeCodePoint(parseInt(entity.slice(2), 16), whole);
    if (entity.startsWith('#')) return safeCodePoint(parseInt(entity.slice(1), 10), whole);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
