import type { ChannelOutput } from '../../shared/contract';
import { type AuditRow, loadAuditFor } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { DirectoryEntity } from './directoryAudit';

type HistoryEntry = ChannelOutput<'directory.getMember'>['history'][number];

const historyEntry = ({ at, profile, action, changes }: AuditRow): HistoryEntry => ({ at, profile, action, changes });

/** A directory record's history on the storage engine, newest first. */
export async function loadDirectoryHistory(db: StorageExecutor, entity: DirectoryEntity, id: string): Promise<HistoryEntry[]> {
  return (await loadAuditFor(db, entity, id)).map(historyEntry);
}
