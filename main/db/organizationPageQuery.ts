import type { ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { involvementLabels, kindLabels } from '../../shared/directoryLabels';
import { sectorIds, sectorLabel } from '../../shared/stakeholderSectors';
import { type Filters, inIdOrder, labelRank, pageSource, whereOf } from './directoryPageSql';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';
import { findOrganizationsByIds } from './organizationRepository';

export type OrganizationPageOptions = ChannelParsedInput<'directory.queryOrganizations'>;
type OrganizationPage = ChannelOutput<'directory.queryOrganizations'>;
type SortField = OrganizationPageOptions['sort']['field'];

/**
 * The Organizations grid a page at a time: filtered and sorted in SQL, then only the page's organizations are read
 * with their representatives and member counts. A coalition has hundreds of organizations, not tens of thousands,
 * so the orders sort the organizations the filters keep.
 */
const sectorLabels = Object.fromEntries(sectorIds.map((id) => [id, sectorLabel(id)]));
const byName = ['o.name COLLATE NOCASE', 'o.id'];
const activeMembers = 'SELECT count(*) FROM members WHERE organization_id = o.id AND archived_at IS NULL';
const primaryName = `SELECT min(${shownNameSql('p')}) FROM members p WHERE p.organization_id = o.id AND p.representative_role = 'primary' AND p.archived_at IS NULL`;

const sortTerms: Record<SortField, (dir: string) => string[]> = {
  name: (dir) => byName.map((term) => `${term} ${dir}`),
  /** "Other" sorts by the label the organization gave it, as the grid shows it. */
  sector: (dir) => [`CASE WHEN o.sector = 'other' THEN o.sector_other_label ELSE ${labelRank('o.sector', sectorLabels)} END ${dir}`, ...byName],
  kind: (dir) => [`${labelRank('o.kind', kindLabels)} ${dir}`, ...byName],
  involvement: (dir) => [`${labelRank('o.involvement', involvementLabels)} ${dir}`, ...byName],
  memberCount: (dir) => [`(${activeMembers}) ${dir}`, ...byName],
  primaryRepresentative: (dir) => [`(${primaryName}) IS NULL`, `(${primaryName}) COLLATE NOCASE ${dir}`, ...byName],
};

export function queryOrganizationPage(db: Db, options: OrganizationPageOptions): OrganizationPage {
  const filters = organizationFilters(options);
  const source = pageSource('organizations', 'o', 'organization', options.text, filters);
  const total = db.prepare(`SELECT count(*) FROM ${source} ${whereOf(filters)}`).pluck().get(filters.params) as number;
  const { field, direction } = options.sort;
  const ids = db
    .prepare(`SELECT o.id FROM ${source} ${whereOf(filters)} ORDER BY ${sortTerms[field](direction.toUpperCase()).join(', ')} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...filters.params, limit: options.limit, offset: options.offset }) as string[];
  return { rows: inIdOrder(ids, findOrganizationsByIds(db, ids)), total };
}

function organizationFilters(options: OrganizationPageOptions): Filters {
  const filters: Filters = { conditions: [], params: {} };
  const where = (condition: string, values = {}) => {
    filters.conditions.push(condition);
    Object.assign(filters.params, values);
  };
  if (!options.includeArchived) where('o.archived_at IS NULL');
  if (options.sector) where('o.sector = @sector', { sector: options.sector });
  if (options.involvement) where('o.involvement = @involvement', { involvement: options.involvement });
  return filters;
}
