import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, DocumentLink, DocumentSubject, DocumentSubjectKind, DocumentSummary } from '../../shared/contract';
import { documentKindLabels } from '../../shared/documentFiles';
import { appendAudit } from '../db/auditRepository';
import { type DocumentRow, deleteDocument, deleteLink, findDocument, insertDocument, insertLink, linksOf, listDocuments } from '../db/documentRepository';
import { meetingOfSubject, subjectExists, subjectKey, subjectLabels } from '../db/documentSubjects';
import { type StorageExecutor, dialectOf } from '../db/engine/storageEngine';
import { searchIndexFor } from '../db/engine/search/searchIndexFor';
import { hasReadableText } from '../../shared/documentText';
import { checkContents } from '../documents/documentContents';
import { putDocumentSearchEntry } from './documentTexts';
import { requireEditable } from './meetingEditability';
import { referenceError, requireAvailable } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/** How many matches a search of the library answers at most. */
const SEARCH_LIMIT = 200;

const documentSearch = (db: StorageExecutor) => searchIndexFor({ dialect: dialectOf(db) });

export async function listLibrary(context: ServiceContext, input: ChannelParsedInput<'documents.list'>): Promise<DocumentSummary[]> {
  const db = storage(context);
  const subject = input.subject ? { kind: input.subject.subjectKind, id: input.subject.subjectId } : undefined;
  if (input.query === '') return withLinks(db, await listDocuments(db, { subject }), new Map());
  const hits = await documentSearch(db).search(db, 'documents', input.query, SEARCH_LIMIT);
  const snippets = new Map(hits.map((hit) => [hit.refId, hit.snippet]));
  const rows = await listDocuments(db, { ids: hits.map((hit) => hit.refId), subject });
  const rank = new Map(hits.map((hit, position) => [hit.refId, position]));
  rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return withLinks(db, rows, snippets);
}

async function withLinks(db: StorageExecutor, rows: readonly DocumentRow[], snippets: ReadonlyMap<string, string>): Promise<DocumentSummary[]> {
  const links = await linksOf(
    db,
    rows.map((row) => row.id),
  );
  const labels = await subjectLabels(db, links);
  const linksByDocument = new Map<string, DocumentLink[]>();
  for (const link of links) {
    const known = labels.get(subjectKey(link.subjectKind, link.subjectId));
    const entry = {
      subjectKind: link.subjectKind as DocumentSubjectKind,
      subjectId: link.subjectId,
      label: known?.label ?? null,
      meetingId: known?.meetingId ?? null,
    };
    linksByDocument.set(link.documentId, [...(linksByDocument.get(link.documentId) ?? []), entry]);
  }
  return rows.map(({ chunkCount: _chunks, ...row }) => ({ ...row, links: linksByDocument.get(row.id) ?? [], snippet: snippets.get(row.id) ?? null }));
}

async function summaryOf(db: StorageExecutor, id: string): Promise<DocumentSummary> {
  const [summary] = await withLinks(db, [await requireDocument(db, id)], new Map());
  return summary!;
}

async function requireDocument(db: StorageExecutor, id: string): Promise<DocumentRow> {
  return requireFound(await findDocument(db, id), 'document');
}

/**
 * The file that arrived in pieces, checked as a whole (kind by its contents) before the one transaction that stores
 * the document, its pieces, its search entry (its name for now), its attachment and its history. The words of a PDF
 * or Word document are read afterwards, in the background (documentTexts.ts), and added to its search entry.
 */
