import { type RawBuilder, sql } from 'kysely';
import type { memberSortFields } from '../../shared/contract/directorySchemas';
import { coalitionRoleLabels, representativeRoleLabels } from '../../shared/directoryLabels';
import { type SectorId, sectorIds, sectorLabel } from '../../shared/stakeholderSectors';
import { type Condition, labelRank, orderByOf, pageSource, whereOf } from './directoryPageSql';
import { inIdOrder } from './inIdOrder';
import { caselessOrder } from './engine/dialectSql';
import type { CoalitionRole } from './engine/schema';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { type MemberRow, findMembersByIds } from './memberStore';

type SortField = (typeof memberSortFields)[number];

export interface MemberPageOptions {
  includeArchived: boolean;
  /** What was typed in the page's filter field, as typed. */
  text: string;
  sector: SectorId | null;
  coalitionRole: CoalitionRole | null;
  offset: number;
  limit: number;
  sort: { field: SortField; direction: 'asc' | 'desc' };
}

/**
 * The Members grid a page at a time (either engine). Active members by name, the opening view, read their page
 * straight from the partial index members_active_by_name (schema step 80): no sort of every member per page. The other
 * orders sort the members the filters keep; the filter text goes through the search port.
 */
const sectorLabels = Object.fromEntries(sectorIds.map((id) => [id, sectorLabel(id)]));

type Direction = RawBuilder<unknown>;
const byName = (dir: Direction) => [sql`m.sort_key ${dir}`, sql`m.id ${dir}`];

/** ORDER BY terms per sort field. Empty values come last; then by name. */
function sortTerms(db: StorageExecutor, field: SortField, dir: Direction): RawBuilder<unknown>[] {
  switch (field) {
    case 'name':
      return byName(dir);
    case 'organizationName':
      return [sql`o.name IS NULL`, sql`${caselessOrder(dialectOf(db), sql.ref('o.name'))} ${dir}`, ...byName(sql`ASC`)];
    case 'organizationSector':
      return [sql`o.sector IS NULL`, sql`${labelRank('o.sector', sectorLabels)} ${dir}`, ...byName(sql`ASC`)];
    case 'title':
      return [sql`m.title = ''`, sql`${caselessOrder(dialectOf(db), sql.ref('m.title'))} ${dir}`, ...byName(sql`ASC`)];
    case 'coalitionRole':
      return [sql`${labelRank('m.coalition_role', coalitionRoleLabels)} ${dir}`, ...byName(sql`ASC`)];
    case 'representativeRole':
      return [sql`m.representative_role = 'none'`, sql`${labelRank('m.representative_role', representativeRoleLabels)} ${dir}`, ...byName(sql`ASC`)];
    case 'votingMember':
      return [sql`m.voting_member ${dir}`, ...byName(sql`ASC`)];
  }
}
const needsOrganization = new Set<SortField>(['organizationName', 'organizationSector']);

export async function queryMemberPage(db: StorageExecutor, options: MemberPageOptions): Promise<{ rows: MemberRow[]; total: number }> {
  const conditions = memberFilters(options);
  const { field, direction } = options.sort;
  // Without statistics (the app does not ANALYZE) SQLite guesses that `archived_at IS NULL` keeps few rows and would
  // sort every active member for each page, so the opening view names its index.
  const opening = field === 'name' && !options.includeArchived;
  const counted = pageSource(dialectOf(db), { table: 'members', alias: 'm', kind: 'member', text: options.text });
  const paged = pageSource(dialectOf(db), {
    table: 'members',
    alias: 'm',
    kind: 'member',
    text: options.text,
    hint: opening ? 'members_active_by_name' : undefined,
  });
  const totalRows = await sql<{ total: number }>`SELECT count(*) AS total FROM ${counted.from} ${whereOf(conditions)}`.execute(db);
  const join = needsOrganization.has(field) ? sql`LEFT JOIN organizations o ON o.id = m.organization_id` : sql``;
  const dir = sql.raw(direction === 'desc' ? 'DESC' : 'ASC');
  const page = await sql<{ id: string }>`SELECT m.id FROM ${paged.from} ${join} ${whereOf(conditions)} ${orderByOf(sortTerms(db, field, dir))}
    LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db);
  const ids = page.rows.map((row) => row.id);
  return { rows: inIdOrder(ids, await findMembersByIds(db, ids)), total: Number(totalRows.rows[0]?.total ?? 0) };
}

function memberFilters(options: MemberPageOptions): Condition[] {
  const conditions: Condition[] = [];
  if (!options.includeArchived) conditions.push(sql`m.archived_at IS NULL`);
  if (options.sector) conditions.push(sql`m.organization_id IN (SELECT id FROM organizations WHERE sector = ${options.sector})`);
  if (options.coalitionRole) conditions.push(sql`m.coalition_role = ${options.coalitionRole}`);
  return conditions;
}
