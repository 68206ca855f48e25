import { uuidv7 } from 'uuidv7';
import { chunksOf } from './engine/chunks';
import type { StorageExecutor } from './engine/storageEngine';
import type { Db } from './openDatabase';
import { preparedOnce } from './preparedOnce';

export interface AuditEntry {
  profile: string;
  entity: string;
  entityId: string | null;
  action: string;
  /** What changed, never secrets: field names with old and new values, or a short description. */
  changes: Record<string, unknown>;
}

export interface AuditRow extends AuditEntry {
  id: string;
  at: string;
}

export function recordAudit(db: Db, entry: AuditEntry, at: string): string {
  const id = uuidv7();
  preparedOnce(
    db,
    `INSERT INTO audit_log (id, at, profile, entity, entity_id, action, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, at, entry.profile, entry.entity, entry.entityId, entry.action, JSON.stringify(entry.changes));
  return id;
}

/** The storage-engine form of recordAudit: one history row, in the caller's transaction. */
export async function appendAudit(db: StorageExecutor, entry: AuditEntry, at: string): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('audit_log')
    .values({ id, at, profile: entry.profile, entity: entry.entity, entity_id: entry.entityId, action: entry.action, changes: JSON.stringify(entry.changes) })
    .execute();
  return id;
}

/** Many history rows of one moment (an import's), a chunk per statement, in the order given. */
export async function appendAudits(db: StorageExecutor, entries: readonly AuditEntry[], at: string): Promise<void> {
  for (const chunk of chunksOf(entries)) {
    const rows = chunk.map((entry) => ({
      id: uuidv7(),
      at,
      profile: entry.profile,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      changes: JSON.stringify(entry.changes),
    }));
    await db.insertInto('audit_log').values(rows).execute();
  }
}

/** The newest changes first. */
export function loadAudit(db: StorageExecutor, limit = 100): Promise<AuditRow[]> {
  return queryAudit(db, null, limit);
}

/** One entity's changes, newest first: the history shown on a detail page. */
export function loadAuditFor(db: StorageExecutor, entity: string, entityId: string, limit = 100): Promise<AuditRow[]> {
  return queryAudit(db, { entity, entityId }, limit);
}

async function queryAudit(db: StorageExecutor, of: { entity: string; entityId: string } | null, limit: number): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'at', 'profile', 'entity', 'entity_id as entityId', 'action', 'changes'])
    .$if(of !== null, (query) => query.where('entity', '=', of?.entity ?? '').where('entity_id', '=', of?.entityId ?? ''))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as Record<string, unknown> }));
}
