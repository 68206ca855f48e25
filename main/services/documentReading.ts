import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { HostServices } from './hostServices';
import { findDocument, readChunk } from '../db/documentRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { viewingFileName } from '../documents/viewingScratch';
import type { ServiceContext } from './serviceContext';
import { requireFound, storage } from './workspaceTransaction';

const goneMidway = () => new AppError('NOT_FOUND', 'That document was removed while it was being read. Reload the list.');

/** One piece of a document, for browser mode's download (the renderer joins them into the file). */
export async function readDocumentChunk(
  context: ServiceContext,
  { id, index }: { id: string; index: number },
): Promise<{ contentBase64: string; chunkCount: number }> {
  const db = storage(context);
  const document = requireFound(await findDocument(db, id), 'document');
  if (index >= document.chunkCount) throw new AppError('VALIDATION', 'That part of the document does not exist.');
  const bytes = await readChunk(db, id, index);
  if (!bytes) throw goneMidway();
  return { contentBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), chunkCount: document.chunkCount };
}

/**
 * The document's pieces, read one at a time (never the whole file in memory), checked against its SHA-256 at the end:
 * a copy that differs from what was stored is refused rather than shown.
 */
export async function* documentPieces(db: StorageExecutor, document: { id: string; chunkCount: number; sha256: string }): AsyncGenerator<Uint8Array> {
  const hash = createHash('sha256');
  for (let index = 0; index < document.chunkCount; index += 1) {
    const bytes = await readChunk(db, document.id, index);
    if (!bytes) throw goneMidway();
    hash.update(bytes);
    yield bytes;
  }
  if (hash.digest('hex') !== document.sha256)
    throw new AppError('WORKSPACE_DAMAGED', 'This document does not read back as it was stored. Restore a backup of the workspace to get it back.');
}

/** Desktop: a private temporary copy (removed when the workspace locks), opened with the system's viewer. */
export async function openDocument(context: ServiceContext, host: HostServices, { id }: { id: string }): Promise<{ done: true }> {
  if (host.info.kind !== 'desktop') throw new AppError('UNSUPPORTED', "In browser mode documents arrive through the browser's download instead.");
  const db = storage(context);
  const document = requireFound(await findDocument(db, id), 'document');
  const file = await context.documentFiles.viewing.writeCopy(viewingFileName(document.name, document.kind), documentPieces(db, document));
  await host.openFile(file);
  return { done: true };
}
