import JSZip from 'jszip';
import { type DocumentKind, familyOf, signatureFamily, wrongContentMessage } from '../../shared/documentFiles';
import { AppError } from '../../shared/errors';

/** Text read from a Word document for the library's search, cut at this many characters. */
export const MAX_SEARCH_TEXT_CHARS = 2_000_000;

/** The part of each Office package that says what it is (and, for Word, holds the body's text). */
const PACKAGE_PARTS: Partial<Record<DocumentKind, string>> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

export interface CheckedContents {
  /** The words of a Word document, for search; null for every other kind. */
  text: string | null;
}

const refuse = (fileName: string, kind: DocumentKind) => new AppError('VALIDATION', wrongContentMessage(fileName, kind), { fieldErrors: { file: [wrongContentMessage(fileName, kind)] } });

/** The first bytes must be the claimed kind's signature: checked as soon as the first piece arrives. */
export function checkSignature(fileName: string, kind: DocumentKind, firstBytes: Uint8Array): void {
  if (signatureFamily(firstBytes) !== familyOf(kind)) throw refuse(fileName, kind);
}

/**
 * The whole file, checked before it is stored: a DOCX or XLSX must be a ZIP package holding Word's or Excel's main
 * part (a renamed workbook is not a Word document), and a Word document's text is read for search. PDF text is not
 * read: no PDF text reader ships with the app (only pdfkit, which writes).
 */
export async function checkContents(fileName: string, kind: DocumentKind, chunks: readonly Buffer[]): Promise<CheckedContents> {
  const first = chunks[0] ?? Buffer.alloc(0);
  checkSignature(fileName, kind, first);
  const part = PACKAGE_PARTS[kind];
  if (!part) return { text: null };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(chunks.length === 1 ? first : Buffer.concat(chunks));
  } catch {
    throw refuse(fileName, kind);
  }
  const entry = zip.file(part);
  if (!entry) throw refuse(fileName, kind);
  if (kind !== 'docx') return { text: null };
  return { text: wordText(await entry.async('string')) };
}

/** The visible words of word/document.xml: each paragraph on its own line, tabs and breaks as spaces, entities decoded. */
export function wordText(documentXml: string): string {
  const text = documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:(?:tab|br|cr)\b[^>]*\/>/g, ' ')
    .replace(/<w:(?:instrText|delText)\b[^>]*>[^<]*<\/w:(?:instrText|delText)>/g, '')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .slice(0, MAX_SEARCH_TEXT_CHARS);
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
