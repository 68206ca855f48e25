import type { StorageExecutor } from './engine/storageEngine';

/** How many organizations, members and meetings the coalition holds, archived and cancelled ones included. */
export interface CoalitionRecordCounts {
  organizations: number;
  members: number;
  meetings: number;
}

export async function countCoalitionRecords(db: StorageExecutor): Promise<CoalitionRecordCounts> {
  const counted = (table: 'organizations' | 'members' | 'meetings') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
      .then((row) => row.count);
  return { organizations: await counted('organizations'), members: await counted('members'), meetings: await counted('meetings') };
}
