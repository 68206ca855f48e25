import type { StorageExecutor } from './engine/storageEngine';

type RosterTable = 'members' | 'organizations' | 'workgroups';

/** Whether a roster row exists and is in use, for the checks of services/rosterReferences.ts. */
export async function rosterState(db: StorageExecutor, table: RosterTable, id: string): Promise<'active' | 'archived' | 'missing'> {
  const row = await db.selectFrom(table).select('archived_at').where('id', '=', id).executeTakeFirst();
  if (!row) return 'missing';
  return row.archived_at === null ? 'active' : 'archived';
}

/** How many of these distinct ids exist (archived or not). */
export async function countExisting(db: StorageExecutor, table: RosterTable, distinctIds: readonly string[]): Promise<number> {
  if (distinctIds.length === 0) return 0;
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('found'))
    .where('id', 'in', distinctIds)
    .executeTakeFirstOrThrow();
  return Number(row.found);
}
