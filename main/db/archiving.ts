import type { Db } from './openDatabase';

export type ArchivableTable = 'organizations' | 'members';

/** Soft delete and undo: archivedAt set or cleared; the row and what refers to it stay. */
export function setArchivedAt(db: Db, table: ArchivableTable, id: string, archivedAt: string | null, at: string): void {
  db.prepare(`UPDATE ${table} SET archived_at = ?, updated_at = ? WHERE id = ?`).run(archivedAt, at, id);
}

/** Whether a row exists and is archived; undefined when there is no such row. */
export function archiveState(db: Db, table: ArchivableTable, id: string): { archived: boolean } | undefined {
  const row = db.prepare(`SELECT archived_at AS archivedAt FROM ${table} WHERE id = ?`).get(id) as { archivedAt: string | null } | undefined;
  return row && { archived: row.archivedAt !== null };
}
