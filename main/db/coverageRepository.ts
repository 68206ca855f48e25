import { type ExpressionBuilder, sql } from 'kysely';
import type { SectorId } from '../../shared/stakeholderSectors';
import { nameOrder } from './engine/dialectSql';
import type { InvolvementLevel, Schema } from './engine/schema';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

/** Counts per sector over organizations that are not archived; qualities only where core or periodic. */
export interface SectorTally {
  sector: SectorId;
  core: number;
  periodic: number;
  prospective: number;
  former: number;
  members: number;
  vulnerableYouth: number;
  traffickingExpertise: number;
  traumaInformed: number;
}

/** The involvements of organizations at the table, as the coverage cards and the setup checklist count them. */
export const AT_TABLE: InvolvementLevel[] = ['core', 'periodic'];
/** A query over `organizations as o`. */
type Organization = ExpressionBuilder<Schema & { o: Schema['organizations'] }, 'o'>;

/** Whether the organization `o` has an active member as its primary representative. */
export const hasActivePrimary = (eb: Organization) =>
  eb.exists(
    eb
      .selectFrom('members as m')
      .select(sql<number>`1`.as('one'))
      .whereRef('m.organization_id', '=', 'o.id')
      .where('m.representative_role', '=', 'primary')
      .where('m.archived_at', 'is', null),
  );

/** `count(*) FILTER (WHERE …)`: the same SQL on SQLite and PostgreSQL, where sum(boolean) is not. */
export async function tallySectors(db: StorageExecutor): Promise<SectorTally[]> {
  const involved = (eb: Organization, involvement: InvolvementLevel) => eb.fn.countAll<number>().filterWhere('o.involvement', '=', involvement);
  const quality = (eb: Organization, column: 'o.vulnerable_youth' | 'o.trafficking_expertise' | 'o.trauma_informed') =>
    eb.fn.countAll<number>().filterWhere((where) => where.and([where('o.involvement', 'in', AT_TABLE), where(column, '=', 1)]));
  const rows = await db
    .with('active_members', (query) =>
      query
        .selectFrom('members')
        .select((eb) => ['organization_id', eb.fn.countAll<number>().as('members')])
        .where('archived_at', 'is', null)
        .where('organization_id', 'is not', null)
        .groupBy('organization_id'),
    )
    .selectFrom('organizations as o')
    .leftJoin('active_members as am', 'am.organization_id', 'o.id')
    .select((eb) => [
      'o.sector',
      involved(eb, 'core').as('core'),
      involved(eb, 'periodic').as('periodic'),
      involved(eb, 'prospective').as('prospective'),
      involved(eb, 'former').as('former'),
      sql<number>`coalesce(sum(am.members) FILTER (WHERE o.involvement <> 'former'), 0)`.as('members'),
      quality(eb, 'o.vulnerable_youth').as('vulnerableYouth'),
      quality(eb, 'o.trafficking_expertise').as('traffickingExpertise'),
      quality(eb, 'o.trauma_informed').as('traumaInformed'),
    ])
    .where('o.archived_at', 'is', null)
    .groupBy('o.sector')
    .execute();
  return rows.map((row) => ({ ...row, sector: row.sector as SectorId }));
}

export interface TableOrganization {
  id: string;
  name: string;
  sector: SectorId;
  involvement: 'core' | 'periodic';
  hasPrimary: boolean;
}

/**
 * The organizations at the table (core or periodic, not archived), by name as people read them, with their sector
 * and whether an active member is their primary representative.
 */
export async function organizationsAtTable(db: StorageExecutor): Promise<TableOrganization[]> {
  const rows = await db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.name', 'o.sector', 'o.involvement'])
    .select((eb) => hasActivePrimary(eb).as('hasPrimary'))
    .where('o.archived_at', 'is', null)
    .where('o.involvement', 'in', AT_TABLE)
    .orderBy(nameOrder(dialectOf(db), sql.ref('o.name')))
    .orderBy('o.id')
    .execute();
  return rows.map(({ hasPrimary, sector, involvement, ...row }) => ({
    ...row,
    sector: sector as SectorId,
    involvement: involvement === 'periodic' ? 'periodic' : 'core',
    hasPrimary: Boolean(hasPrimary),
  }));
}
