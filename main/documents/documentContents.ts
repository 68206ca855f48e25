import JSZip from 'jszip';
import { type DocumentKind, familyOf, signatureFamily, wrongContentMessage } from '../../shared/documentFiles';
import { AppError } from '../../shared/errors';

/** The part of each Office package that says what it is. */
const PACKAGE_PARTS: Partial<Record<DocumentKind, string>> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

const refuse = (fileName: string, kind: DocumentKind) =>
  new AppError('VALIDATION', wrongContentMessage(fileName, kind), { fieldErrors: { file: [wrongContentMessage(fileName, kind)] } });

/** The first bytes must be the claimed kind's signature: checked as soon as the first piece arrives. */
export function checkSignature(fileName: string, kind: DocumentKind, firstBytes: Uint8Array): void {
  if (signatureFamily(firstBytes) !== familyOf(kind)) throw refuse(fileName, kind);
}

/**
 * The whole file, checked before it is stored: a DOCX or XLSX must be a ZIP package holding Word's or Excel's main
 * part (a renamed workbook is not a Word document). Its words are read later, off this thread (documentTexts.ts).
 */
export async function checkContents(fileName: string, kind: DocumentKind, chunks: readonly Buffer[]): Promise<void> {
  const first = chunks[0] ?? Buffer.alloc(0);
  checkSignature(fileName, kind, first);
  const part = PACKAGE_PARTS[kind];
  if (!part) return;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(chunks.length === 1 ? first : Buffer.concat(chunks));
  } catch {
    throw refuse(fileName, kind);
  }
  if (!zip.file(part)) throw refuse(fileName, kind);
}
