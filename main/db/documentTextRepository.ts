import type { DocumentKind } from '../../shared/documentFiles';
import type { DocumentTextState } from '../../shared/documentText';
import type { StorageExecutor } from './engine/storageEngine';

export interface DocumentToRead {
  id: string;
  kind: DocumentKind;
  sha256: string;
  chunkCount: number;
}

/** The newest document whose words wait to be read (schema step 170's partial index), or undefined. */
export async function nextDocumentToRead(db: StorageExecutor): Promise<DocumentToRead | undefined> {
  return db
    .selectFrom('documents')
    .select(['id', 'kind', 'sha256', 'chunk_count as chunkCount'])
    .where('text_state', '=', 'pending')
    .orderBy('uploaded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** What the search entry is written from, read again when the text is saved: the document may have gone meanwhile. */
export async function documentForText(db: StorageExecutor, id: string) {
  return db
    .selectFrom('documents')
    .select(['name', 'version_label as versionLabel', 'sha256', 'text_state as textState'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setTextState(db: StorageExecutor, id: string, state: DocumentTextState): Promise<void> {
  await db
    .updateTable('documents')
    .set({ text_state: state, text_searchable: state === 'read' ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}
