import { type ArchivableTable, setArchivedAt } from '../db/archiving';
import type { Db } from '../db/openDatabase';
import { type DirectoryEntity, auditDirectoryChange } from './directoryAudit';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound } from './workspaceTransaction';

export interface ArchivableKind<T extends { archivedAt: string | null }> {
  table: ArchivableTable;
  entity: DirectoryEntity;
  find(db: Db, id: string): T | undefined;
  /** Throws when bringing the row back would break a rule (it is checked inside the same transaction). */
  assertRestorable?(db: Db, row: T): void;
}

/** Archives or restores one row; doing what is already done changes nothing and writes no audit row. */
export function setArchived<T extends { archivedAt: string | null }>(context: ServiceContext, kind: ArchivableKind<T>, id: string, archive: boolean): T {
  return inWorkspaceTransaction(context, (db, at) => {
    const current = requireFound(kind.find(db, id), kind.entity);
    if ((current.archivedAt !== null) === archive) return current;
    if (!archive) kind.assertRestorable?.(db, current);
    setArchivedAt(db, kind.table, id, archive ? at : null, at);
    auditDirectoryChange(context, db, at, { entity: kind.entity, id, action: archive ? 'archived' : 'restored' });
    return requireFound(kind.find(db, id), kind.entity);
  });
}
