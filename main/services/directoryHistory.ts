import type { ChannelOutput } from '../../shared/contract';
import { type AuditRow, listAuditFor, loadAuditFor } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { Db } from '../db/openDatabase';
import type { DirectoryEntity } from './directoryAudit';

type HistoryEntry = ChannelOutput<'directory.getMember'>['history'][number];

const historyEntry = ({ at, profile, action, changes }: AuditRow): HistoryEntry => ({ at, profile, action, changes });

/** The synchronous form, for the directory's services until they move onto the storage engine. */
export function directoryHistory(db: Db, entity: DirectoryEntity, id: string): HistoryEntry[] {
  return listAuditFor(db, entity, id).map(historyEntry);
}

/** A directory record's history on the storage engine, newest first. */
export async function loadDirectoryHistory(db: StorageExecutor, entity: DirectoryEntity, id: string): Promise<HistoryEntry[]> {
  return (await loadAuditFor(db, entity, id)).map(historyEntry);
}
