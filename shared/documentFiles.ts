/**
 * The kinds of file the document library keeps, how each is recognised by its first bytes (never by its name
 * alone), and the size rules. Pure, so the renderer can refuse a file before sending it and the backend decides.
 */
export const documentKinds = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  pdf: 'PDF',
  docx: 'Word document',
  xlsx: 'Excel workbook',
  png: 'PNG image',
  jpeg: 'JPEG image',
};

export const documentKindExtensions: Record<DocumentKind, readonly string[]> = {
  pdf: ['.pdf'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
};

export const documentMimeTypes: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** What the file picker offers. */
export const documentAccept = Object.values(documentKindExtensions).flat().join(',');

const MEBIBYTE = 1024 * 1024;
/** The largest document the library stores. */
export const MAX_DOCUMENT_BYTES = 50 * MEBIBYTE;
/** A document is stored, sent and read in pieces of this size (the last one shorter): no single huge value anywhere. */
export const DOCUMENT_CHUNK_BYTES = MEBIBYTE;

export function documentChunkCount(sizeBytes: number): number {
  return Math.ceil(sizeBytes / DOCUMENT_CHUNK_BYTES);
}

/** The kind a file name claims by its extension, or null. */
export function kindFromFileName(fileName: string): DocumentKind | null {
  const lower = fileName.toLowerCase();
  return documentKinds.find((kind) => documentKindExtensions[kind].some((extension) => lower.endsWith(extension))) ?? null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/**
 * The family the first bytes belong to. DOCX and XLSX are both ZIP packages ('zip' here); which one it is, is
 * read from inside the package by the backend.
 */
export function signatureFamily(firstBytes: Uint8Array): 'pdf' | 'png' | 'jpeg' | 'zip' | null {
  if (startsWith(firstBytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(firstBytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(firstBytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(firstBytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'; // PK\3\4
  return null;
}

export function familyOf(kind: DocumentKind): 'pdf' | 'png' | 'jpeg' | 'zip' {
  return kind === 'docx' || kind === 'xlsx' ? 'zip' : kind;
}

export function formatDocumentSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MEBIBYTE) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = bytes / MEBIBYTE;
  return `${megabytes >= 10 ? megabytes.toFixed(0) : megabytes.toFixed(1)} MB`;
}

export const unsupportedKindMessage = (fileName: string) =>
  `"${fileName}" is not a kind of file the library keeps. Choose a PDF, a Word document (.docx), an Excel workbook (.xlsx), or a PNG or JPEG image.`;

export const wrongContentMessage = (fileName: string, kind: DocumentKind) =>
  `"${fileName}" is named like a ${documentKindLabels[kind]} but its contents are not one. The file may be damaged or renamed; open it on your computer, save it again as a ${documentKindLabels[kind]}, and add it again.`;

export const documentTooLargeMessage = (bytes: number) =>
  `That file is too large to keep (${formatDocumentSize(bytes)}). The limit is ${formatDocumentSize(MAX_DOCUMENT_BYTES)} per document.`;

export const emptyDocumentMessage = (fileName: string) => `"${fileName}" is empty. Choose the file again.`;
