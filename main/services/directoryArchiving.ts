import type { StorageExecutor } from '../db/engine/storageEngine';
import { type DirectoryEntity, writeDirectoryHistory } from './directoryAudit';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

export interface ArchivableKind<T extends { archivedAt: string | null }> {
  entity: DirectoryEntity;
  find(db: StorageExecutor, id: string): Promise<T | undefined>;
  write(db: StorageExecutor, id: string, archivedAt: string | null, at: string): Promise<void>;
  /** Throws when bringing the row back would break a rule (it is checked inside the same transaction). */
  assertRestorable?(db: StorageExecutor, row: T): Promise<void>;
}

/** Archives or restores one row; doing what is already done changes nothing and writes no history. */
export function setArchived<T extends { archivedAt: string | null }>(
  context: ServiceContext,
  kind: ArchivableKind<T>,
  id: string,
  archive: boolean,
): Promise<T> {
  return inTransaction(context, async (trx, at) => {
    const current = requireFound(await kind.find(trx, id), kind.entity);
    if ((current.archivedAt !== null) === archive) return current;
    if (!archive) await kind.assertRestorable?.(trx, current);
    await kind.write(trx, id, archive ? at : null, at);
    await writeDirectoryHistory(context, trx, at, { entity: kind.entity, id, action: archive ? 'archived' : 'restored' });
    return requireFound(await kind.find(trx, id), kind.entity);
  });
}
