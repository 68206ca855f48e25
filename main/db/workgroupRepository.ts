import type { PersonRef, Workgroup } from '../../shared/contract';
import { memberOrderSql, shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

export interface WorkgroupFields {
  name: string;
  description: string;
  chairId: string | null;
  memberIds: readonly string[];
}

type WorkgroupRow = Omit<Workgroup, 'chair' | 'members'> & { chairId: string | null; chairName: string | null };

export function insertWorkgroup(db: Db, id: string, fields: WorkgroupFields, at: string): void {
  db.prepare('INSERT INTO workgroups (id, name, description, chair_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, fields.name, fields.description, fields.chairId, at, at);
  replaceWorkgroupMembers(db, id, fields.memberIds);
}

export function updateWorkgroup(db: Db, id: string, fields: WorkgroupFields, at: string): void {
  db.prepare('UPDATE workgroups SET name = ?, description = ?, chair_id = ?, updated_at = ? WHERE id = ?').run(fields.name, fields.description, fields.chairId, at, id);
  replaceWorkgroupMembers(db, id, fields.memberIds);
}

export function setWorkgroupArchivedAt(db: Db, id: string, archivedAt: string | null, at: string): void {
  db.prepare('UPDATE workgroups SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, at, id);
}

export function listWorkgroups(db: Db, options: { includeArchived: boolean }): Workgroup[] {
  return queryWorkgroups(db, options.includeArchived ? '' : 'WHERE w.archived_at IS NULL', {});
}

export function findWorkgroup(db: Db, id: string): Workgroup | undefined {
  return queryWorkgroups(db, 'WHERE w.id = @id', { id })[0];
}

function replaceWorkgroupMembers(db: Db, id: string, memberIds: readonly string[]): void {
  db.prepare('DELETE FROM workgroup_members WHERE workgroup_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO workgroup_members (workgroup_id, member_id) VALUES (?, ?)');
  for (const memberId of memberIds) insert.run(id, memberId);
}

/** Two queries for any number of workgroups: the groups, then all their members. */
function queryWorkgroups(db: Db, where: string, params: Record<string, string>): Workgroup[] {
  const rows = db
    .prepare(
      `SELECT w.id, w.name, w.description, w.chair_id AS chairId, ${shownNameSql('c')} AS chairName,
              w.archived_at AS archivedAt, w.created_at AS createdAt, w.updated_at AS updatedAt
       FROM workgroups w LEFT JOIN members c ON c.id = w.chair_id
       ${where}
       ORDER BY w.name COLLATE NOCASE, w.id`,
    )
    .all(params) as WorkgroupRow[];
  const members = db
    .prepare(
      `SELECT wm.workgroup_id AS workgroupId, m.id, ${shownNameSql('m')} AS shownName
       FROM workgroup_members wm JOIN workgroups w ON w.id = wm.workgroup_id JOIN members m ON m.id = wm.member_id
       ${where}
       ORDER BY ${memberOrderSql('m')}`,
    )
    .all(params) as Array<PersonRef & { workgroupId: string }>;
  const byWorkgroup = new Map<string, PersonRef[]>();
  for (const { workgroupId, id, shownName } of members) {
    const list = byWorkgroup.get(workgroupId) ?? [];
    list.push({ id, shownName });
    byWorkgroup.set(workgroupId, list);
  }
  return rows.map(({ chairId, chairName, ...row }) => ({
    ...row,
    chair: chairId === null ? null : { id: chairId, shownName: chairName ?? '' },
    members: byWorkgroup.get(row.id) ?? [],
  }));
}
