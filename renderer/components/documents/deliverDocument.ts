import type { DocumentSummary } from '../../../shared/contract';
import { documentKindExtensions, documentMimeTypes } from '../../../shared/documentFiles';
import { connectionKind, invoke } from '../../api';
import { base64ToBytes } from '../files/base64';

/**
 * Desktop: the backend writes a private temporary copy and the system's viewer opens it. Browser mode: the pieces
 * are read one call at a time and handed to the browser's download as one file.
 */
export async function deliverDocument(document: Pick<DocumentSummary, 'id' | 'name' | 'kind'>): Promise<'opened' | 'downloaded'> {
  if (connectionKind() === 'desktop') {
    await invoke('documents.open', { id: document.id });
    return 'opened';
  }
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  let chunkCount = 1;
  for (let index = 0; index < chunkCount; index += 1) {
    const piece = await invoke('documents.readChunk', { id: document.id, index });
    chunkCount = piece.chunkCount;
    pieces.push(base64ToBytes(piece.contentBase64));
  }
  const url = URL.createObjectURL(new Blob(pieces, { type: documentMimeTypes[document.kind] }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = downloadName(document.name, documentKindExtensions[document.kind][0] ?? '');
  link.style.display = 'none';
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}

function downloadName(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}
