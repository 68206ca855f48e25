import type { ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { coalitionRoleLabels, representativeRoleLabels } from '../../shared/directoryLabels';
import { sectorIds, sectorLabel } from '../../shared/stakeholderSectors';
import { type Filters, inIdOrder, labelRank, pageSource, whereOf } from './directoryPageSql';
import { findMembersByIds } from './memberRepository';
import type { Db } from './openDatabase';

export type MemberPageOptions = ChannelParsedInput<'directory.queryMembers'>;
type MemberPage = ChannelOutput<'directory.queryMembers'>;
type SortField = MemberPageOptions['sort']['field'];

/**
 * The Members grid a page at a time. Active members by name, the opening view, read their page straight from the
 * partial index members_active_by_name (schema step 80): no sort of every member per page. The other orders sort
 * the members the filters keep; the filter text goes through the directory's full-text index.
 */
const sectorLabels = Object.fromEntries(sectorIds.map((id) => [id, sectorLabel(id)]));
const byName = ['m.sort_key', 'm.id'];

/** ORDER BY terms per sort field; `dir` is ASC or DESC. Empty values come last; then by name. */
const sortTerms: Record<SortField, (dir: string) => string[]> = {
  name: (dir) => byName.map((term) => `${term} ${dir}`),
  organizationName: (dir) => ['o.name IS NULL', `o.name COLLATE NOCASE ${dir}`, ...byName],
  organizationSector: (dir) => ['o.sector IS NULL', `${labelRank('o.sector', sectorLabels)} ${dir}`, ...byName],
  title: (dir) => ["m.title = ''", `m.title COLLATE NOCASE ${dir}`, ...byName],
  coalitionRole: (dir) => [`${labelRank('m.coalition_role', coalitionRoleLabels)} ${dir}`, ...byName],
  representativeRole: (dir) => ["m.representative_role = 'none'", `${labelRank('m.representative_role', representativeRoleLabels)} ${dir}`, ...byName],
  votingMember: (dir) => [`m.voting_member ${dir}`, ...byName],
};
const needsOrganization = new Set<SortField>(['organizationName', 'organizationSector']);

export function queryMemberPage(db: Db, options: MemberPageOptions): MemberPage {
  const filters = memberFilters(options);
  const source = pageSource('members', 'm', 'member', options.text, filters);
  const total = db.prepare(`SELECT count(*) FROM ${source} ${whereOf(filters)}`).pluck().get(filters.params) as number;
  const { field, direction } = options.sort;
  const join = needsOrganization.has(field) ? 'LEFT JOIN organizations o ON o.id = m.organization_id' : '';
  const ids = db
    .prepare(`SELECT m.id FROM ${source} ${indexHint(options, filters)} ${join} ${whereOf(filters)} ORDER BY ${sortTerms[field](direction.toUpperCase()).join(', ')} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...filters.params, limit: options.limit, offset: options.offset }) as string[];
  return { rows: inIdOrder(ids, findMembersByIds(db, ids)), total };
}

/**
 * Without statistics (the app does not ANALYZE) SQLite guesses that `archived_at IS NULL` keeps few rows and would
 * sort every active member for each page, so the opening view names its index. With filter text the matches are
 * few and sorting them is cheaper than walking the index.
 */
function indexHint(options: MemberPageOptions, filters: Filters): string {
  const byText = filters.params.match !== undefined;
  return options.sort.field === 'name' && !options.includeArchived && !byText ? 'INDEXED BY members_active_by_name' : '';
}

function memberFilters(options: MemberPageOptions): Filters {
  const filters: Filters = { conditions: [], params: {} };
  const where = (condition: string, values = {}) => {
    filters.conditions.push(condition);
    Object.assign(filters.params, values);
  };
  if (!options.includeArchived) where('m.archived_at IS NULL');
  if (options.sector) where('m.organization_id IN (SELECT id FROM organizations WHERE sector = @sector)', { sector: options.sector });
  if (options.coalitionRole) where('m.coalition_role = @coalitionRole', { coalitionRole: options.coalitionRole });
  return filters;
}
