import { type RawBuilder, sql } from 'kysely';
import type { organizationSortFields } from '../../shared/contract/directorySchemas';
import { involvementLabels, kindLabels } from '../../shared/directoryLabels';
import { type SectorId, sectorIds, sectorLabel } from '../../shared/stakeholderSectors';
import { type Condition, labelRank, orderByOf, pageSource, whereOf } from './directoryPageSql';
import { inIdOrder } from './inIdOrder';
import { nameOrder } from './engine/dialectSql';
import type { InvolvementLevel } from './engine/schema';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { type OrganizationRow, findOrganizationsByIds } from './organizationStore';

type SortField = (typeof organizationSortFields)[number];

export interface OrganizationPageOptions {
  includeArchived: boolean;
  /** What was typed in the page's filter field, as typed. */
  text: string;
  sector: SectorId | null;
  involvement: InvolvementLevel | null;
  offset: number;
  limit: number;
  sort: { field: SortField; direction: 'asc' | 'desc' };
}

/**
 * The Organizations grid a page at a time (either engine): filtered and sorted in SQL, then only the page's
 * organizations are read with their representatives and member counts. A coalition has hundreds of organizations, not
 * tens of thousands, so the orders sort the organizations the filters keep.
 */
const sectorLabels = Object.fromEntries(sectorIds.map((id) => [id, sectorLabel(id)]));
const activeMembers = sql`(SELECT count(*) FROM members WHERE organization_id = o.id AND archived_at IS NULL)`;
const primaryName = sql<string>`(SELECT min(CASE WHEN p.display_name <> '' THEN p.display_name ELSE p.full_name END) FROM members p
  WHERE p.organization_id = o.id AND p.representative_role = 'primary' AND p.archived_at IS NULL)`;

type Direction = RawBuilder<unknown>;

function sortTerms(db: StorageExecutor, field: SortField, dir: Direction): RawBuilder<unknown>[] {
  const byName = (direction: Direction) => [sql`${nameOrder(dialectOf(db), sql.ref('o.name'))} ${direction}`, sql`o.id ${direction}`];
  switch (field) {
    case 'name':
      return byName(dir);
    case 'sector':
      // "Other" sorts after the named sectors, by the label the organization gave it, as the grid shows it.
      return [
        sql`CASE WHEN o.sector = 'other' THEN 1 ELSE 0 END ${dir}`,
        sql`${labelRank('o.sector', sectorLabels)} ${dir}`,
        sql`CASE WHEN o.sector = 'other' THEN o.sector_other_label ELSE '' END ${dir}`,
        ...byName(sql`ASC`),
      ];
    case 'kind':
      return [sql`${labelRank('o.kind', kindLabels)} ${dir}`, ...byName(sql`ASC`)];
    case 'involvement':
      return [sql`${labelRank('o.involvement', involvementLabels)} ${dir}`, ...byName(sql`ASC`)];
    case 'memberCount':
      return [sql`${activeMembers} ${dir}`, ...byName(sql`ASC`)];
    case 'primaryRepresentative':
      return [sql`${primaryName} IS NULL`, sql`${nameOrder(dialectOf(db), primaryName)} ${dir}`, ...byName(sql`ASC`)];
  }
}

export async function queryOrganizationPage(db: StorageExecutor, options: OrganizationPageOptions): Promise<{ rows: OrganizationRow[]; total: number }> {
  const conditions = organizationFilters(options);
  const { from } = pageSource(dialectOf(db), { table: 'organizations', alias: 'o', kind: 'organization', text: options.text });
  const totalRows = await sql<{ total: number }>`SELECT count(*) AS total FROM ${from} ${whereOf(conditions)}`.execute(db);
  const dir = sql.raw(options.sort.direction === 'desc' ? 'DESC' : 'ASC');
  const page = await sql<{ id: string }>`SELECT o.id FROM ${from} ${whereOf(conditions)} ${orderByOf(sortTerms(db, options.sort.field, dir))}
    LIMIT ${options.limit} OFFSET ${options.offset}`.execute(db);
  const ids = page.rows.map((row) => row.id);
  return { rows: inIdOrder(ids, await findOrganizationsByIds(db, ids)), total: Number(totalRows.rows[0]?.total ?? 0) };
}

function organizationFilters(options: OrganizationPageOptions): Condition[] {
  const conditions: Condition[] = [];
  if (!options.includeArchived) conditions.push(sql`o.archived_at IS NULL`);
  if (options.sector) conditions.push(sql`o.sector = ${options.sector}`);
  if (options.involvement) conditions.push(sql`o.involvement = ${options.involvement}`);
  return conditions;
}
