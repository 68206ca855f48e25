import type { ActionItem, ChannelOutput, ChannelParsedInput } from '../../shared/contract';
import { actionPriorities, actionStatuses } from '../../shared/contract';
import { type DueDates, findActionItems, ownerJoins, unfinishedSql } from './actionItemRepository';
import { type TextFilterMode, countTextMatches, indexedItemCount, textFilterSql } from './actionItemSearchRepository';
import { type ListSegment, readSegmentedPage } from './actionItemPages';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

/**
 * The action items list at scale: filters, sort, grouping and paging run in SQLite as parameterized SQL. Only
 * clause shapes chosen from fixed lists are put together here; every value the user gave is a bound parameter.
 * Filters that follow the owner (organization, sector, workgroup) are `owner_id IN (members …)` subqueries, so
 * the count and the filter need no join and both plan on action_items' indexes.
 */
export type ActionQueryOptions = ChannelParsedInput<'actions.query'>;
type ActionQueryResult = ChannelOutput<'actions.query'>;
type Params = Record<string, string | number | null>;

const unfinished = unfinishedSql('a');
const ownerName = shownNameSql('m');

const rankOf = (column: string, values: readonly string[]) => `CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index}`).join(' ')} END`;

/**
 * Each sort field's order as segments: rows with a value by that value, then (where the value can be empty: no due
 * date, no owner) the empty ones, so empty values always come last in either direction. Within a segment rows go
 * by the key, then by id in the same direction, which is what lets an index serve the order (due date: the index
 * (due_on, id) of schema step 70) and a page start right after the previous one (actionItemPages.ts).
 */
const sortSegments: Record<ActionQueryOptions['sort']['field'], readonly ListSegment[]> = {
  dueOn: [
    { where: 'a.due_on IS NOT NULL', key: 'a.due_on' },
    { where: 'a.due_on IS NULL', key: null },
  ],
  priority: [{ where: null, key: rankOf('a.priority', actionPriorities) }],
  status: [{ where: null, key: rankOf('a.status', actionStatuses) }],
  title: [{ where: null, key: 'a.title COLLATE NOCASE' }],
  ownerName: [
    { where: 'a.owner_id IS NOT NULL', key: 'm.sort_key' },
    { where: 'a.owner_id IS NULL', key: null },
  ],
  organizationName: [
    { where: 'o.name IS NOT NULL', key: 'o.name COLLATE NOCASE' },
    { where: 'o.name IS NULL', key: null },
  ],
  createdAt: [{ where: null, key: 'a.created_at' }],
};

/** "My items first" puts every segment of the member's own rows before the rest. */
function segmentsOf(options: Pick<ActionQueryOptions, 'sort' | 'mineFirst'>): ListSegment[] {
  const segments = sortSegments[options.sort.field];
  if (!options.mineFirst) return [...segments];
  const within = (condition: string) => segments.map((segment) => ({ ...segment, where: segment.where ? `${condition} AND ${segment.where}` : condition }));
  return [...within('a.owner_id = @mineFirst'), ...within('a.owner_id IS NOT @mineFirst')];
}

/** The same order as one ORDER BY (grouped pages, OFFSET reads, exports): "is empty" first (false before true), then the key. */
function sortTerms(options: Pick<ActionQueryOptions, 'sort'>, dir: string): string[] {
  const segments = sortSegments[options.sort.field];
  const emptyLast = segments.find((segment) => segment.key === null)?.where;
  return [...(emptyLast ? [emptyLast] : []), ...segments.flatMap((segment) => (segment.key ? [`${segment.key} ${dir}`] : []))];
}

/**
 * Each grouping: its key and label, the name of the empty group, and the SQL that keeps only the rows of some
 * groups (the ones a page shows), so a grouped page sorts those rows, not the whole filtered set.
 */
const groupings = {
  owner: {
    key: 'a.owner_id',
    label: ownerName,
    /** People file by family name (members.sort_key), not by the first word of the name shown. */
    order: 'm.sort_key',
    empty: 'No owner',
    inGroups: 'a.owner_id IN (SELECT value FROM json_each(@pageKeys))',
    inEmptyGroup: 'a.owner_id IS NULL',
  },
  organization: {
    key: 'm.organization_id',
    label: 'o.name',
    order: 'o.name COLLATE NOCASE',
    empty: 'No organization',
    inGroups: 'a.owner_id IN (SELECT id FROM members WHERE organization_id IN (SELECT value FROM json_each(@pageKeys)))',
    inEmptyGroup: 'a.owner_id IS NULL OR a.owner_id IN (SELECT id FROM members WHERE organization_id IS NULL)',
  },
} as const;
type Grouping = (typeof groupings)[keyof typeof groupings];
type Group = ActionQueryResult['groups'][number];
interface Filters {
  conditions: string[];
  params: Params;
}

/** Groups come by label, the empty group ("No owner", "No organization") last. */
const groupOrder = (grouping: Grouping) => [`${grouping.key} IS NULL`, grouping.order, grouping.key];

/** "My items first": the member's rows, and when grouped by owner their group, come before the rest. */
const mineFirstTerm = 'a.owner_id IS NOT @mineFirst';

const whereOf = ({ conditions }: Filters) => (conditions.length > 0 ? `WHERE ${conditions.map((condition) => `(${condition})`).join(' AND ')}` : '');

/** The list's row order: "my items first" when asked, the chosen sort, then the id so the order is total. */
function rowOrderOf(options: Pick<ActionQueryOptions, 'sort' | 'mineFirst'>): string[] {
  const dir = directionOf(options);
  return [...(options.mineFirst ? [mineFirstTerm] : []), ...sortTerms(options, dir), `a.id ${dir}`];
}

const directionOf = (options: Pick<ActionQueryOptions, 'sort'>) => (options.sort.direction === 'asc' ? 'ASC' : 'DESC');

export function queryActionItems(db: Db, options: ActionQueryOptions, due: DueDates): ActionQueryResult {
  const filters = filterSql(options, due);
  const mine = options.mineFirst ? { mineFirst: options.mineFirst } : null;
  const rowOrder = rowOrderOf(options);
  const total = isTextOnly(options, due) ? countTextMatches(db, options.text) : (db.prepare(`SELECT count(*) FROM action_items a ${whereOf(filters)}`).pluck().get(filters.params) as number);
  const page = (pageFilters: Filters, order: string[], offset: number) =>
    findActionItems(
      db,
      db
        .prepare(`SELECT a.id FROM action_items a ${ownerJoins} ${whereOf(pageFilters)} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`)
        .pluck()
        .all({ ...pageFilters.params, ...mine, limit: options.limit, offset }) as string[],
      due,
    );
  if (options.groupBy === 'none') {
    if (options.offset > 0 && options.after === null) return { rows: page(filters, rowOrder, options.offset), total, groups: [], next: null };
    const ordered = filterSql(options, due, { orderedRead: true, text: textModeOf(db, options, total) });
    const read = readSegmentedPage(db, {
      segments: segmentsOf(options),
      direction: directionOf(options),
      from: `action_items a ${ownerJoins}`,
      conditions: ordered.conditions,
      params: { ...ordered.params, ...mine },
      limit: options.limit,
      after: options.after,
    });
    return { rows: findActionItems(db, read.ids, due), total, groups: [], next: read.next };
  }

  const grouping = groupings[options.groupBy];
  const groupTerms = [...(mine && options.groupBy === 'owner' ? [mineFirstTerm] : []), ...groupOrder(grouping)];
  const groups = queryGroups(db, grouping, groupTerms, filters, { ...mine, today: due.today });
  const shown = groupsOnPage(groups, options.offset, options.limit);
  if (shown.keys.length === 0) return { rows: [], total, groups, next: null };
  const keys = shown.keys.filter((key) => key !== null);
  const inShownGroups = [...(keys.length > 0 ? [grouping.inGroups] : []), ...(keys.length < shown.keys.length ? [grouping.inEmptyGroup] : [])].join(' OR ');
  const pageFilters = { conditions: [...filters.conditions, inShownGroups], params: { ...filters.params, pageKeys: JSON.stringify(keys) } };
  return { rows: page(pageFilters, [...groupTerms, ...rowOrder], shown.skip), total, groups, next: null };
}

const ROWS_PER_READ = 1000;

/**
 * Every item the filters select, in the list's order, without paging or grouping (what an export needs): the ids
 * in one sorted read, then the rows a thousand at a time. Paging through with OFFSET would sort the whole set again
 * for every page.
 */
export function queryAllActionItems(db: Db, options: Omit<ActionQueryOptions, 'offset' | 'limit' | 'groupBy' | 'after'>, due: DueDates): ActionItem[] {
  const ids = queryAllActionItemIds(db, options, due);
  const items: ActionItem[] = [];
  for (let start = 0; start < ids.length; start += ROWS_PER_READ) items.push(...findActionItems(db, ids.slice(start, start + ROWS_PER_READ), due));
  return items;
}

/** The ids of every item the filters select, in the list's order: one sorted read (a long export reads the rows later, a chunk at a time). */
export function queryAllActionItemIds(db: Db, options: Omit<ActionQueryOptions, 'offset' | 'limit' | 'groupBy' | 'after'>, due: DueDates): string[] {
  const filters = filterSql(options, due);
  const mine = options.mineFirst ? { mineFirst: options.mineFirst } : null;
  return db
    .prepare(`SELECT a.id FROM action_items a ${ownerJoins} ${whereOf(filters)} ORDER BY ${rowOrderOf(options).join(', ')}`)
    .pluck()
    .all({ ...filters.params, ...mine }) as string[];
}

/** The groups a page of rows falls in, and how many rows of the first of them come before the page. */
function groupsOnPage(groups: Group[], offset: number, limit: number): { keys: Array<string | null>; skip: number } {
  const keys: Array<string | null> = [];
  let skip = 0;
  let start = 0;
  for (const group of groups) {
    const end = start + group.count;
    if (end > offset && start < offset + limit) {
      if (keys.length === 0) skip = offset - start;
      keys.push(group.key);
    }
    start = end;
  }
  return { keys, skip };
}

/** Counted per owner first (on action_items' indexes alone), then the few owner rows are joined and grouped. */
function queryGroups(db: Db, grouping: Grouping, groupTerms: string[], filters: Filters, extra: Params): Group[] {
  const rows = db
    .prepare(
      `WITH per_owner AS (
         SELECT a.owner_id, count(*) AS count, coalesce(sum(${unfinished} AND a.due_on < @today), 0) AS overdue
         FROM action_items a ${whereOf(filters)}
         GROUP BY a.owner_id
       )
       SELECT ${grouping.key} AS key, ${grouping.label} AS label, sum(a.count) AS count, sum(a.overdue) AS overdue
       FROM per_owner a ${ownerJoins}
       GROUP BY ${grouping.key}
       ORDER BY ${groupTerms.join(', ')}`,
    )
    .all({ ...filters.params, ...extra }) as Array<{ key: string | null; label: string | null; count: number; overdue: number }>;
  return rows.map((row) => ({ ...row, label: row.key === null || row.label === null ? grouping.empty : row.label }));
}

type FilterOptions = Omit<ActionQueryOptions, 'offset' | 'limit' | 'groupBy' | 'after'>;

/** True when the text is the list's only filter: then the total is the FTS5 index's count of the words alone. */
function isTextOnly(options: FilterOptions, due: DueDates): boolean {
  return options.text !== '' && filterSql({ ...options, text: '' }, due).conditions.length === 0;
}

/**
 * A page read along the due-date index (the default order) walks rows until it has a page; with a text filter, each
 * row it passes is checked against the matching search rowids. That costs about (page × items / matches) checks of
 * ~1.2 µs, against ~4 µs per match for reading the matching ids and sorting them (measured at 300,000 items:
 * docs/benchmarks.md), so the walk is taken when the matches are many: matches² × 3 > page × items.
 */
function textModeOf(db: Db, options: ActionQueryOptions, matches: number): TextFilterMode {
  if (options.text === '' || options.sort.field !== 'dueOn') return 'set';
  return matches * matches * 3 > options.limit * indexedItemCount(db) ? 'walk' : 'set';
}

function filterSql(options: FilterOptions, due: DueDates, read: { orderedRead: boolean; text: TextFilterMode } = { orderedRead: false, text: 'set' }): Filters {
  const { orderedRead } = read;
  const conditions: string[] = [];
  const params: Params = {};
  const where = (condition: string, values: Params = {}) => {
    conditions.push(condition);
    Object.assign(params, values);
  };
  // A page read in the list's order checks the status row by row (`+` keeps SQLite off the status index, which would
  // mean sorting every row of those statuses); counts and groups still read the (status, due_on, owner_id) index.
  const status = orderedRead ? '+a.status' : 'a.status';
  if (options.statuses.length > 0) where(`${status} IN (SELECT value FROM json_each(@statuses))`, { statuses: JSON.stringify(options.statuses) });
  if (options.ownerId) where('a.owner_id = @ownerId', { ownerId: options.ownerId });
  if (options.organizationId) where('a.owner_id IN (SELECT id FROM members WHERE organization_id = @organizationId)', { organizationId: options.organizationId });
  if (options.sector) {
    where('a.owner_id IN (SELECT s.id FROM members s JOIN organizations so ON so.id = s.organization_id WHERE so.sector = @sector)', { sector: options.sector });
  }
  if (options.workgroupId) where('a.owner_id IN (SELECT member_id FROM workgroup_members WHERE workgroup_id = @workgroupId)', { workgroupId: options.workgroupId });
  if (options.sourceMeetingId) where('a.source_meeting_id = @sourceMeetingId', { sourceMeetingId: options.sourceMeetingId });
  if (options.overdue) where(`${unfinished} AND a.due_on < @today`, { today: due.today });
  if (options.dueThisWeek) where(`${unfinished} AND a.due_on BETWEEN @weekStart AND @weekEnd`, { weekStart: due.weekStart, weekEnd: due.weekEnd });
  if (options.text) {
    const text = textFilterSql(options.text, read.text);
    where(text.condition, text.params);
  }
  return { conditions, params };
}

export interface DueTally {
  open: number;
  overdue: number;
  dueSoon: number;
}

/** Unfinished items counted by due state in one pass over the (status, due_on) index. */
export function tallyDue(db: Db, due: DueDates): DueTally {
  return db
    .prepare(
      `SELECT count(*) AS open,
              coalesce(sum(a.due_on < @today), 0) AS overdue,
              coalesce(sum(a.due_on BETWEEN @today AND @soonUntil), 0) AS dueSoon
       FROM action_items a WHERE ${unfinished}`,
    )
    .get({ today: due.today, soonUntil: due.soonUntil }) as DueTally;
}

/** A member's unfinished items that are overdue or due soon, on the (owner_id, status) index. */
export function countDueFor(db: Db, due: DueDates, ownerId: string): number {
  return db.prepare(`SELECT count(*) FROM action_items a WHERE a.owner_id = ? AND ${unfinished} AND a.due_on <= ?`).pluck().get(ownerId, due.soonUntil) as number;
}

/** Unfinished and overdue items per owner's organization; "No organization" (key null) last. */
export function tallyByOrganization(db: Db, due: DueDates): ChannelOutput<'actions.counts'>['byOrganization'] {
  const { organization } = groupings;
  const groups = queryGroups(db, organization, groupOrder(organization), { conditions: [unfinished], params: {} }, { today: due.today });
  return groups.map((group) => ({ organizationId: group.key, organizationName: group.label, open: group.count, overdue: group.overdue }));
}
