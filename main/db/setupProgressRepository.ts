import { sql } from 'kysely';
import { AT_TABLE, hasActivePrimary } from './coverageRepository';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

/** What the setup checklist counts, over records that are not archived. */
export interface SetupProgress {
  organizations: number;
  members: number;
  votingMembers: number;
  /** Meetings planned, held or recorded; cancelled ones do not count. */
  meetings: number;
  /** Organizations at the table (core or periodic). */
  organizationsAtTable: number;
  /** Names of organizations at the table with no active primary representative, by name. */
  withoutPrimary: string[];
}

export async function readSetupProgress(db: StorageExecutor): Promise<SetupProgress> {
  const organizations = await db
    .selectFrom('organizations')
    .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.countAll<number>().filterWhere('involvement', 'in', AT_TABLE).as('atTable')])
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('members')
    .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.countAll<number>().filterWhere('voting_member', '=', 1).as('voting')])
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  const meetings = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number>().as('held'))
    .where('status', '<>', 'cancelled')
    .executeTakeFirstOrThrow();
  const withoutPrimary = await db
    .selectFrom('organizations as o')
    .select('o.name')
    .where('o.archived_at', 'is', null)
    .where('o.involvement', 'in', AT_TABLE)
    .where((eb) => eb.not(hasActivePrimary(eb)))
    .orderBy(nameOrder(dialectOf(db), sql.ref('o.name')))
    .execute();
  return {
    organizations: organizations.all,
    organizationsAtTable: organizations.atTable,
    members: members.all,
    votingMembers: members.voting,
    meetings: meetings.held,
    withoutPrimary: withoutPrimary.map((row) => row.name),
  };
}
