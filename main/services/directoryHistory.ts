import type { ChannelOutput } from '../../shared/contract';
import { listAuditFor } from '../db/auditRepository';
import type { Db } from '../db/openDatabase';
import type { DirectoryEntity } from './directoryAudit';

type HistoryEntry = ChannelOutput<'directory.getMember'>['history'][number];

export function directoryHistory(db: Db, entity: DirectoryEntity, id: string): HistoryEntry[] {
  return listAuditFor(db, entity, id).map(({ at, profile, action, changes }) => ({ at, profile, action, changes }));
}
