import { uuidv7 } from 'uuidv7';
import type { Db } from './openDatabase';

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
  db.prepare(
    `INSERT INTO audit_log (id, at, profile, entity, entity_id, action, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, at, entry.profile, entry.entity, entry.entityId, entry.action, JSON.stringify(entry.changes));
  return id;
}

export function listAudit(db: Db, limit = 100): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT id, at, profile, entity, entity_id AS entityId, action, changes
       FROM audit_log ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as Array<Omit<AuditRow, 'changes'> & { changes: string }>;
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as Record<string, unknown> }));
}
