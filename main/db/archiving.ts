import type { Db } from './openDatabase';

export type ArchivableTable = 'organizations' | 'members';

/** Whether a row exists and is archived; undefined when there is no such row (the SQLite import job's form). */
export function archiveState(db: Db, table: ArchivableTable, id: string): { archived: boolean } | undefined {
  const row = db.prepare(`SELECT archived_at AS archivedAt FROM ${table} WHERE id = ?`).get(id) as { archivedAt: string | null } | undefined;
  return row && { archived: row.archivedAt !== null };
}
