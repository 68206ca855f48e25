import { sql } from 'kysely';
import type { PersonRef, Workgroup } from '../../shared/contract';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { memberOrderOf, shownNameOf } from './memberShownName';

export interface WorkgroupFields {
  name: string;
  description: string;
  chairId: string | null;
  memberIds: readonly string[];
}

export async function insertWorkgroup(db: StorageExecutor, id: string, fields: WorkgroupFields, at: string): Promise<void> {
  await db
    .insertInto('workgroups')
    .values({ id, name: fields.name, description: fields.description, chair_id: fields.chairId, created_at: at, updated_at: at })
    .execute();
  await replaceWorkgroupMembers(db, id, fields.memberIds);
}

export async function updateWorkgroup(db: StorageExecutor, id: string, fields: WorkgroupFields, at: string): Promise<void> {
  await db
    .updateTable('workgroups')
    .set({ name: fields.name, description: fields.description, chair_id: fields.chairId, updated_at: at })
    .where('id', '=', id)
    .execute();
  await replaceWorkgroupMembers(db, id, fields.memberIds);
}

export async function setWorkgroupArchivedAt(db: StorageExecutor, id: string, archivedAt: string | null, at: string): Promise<void> {
  await db.updateTable('workgroups').set({ archived_at: archivedAt, updated_at: at }).where('id', '=', id).execute();
}

export function listWorkgroups(db: StorageExecutor, options: { includeArchived: boolean }): Promise<Workgroup[]> {
  return queryWorkgroups(db, options.includeArchived ? {} : { activeOnly: true });
}

export async function findWorkgroup(db: StorageExecutor, id: string): Promise<Workgroup | undefined> {
  return (await queryWorkgroups(db, { id }))[0];
}

async function replaceWorkgroupMembers(db: StorageExecutor, id: string, memberIds: readonly string[]): Promise<void> {
  await db.deleteFrom('workgroup_members').where('workgroup_id', '=', id).execute();
  const distinct = [...new Set(memberIds)];
  if (distinct.length === 0) return;
  await db
    .insertInto('workgroup_members')
    .values(distinct.map((memberId) => ({ workgroup_id: id, member_id: memberId })))
    .execute();
}

interface WorkgroupFilter {
  id?: string;
  activeOnly?: boolean;
}

/** Two queries for any number of workgroups: the groups, then all their members. */
async function queryWorkgroups(db: StorageExecutor, filter: WorkgroupFilter): Promise<Workgroup[]> {
  const rows = await db
    .selectFrom('workgroups as w')
    .leftJoin('members as c', 'c.id', 'w.chair_id')
    .select(['w.id', 'w.name', 'w.description', 'w.chair_id as chairId', shownNameOf('c').as('chairName')])
    .select(['w.archived_at as archivedAt', 'w.created_at as createdAt', 'w.updated_at as updatedAt'])
    .$if(filter.id !== undefined, (query) => query.where('w.id', '=', filter.id ?? ''))
    .$if(filter.activeOnly === true, (query) => query.where('w.archived_at', 'is', null))
    .orderBy(nameOrder(dialectOf(db), sql.ref('w.name')))
    .orderBy('w.id')
    .execute();
  const members = await db
    .selectFrom('workgroup_members as wm')
    .innerJoin('workgroups as w', 'w.id', 'wm.workgroup_id')
    .innerJoin('members as m', 'm.id', 'wm.member_id')
    .select(['wm.workgroup_id as workgroupId', 'm.id', shownNameOf('m').as('shownName')])
    .$if(filter.id !== undefined, (query) => query.where('w.id', '=', filter.id ?? ''))
    .$if(filter.activeOnly === true, (query) => query.where('w.archived_at', 'is', null))
    .orderBy(memberOrderOf('m'))
    .execute();
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
