import type { DocumentSubject, DocumentSummary } from '../../../shared/contract';
import { DOCUMENT_CHUNK_BYTES, MAX_DOCUMENT_BYTES, documentTooLargeMessage, kindFromFileName, unsupportedKindMessage } from '../../../shared/documentFiles';
import { invoke } from '../../api';
import { bytesToBase64 } from '../files/base64';

export interface DocumentDetails {
  name: string;
  versionLabel: string;
  uploadedById: string | null;
  attachTo: DocumentSubject | null;
}

/** What is wrong with a chosen file before anything is sent, or null. */
export function fileProblem(file: File): string | null {
  if (!kindFromFileName(file.name)) return unsupportedKindMessage(file.name);
  if (file.size > MAX_DOCUMENT_BYTES) return documentTooLargeMessage(file.size);
  return null;
}

/**
 * Sends a file in pieces of DOCUMENT_CHUNK_BYTES, one call each, read from the file as they go (the whole file is
 * never in one string), then asks the backend to check and store it. `onProgress` gets the share sent, 0 to 1.
 */
export async function sendDocument(file: File, details: DocumentDetails, onProgress: (share: number) => void, signal?: AbortSignal): Promise<DocumentSummary> {
  const { uploadId } = await invoke('documents.uploadStart', { fileName: file.name, sizeBytes: file.size });
  try {
    for (let index = 0, start = 0; start < file.size; index += 1, start += DOCUMENT_CHUNK_BYTES) {
      if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      const piece = new Uint8Array(await file.slice(start, start + DOCUMENT_CHUNK_BYTES).arrayBuffer());
      await invoke('documents.uploadChunk', { uploadId, index, contentBase64: bytesToBase64(piece) });
      onProgress(Math.min(1, (start + piece.length) / file.size));
    }
    return await invoke('documents.uploadFinish', { uploadId, ...details });
  } catch (error) {
    void invoke('documents.uploadCancel', { uploadId }).catch(() => undefined);
    throw error;
  }
}
