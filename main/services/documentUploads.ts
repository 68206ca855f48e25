import { createHash, type Hash, randomUUID } from 'node:crypto';
import {
  DOCUMENT_CHUNK_BYTES,
  type DocumentKind,
  documentChunkCount,
  emptyDocumentMessage,
  kindFromFileName,
  unsupportedKindMessage,
} from '../../shared/documentFiles';
import { AppError } from '../../shared/errors';
import { checkSignature } from '../documents/documentContents';

/** A file on its way in: its pieces as they arrived (never joined), and its SHA-256 as it grows. */
export interface DocumentUpload {
  id: string;
  fileName: string;
  kind: DocumentKind;
  sizeBytes: number;
  chunks: Buffer[];
  hash: Hash;
}

export interface ReceivedUpload {
  fileName: string;
  kind: DocumentKind;
  sizeBytes: number;
  chunks: readonly Buffer[];
  sha256: string;
}

/** At most this many files on their way in at once (each up to 50 MB in memory). */
const OPEN_UPLOADS = 2;

const uploadGone = () =>
  new AppError('NOT_FOUND', 'That upload is no longer open (the workspace was locked, or another file was sent since). Choose the file again.');

/**
 * Files being sent to the backend in pieces of DOCUMENT_CHUNK_BYTES, one call each, so no call carries more than a
 * piece and the host thread never parses a 50 MB body. Kept in memory by the backend only until the file is
 * stored, cancelled, or the workspace locks (`forgetAll`); the oldest is dropped when a third begins. Each piece
 * becomes one stored chunk as it is, without being copied again.
 */
export class DocumentUploads {
  private readonly uploads = new Map<string, DocumentUpload>();

  start(input: { fileName: string; sizeBytes: number }): { uploadId: string; chunkBytes: number } {
    const kind = kindFromFileName(input.fileName);
    if (!kind) throw new AppError('VALIDATION', unsupportedKindMessage(input.fileName), { fieldErrors: { file: [unsupportedKindMessage(input.fileName)] } });
    if (input.sizeBytes === 0)
      throw new AppError('VALIDATION', emptyDocumentMessage(input.fileName), { fieldErrors: { file: [emptyDocumentMessage(input.fileName)] } });
    const upload: DocumentUpload = { id: randomUUID(), fileName: input.fileName, kind, sizeBytes: input.sizeBytes, chunks: [], hash: createHash('sha256') };
    this.uploads.set(upload.id, upload);
    for (const id of [...this.uploads.keys()].slice(0, Math.max(0, this.uploads.size - OPEN_UPLOADS))) this.uploads.delete(id);
    return { uploadId: upload.id, chunkBytes: DOCUMENT_CHUNK_BYTES };
  }

  /** The next piece, in order; every piece but the last is exactly DOCUMENT_CHUNK_BYTES. The first is checked for the kind's signature. */
  addChunk(input: { uploadId: string; index: number; contentBase64: string }): { receivedBytes: number } {
    const upload = this.require(input.uploadId);
    if (input.index !== upload.chunks.length) throw this.broken(upload, 'Pieces of the file arrived out of order.');
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const expected = Math.min(DOCUMENT_CHUNK_BYTES, upload.sizeBytes - input.index * DOCUMENT_CHUNK_BYTES);
    if (bytes.length !== expected || input.index >= documentChunkCount(upload.sizeBytes))
      throw this.broken(upload, 'The file changed while it was being sent.');
    if (input.index === 0) {
      try {
        checkSignature(upload.fileName, upload.kind, bytes);
      } catch (error) {
        this.uploads.delete(upload.id);
        throw error;
      }
    }
    upload.chunks.push(bytes);
    upload.hash.update(bytes);
    return { receivedBytes: upload.chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
  }

  /** The whole file, taken out of the uploads (a second finish finds nothing). */
  take(uploadId: string): ReceivedUpload {
    const upload = this.require(uploadId);
    this.uploads.delete(uploadId);
    if (upload.chunks.length !== documentChunkCount(upload.sizeBytes))
      throw new AppError('VALIDATION', 'Only part of the file arrived. Choose the file again.');
    return { fileName: upload.fileName, kind: upload.kind, sizeBytes: upload.sizeBytes, chunks: upload.chunks, sha256: upload.hash.digest('hex') };
  }

  cancel(uploadId: string): void {
    this.uploads.delete(uploadId);
  }

  forgetAll(): void {
    this.uploads.clear();
  }

  private require(uploadId: string): DocumentUpload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw uploadGone();
    return upload;
  }

  private broken(upload: DocumentUpload, what: string): AppError {
    this.uploads.delete(upload.id);
    return new AppError('VALIDATION', `${what} Choose the file again.`);
  }
}