export async function finishUpload(context: ServiceContext, input: ChannelParsedInput<'documents.uploadFinish'>): Promise<DocumentSummary> {
  const received = context.documentFiles.uploads.take(input.uploadId);
  await checkContents(received.fileName, received.kind, received.chunks);
  const summary = await inTransaction(context, async (trx, at) => {
    await requireAvailable(trx, 'members', 'uploadedById', input.uploadedById);
    if (input.attachTo) await requireSubject(trx, input.attachTo);
    const id = uuidv7();
    const document = {
      id,
      name: input.name,
      kind: received.kind,
      versionLabel: input.versionLabel,
      sizeBytes: received.sizeBytes,
      sha256: received.sha256,
      textState: hasReadableText(received.kind) ? ('pending' as const) : ('none' as const),
      uploadedById: input.uploadedById,
      uploadedAt: at,
    };
    await insertDocument(trx, document, received.chunks);
    await putDocumentSearchEntry(trx, id, document, '');
    await writeHistory(context, trx, at, id, 'added', {
      name: input.name,
      kind: documentKindLabels[received.kind],
      versionLabel: input.versionLabel,
      sizeBytes: received.sizeBytes,
      sha256: received.sha256,
    });
    if (input.attachTo) await link(context, trx, at, id, input.attachTo);
    return summaryOf(trx, id);
  });
  if (summary.textState === 'pending') context.documentTexts.wake(context);
  return summary;
}

export function attachDocument(context: ServiceContext, input: DocumentSubject & { documentId: string }): Promise<DocumentSummary> {
  return inTransaction(context, async (trx, at) => {
    await requireDocument(trx, input.documentId);
    await requireSubject(trx, input);
    await link(context, trx, at, input.documentId, input);
    return summaryOf(trx, input.documentId);
  });
}

export function detachDocument(context: ServiceContext, input: DocumentSubject & { documentId: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    await requireDocument(trx, input.documentId);
    await requireSubjectEditable(trx, input);
    if (await deleteLink(trx, input.documentId, input.subjectKind, input.subjectId)) {
      await writeHistory(context, trx, at, input.documentId, 'detached', { subjectKind: input.subjectKind, subjectId: input.subjectId });
    }
    return { done: true };
  });
}

/** Removes a document, its pieces, its search entry and its attachments; the history keeps that it existed. */
export function removeDocument(context: ServiceContext, { id }: { id: string }): Promise<{ done: true }> {
  return inTransaction(context, async (trx, at) => {
    const document = await requireDocument(trx, id);
    for (const attached of await linksOf(trx, [id]))
      await requireSubjectEditable(trx, { subjectKind: attached.subjectKind as DocumentSubjectKind, subjectId: attached.subjectId });
    await deleteDocument(trx, id);
    await documentSearch(trx).remove(trx, 'documents', 'document', [id]);
    await writeHistory(context, trx, at, id, 'removed', { name: document.name });
    return { done: true };
  });
}

async function link(context: ServiceContext, trx: StorageExecutor, at: string, documentId: string, subject: DocumentSubject): Promise<void> {
  if (await insertLink(trx, documentId, subject.subjectKind, subject.subjectId, at)) {
    await writeHistory(context, trx, at, documentId, 'attached', { subjectKind: subject.subjectKind, subjectId: subject.subjectId });
  }
}

/** The record exists, and when it is part of a meeting's record, that record may change. */
async function requireSubject(db: StorageExecutor, subject: DocumentSubject): Promise<void> {
  if (!(await subjectExists(db, subject.subjectKind, subject.subjectId)))
    throw referenceError('attachTo', 'The record to attach the document to no longer exists. Reload and try again.');
  await requireSubjectEditable(db, subject);
}

async function requireSubjectEditable(db: StorageExecutor, subject: DocumentSubject): Promise<void> {
  const meetingId = await meetingOfSubject(db, subject.subjectKind, subject.subjectId);
  if (meetingId) await requireEditable(db, meetingId);
}

async function writeHistory(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  id: string,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await appendAudit(db, { profile: context.profile, entity: 'document', entityId: id, action, changes }, at);
}

export function startUpload(context: ServiceContext, input: ChannelParsedInput<'documents.uploadStart'>) {
  context.session.storage();
  return context.documentFiles.uploads.start(input);
}

export function receiveChunk(context: ServiceContext, input: ChannelParsedInput<'documents.uploadChunk'>) {
  context.session.storage();
  return context.documentFiles.uploads.addChunk(input);
}

export function cancelUpload(context: ServiceContext, { uploadId }: { uploadId: string }): { done: true } {
  context.documentFiles.uploads.cancel(uploadId);
  return { done: true };
}
