import type { DocumentKind } from '../../shared/documentFiles';
import type { DocumentTextState } from '../../shared/documentText';
import type { DocumentSubjectKind } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';

export interface DocumentRow {
  id: string;
  name: string;
  kind: DocumentKind;
  versionLabel: string;
  sizeBytes: number;
  sha256: string;
  chunkCount: number;
  textState: DocumentTextState;
  uploadedBy: { id: string; name: string } | null;
  uploadedAt: string;
}

export interface NewDocument {
  id: string;
  name: string;
  kind: DocumentKind;
  versionLabel: string;
  sizeBytes: number;
  sha256: string;
  textState: DocumentTextState;
  uploadedById: string | null;
  uploadedAt: string;
}

/** Inserts the document and its pieces, in the caller's transaction. */
export async function insertDocument(db: StorageExecutor, document: NewDocument, chunks: readonly Uint8Array[]): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: document.id,
      name: document.name,
      kind: document.kind,
      version_label: document.versionLabel,
      size_bytes: document.sizeBytes,
      sha256: document.sha256,
      chunk_count: chunks.length,
      text_state: document.textState,
      uploaded_by_id: document.uploadedById,
      uploaded_at: document.uploadedAt,
    })
    .execute();
  for (const [index, bytes] of chunks.entries()) {
    await db.insertInto('document_chunks').values({ document_id: document.id, chunk_index: index, bytes }).execute();
  }
}

function documentQuery(db: StorageExecutor) {
  return db
    .selectFrom('documents as d')
    .leftJoin('members as u', 'u.id', 'd.uploaded_by_id')
    .select([
      'd.id',
      'd.name',
      'd.kind',
      'd.version_label as versionLabel',
      'd.size_bytes as sizeBytes',
      'd.sha256',
      'd.chunk_count as chunkCount',
      'd.text_state as textState',
      'd.uploaded_by_id as uploadedById',
      shownNameOf('u').as('uploadedByName'),
      'd.uploaded_at as uploadedAt',
    ]);
}

type QueriedRow = Awaited<ReturnType<ReturnType<typeof documentQuery>['execute']>>[number];

const toDocument = (row: QueriedRow): DocumentRow => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  versionLabel: row.versionLabel,
  sizeBytes: row.sizeBytes,
  sha256: row.sha256,
  chunkCount: row.chunkCount,
  textState: row.textState,
  uploadedBy: row.uploadedById === null ? null : { id: row.uploadedById, name: row.uploadedByName },
  uploadedAt: row.uploadedAt,
});

export async function findDocument(db: StorageExecutor, id: string): Promise<DocumentRow | undefined> {
  const row = await documentQuery(db).where('d.id', '=', id).executeTakeFirst();
  return row && toDocument(row);
}

/** Every document, newest first; or only those with the given ids (in no particular order); or those attached to a record. */
export async function listDocuments(
  db: StorageExecutor,
  filter: { ids?: readonly string[]; subject?: { kind: DocumentSubjectKind; id: string } } = {},
): Promise<DocumentRow[]> {
  let query = documentQuery(db);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('d.id', 'in', filter.ids);
  }
  if (filter.subject) {
    const { kind, id } = filter.subject;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('document_links as l')
          .select('l.document_id')
          .whereRef('l.document_id', '=', 'd.id')
          .where('l.subject_kind', '=', kind)
          .where('l.subject_id', '=', id),
      ),
    );
  }
  const rows = await query.orderBy('d.uploaded_at', 'desc').orderBy('d.id', 'desc').execute();
  return rows.map(toDocument);
}

export interface LinkRow {
  documentId: string;
  subjectKind: string;
  subjectId: string;
}

export async function linksOf(db: StorageExecutor, documentIds: readonly string[]): Promise<LinkRow[]> {
  if (documentIds.length === 0) return [];
  return db
    .selectFrom('document_links')
    .select(['document_id as documentId', 'subject_kind as subjectKind', 'subject_id as subjectId'])
    .where('document_id', 'in', documentIds)
    .orderBy('linked_at')
    .orderBy('subject_kind')
    .orderBy('subject_id')
    .execute();
}

/** Adds the link; true when it was not there before. */
export async function insertLink(db: StorageExecutor, documentId: string, kind: DocumentSubjectKind, subjectId: string, at: string): Promise<boolean> {
  const result = await db
    .insertInto('document_links')
    .values({ document_id: documentId, subject_kind: kind, subject_id: subjectId, linked_at: at })
    .onConflict((conflict) => conflict.columns(['document_id', 'subject_kind', 'subject_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Removes the link; true when there was one. */
export async function deleteLink(db: StorageExecutor, documentId: string, kind: DocumentSubjectKind, subjectId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('document_links')
    .where('document_id', '=', documentId)
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The document, its pieces and its links (cascading). */
export async function deleteDocument(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('document_links').where('document_id', '=', id).execute();
  await db.deleteFrom('document_chunks').where('document_id', '=', id).execute();
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

/** One piece of a document's bytes, or undefined when the document (or that piece) is gone. */
export async function readChunk(db: StorageExecutor, documentId: string, index: number): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('document_chunks').select('bytes').where('document_id', '=', documentId).where('chunk_index', '=', index).executeTakeFirst();
  return row?.bytes;
}
