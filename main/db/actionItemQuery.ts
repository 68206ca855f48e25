import { type RawBuilder, sql } from 'kysely';
import { actionPriorities, actionStatuses, unfinishedActionStatuses } from '../../shared/contract';
import type { ActionQuery, ActionStatus } from '../../shared/contract';
import { type ActionItemRow, type DueDates, readActionItemRows } from './actionItemRepository';
import { type TextFilterMode, countTextMatches, indexedItemCount, textFilterOf } from './actionItemSearchRepository';
import { type ListSegment, readSegmentedPage, whereAll } from './actionItemPages';
import { type KeptTextMatches, keptTextMatches } from './actionItemTextMatches';
import { countWhere, inValues, nameOrder } from './engine/dialectSql';
import { type StorageDialect, type StorageExecutor, dialectOf } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';

/**
 * The action items list at scale: filters, sort, grouping and paging run in the database as parameterized SQL, the
 * same on both engines except where dialectSql.ts or `dialect` says. Only clause shapes chosen from fixed lists are
 * put together here; every value the user gave is a bound parameter. Filters that follow the owner (organization,
 * sector, workgroup) are `owner_id IN (members …)` subqueries, so the count and the filter need no join and both
 * plan on action_items' indexes.
 */
export interface ActionListOptions {
  statuses: readonly ActionStatus[];
  ownerId: string | null;
  organizationId: string | null;
  sector: string | null;
  workgroupId: string | null;
  sourceMeetingId: string | null;
  overdue: boolean;
  dueThisWeek: boolean;
  text: string;
  mineFirst: string | null;
  sort: { field: ActionSortField; direction: 'asc' | 'desc' };
}
export interface ActionPageOptions extends ActionListOptions {
  groupBy: 'none' | 'owner' | 'organization';
  offset: number;
  limit: number;
  after: string | null;
}
type ActionSortField = NonNullable<ActionQuery['sort']>['field'];

export interface ActionGroupRow {
  key: string | null;
  label: string;
  count: number;
  overdue: number;
}
export interface ActionPage {
  rows: ActionItemRow[];
  total: number;
  groups: ActionGroupRow[];
  next: string | null;
}

type Fragment = RawBuilder<unknown>;

/** "Still needs someone to act"; the statuses are the contract's constants, not input. */
const unfinished = sql.raw(`a.status IN (${unfinishedActionStatuses.map((status) => `'${status}'`).join(', ')})`);

/** The owner and their organization, for ordering and grouping a list. */
const ownerJoins = sql`LEFT JOIN members m ON m.id = a.owner_id LEFT JOIN organizations o ON o.id = m.organization_id`;

const rankOf = (column: string, values: readonly string[]) =>
  sql.raw(`CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index}`).join(' ')} END`);

/** Titles and organization names as the list has always sorted them on the desktop (ASCII case folded); PostgreSQL by the names' collation. */
const caseless = (dialect: StorageDialect, column: string): Fragment =>
  dialect === 'postgres' ? nameOrder(dialect, sql.raw(column)) : sql.raw(`${column} COLLATE NOCASE`);

/**
 * Each sort field's order as segments: rows with a value by that value, then (where the value can be empty: no due
 * date, no owner) the empty ones, so empty values always come last in either direction. Within a segment rows go
 * by the key, then by id in the same direction, which is what lets an index serve the order (due date: the index
 * (due_on, id) of schema step 70) and a page start right after the previous one (actionItemPages.ts).
 */
function sortSegments(dialect: StorageDialect, field: ActionSortField): ListSegment[] {
  const segments: Record<ActionSortField, () => ListSegment[]> = {
    dueOn: () => [
      { where: sql`a.due_on IS NOT NULL`, key: sql`a.due_on` },
      { where: sql`a.due_on IS NULL`, key: null },
    ],
    priority: () => [{ where: null, key: rankOf('a.priority', actionPriorities) }],
    status: () => [{ where: null, key: rankOf('a.status', actionStatuses) }],
    title: () => [{ where: null, key: caseless(dialect, 'a.title') }],
    ownerName: () => [
      { where: sql`a.owner_id IS NOT NULL`, key: sql`m.sort_key` },
      { where: sql`a.owner_id IS NULL`, key: null },
    ],
    organizationName: () => [
      { where: sql`o.name IS NOT NULL`, key: caseless(dialect, 'o.name') },
      { where: sql`o.name IS NULL`, key: null },
    ],
    createdAt: () => [{ where: null, key: sql`a.created_at` }],
  };
  return segments[field]();
}

/** "My items first": the member's rows (and when grouped by owner their group) before the rest. */
const notMine = (dialect: StorageDialect, memberId: string): Fragment =>
  dialect === 'postgres' ? sql`a.owner_id IS DISTINCT FROM ${memberId}` : sql`a.owner_id IS NOT ${memberId}`;

/** "My items first" puts every segment of the member's own rows before the rest. */
function segmentsOf(dialect: StorageDialect, options: Pick<ActionListOptions, 'sort' | 'mineFirst'>): ListSegment[] {
  const segments = sortSegments(dialect, options.sort.field);
  if (!options.mineFirst) return segments;
  const within = (condition: Fragment) =>
    segments.map((segment) => ({ ...segment, where: segment.where ? sql`${condition} AND ${segment.where}` : condition }));
  return [...within(sql`a.owner_id = ${options.mineFirst}`), ...within(notMine(dialect, options.mineFirst))];
}

/** The same order as one ORDER BY (grouped pages, OFFSET reads, exports): "is empty" first (false before true), then the key. */
function sortTerms(dialect: StorageDialect, options: Pick<ActionListOptions, 'sort'>, dir: Fragment): Fragment[] {
  const segments = sortSegments(dialect, options.sort.field);
  const emptyLast = segments.find((segment) => segment.key === null)?.where;
  return [...(emptyLast ? [emptyLast] : []), ...segments.flatMap((segment) => (segment.key ? [sql`${segment.key} ${dir}`] : []))];
}

interface Grouping {
  key: Fragment;
  label: Fragment;
  order: Fragment;
  empty: string;
  inGroups: (keys: readonly string[]) => Fragment;
  inEmptyGroup: Fragment;
  /** What PostgreSQL needs grouped besides the key to show the label and order by it (SQLite reads them from the group's row). */
  alsoGrouped: Fragment[];
}

/**
 * Each grouping: its key and label, the name of the empty group, and the SQL that keeps only the rows of some
 * groups (the ones a page shows), so a grouped page sorts those rows, not the whole filtered set.
 */
function groupingOf(dialect: StorageDialect, by: 'owner' | 'organization'): Grouping {
  if (by === 'owner') {
    return {
      key: sql`a.owner_id`,
      label: shownNameOf('m'),
      /** People file by family name (members.sort_key), not by the first word of the name shown. */
      order: sql`m.sort_key`,
      empty: 'No owner',
      inGroups: (keys) => inValues(dialect, sql`a.owner_id`, keys),
      inEmptyGroup: sql`a.owner_id IS NULL`,
      alsoGrouped: [sql`m.display_name`, sql`m.full_name`, sql`m.sort_key`],
    };
  }
  return {
    key: sql`m.organization_id`,
    label: sql`o.name`,
    order: caseless(dialect, 'o.name'),
    empty: 'No organization',
    inGroups: (keys) => sql`a.owner_id IN (SELECT id FROM members WHERE ${inValues(dialect, sql`organization_id`, keys)})`,
    inEmptyGroup: sql`a.owner_id IS NULL OR a.owner_id IN (SELECT id FROM members WHERE organization_id IS NULL)`,
    alsoGrouped: [sql`o.name`],
  };
}

/** Groups come by label, the empty group ("No owner", "No organization") last. */
const groupOrder = (grouping: Grouping): Fragment[] => [sql`${grouping.key} IS NULL`, grouping.order, grouping.key];

const directionOf = (options: Pick<ActionListOptions, 'sort'>) => (options.sort.direction === 'asc' ? 'ASC' : 'DESC');

/** The list's row order: "my items first" when asked, the chosen sort, then the id so the order is total. */
function rowOrderOf(dialect: StorageDialect, options: Pick<ActionListOptions, 'sort' | 'mineFirst'>): Fragment[] {
  const dir = sql.raw(directionOf(options));
  return [...(options.mineFirst ? [notMine(dialect, options.mineFirst)] : []), ...sortTerms(dialect, options, dir), sql`a.id ${dir}`];
}

const orderBy = (terms: readonly Fragment[]) => sql.join([...terms]);

export async function queryActionItems(db: StorageExecutor, options: ActionPageOptions, due: DueDates): Promise<ActionPage> {
  const dialect = dialectOf(db);
  const kept = dialect === 'sqlcipher' && options.text !== '' ? await keptTextMatches(db, options.text, { fill: options.after !== null }) : null;
  const filters = filterSql(dialect, options, due, { orderedRead: false, text: 'set', kept });
  const rowOrder = rowOrderOf(dialect, options);
  const total = isTextOnly(dialect, options, due) ? (kept?.total ?? (await countTextMatches(db, options.text))) : await countAll(db, filters);
  const page = async (pageFilters: Fragment[], order: Fragment[], offset: number) => {
    const { rows } = await sql<{
      id: string;
    }>`SELECT a.id FROM action_items a ${ownerJoins} ${whereAll(pageFilters)} ORDER BY ${orderBy(order)} LIMIT ${options.limit} OFFSET ${offset}`.execute(db);
    return readActionItemRows(
      db,
      rows.map((row) => row.id),
    );
  };
  if (options.groupBy === 'none') {
    if (options.offset > 0 && options.after === null) return { rows: await page(filters, rowOrder, options.offset), total, groups: [], next: null };
    const read = await readSegmentedPage(db, {
      segments: segmentsOf(dialect, options),
      direction: directionOf(options),
      from: sql`action_items a ${ownerJoins}`,
      conditions: filterSql(dialect, options, due, { orderedRead: true, text: await textModeOf(db, options, total), kept }),
      limit: options.limit,
      after: options.after,
    });
    return { rows: await readActionItemRows(db, read.ids), total, groups: [], next: read.next };
  }

  const grouping = groupingOf(dialect, options.groupBy);
  const groupTerms = [...(options.mineFirst && options.groupBy === 'owner' ? [notMine(dialect, options.mineFirst)] : []), ...groupOrder(grouping)];
  const groups = await queryGroups(db, grouping, groupTerms, filters, due);
  const shown = groupsOnPage(groups, options.offset, options.limit);
  if (shown.keys.length === 0) return { rows: [], total, groups, next: null };
  const keys = shown.keys.filter((key) => key !== null);
  const inShownGroups = sql.join(
    [...(keys.length > 0 ? [grouping.inGroups(keys)] : []), ...(keys.length < shown.keys.length ? [grouping.inEmptyGroup] : [])],
    sql` OR `,
  );
  return { rows: await page([...filters, inShownGroups], [...groupTerms, ...rowOrder], shown.skip), total, groups, next: null };
}

/**
 * The ids of every item the filters select, in the list's order, in one sorted read (the exports: a list, a calendar,
 * digests; a long export reads the rows later, a chunk at a time).
 */
export async function readActionItemIds(db: StorageExecutor, options: ActionListOptions, due: DueDates): Promise<string[]> {
  const dialect = dialectOf(db);
  const { rows } = await sql<{
    id: string;
  }>`SELECT a.id FROM action_items a ${ownerJoins} ${whereAll(filterSql(dialect, options, due))} ORDER BY ${orderBy(rowOrderOf(dialect, options))}`.execute(db);
  return rows.map((row) => row.id);
}

/** The groups a page of rows falls in, and how many rows of the first of them come before the page. */
function groupsOnPage(groups: ActionGroupRow[], offset: number, limit: number): { keys: Array<string | null>; skip: number } {
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
async function queryGroups(db: StorageExecutor, grouping: Grouping, groupTerms: Fragment[], filters: Fragment[], due: DueDates): Promise<ActionGroupRow[]> {
  const dialect = dialectOf(db);
  const grouped = sql.join([grouping.key, ...(dialect === 'postgres' ? grouping.alsoGrouped : [])]);
  const { rows } = await sql<{ key: string | null; label: string | null; count: number; overdue: number }>`WITH per_owner AS (
         SELECT a.owner_id, count(*) AS count, ${countWhere(dialect, sql`${unfinished} AND a.due_on < ${due.today}`)} AS overdue
         FROM action_items a ${whereAll(filters)}
         GROUP BY a.owner_id
       )
       SELECT ${grouping.key} AS key, ${grouping.label} AS label, sum(a.count) AS count, sum(a.overdue) AS overdue
       FROM per_owner a ${ownerJoins}
       GROUP BY ${grouped}
       ORDER BY ${orderBy(groupTerms)}`.execute(db);
  return rows.map((row) => ({ ...row, label: row.key === null || row.label === null ? grouping.empty : row.label }));
}

async function countAll(db: StorageExecutor, filters: Fragment[]): Promise<number> {
  const { rows } = await sql<{ total: number }>`SELECT count(*) AS total FROM action_items a ${whereAll(filters)}`.execute(db);
  return rows[0]?.total ?? 0;
}

/** True when the text is the list's only filter: then the total is the full-text index's count of the words alone. */
function isTextOnly(dialect: StorageDialect, options: ActionListOptions, due: DueDates): boolean {
  return options.text !== '' && filterSql(dialect, { ...options, text: '' }, due).length === 0;
}

/**
 * A page read along the due-date index (the default order) walks rows until it has a page; with a text filter, each
 * row it passes is checked against the matching documents. That costs about (page × items / matches) checks of
 * ~1.2 µs, against ~4 µs per match for reading the matching ids and sorting them (measured at 300,000 items on
 * SQLite: docs/benchmarks.md), so the walk is taken when the matches are many: matches² × 3 > page × items.
 */
async function textModeOf(db: StorageExecutor, options: ActionPageOptions, matches: number): Promise<TextFilterMode> {
  if (options.text === '' || options.sort.field !== 'dueOn') return 'set';
  return matches * matches * 3 > options.limit * (await indexedItemCount(db)) ? 'walk' : 'set';
}

/** How a statement reads the list: in its order or not, the text filter's mode, and the desktop's kept matches of the text. */
interface ReadOptions {
  orderedRead: boolean;
  text: TextFilterMode;
  kept?: KeptTextMatches | null;
}

function filterSql(dialect: StorageDialect, options: ActionListOptions, due: DueDates, read: ReadOptions = { orderedRead: false, text: 'set' }): Fragment[] {
  const { orderedRead } = read;
  const conditions: Fragment[] = [];
  // A page read in the list's order checks the status row by row (`+` keeps SQLite off the status index, which would
  // mean sorting every row of those statuses); counts and groups still read the (status, due_on, owner_id) index.
  const status = orderedRead && dialect === 'sqlcipher' ? sql`+a.status` : sql`a.status`;
  if (options.statuses.length > 0) conditions.push(inValues(dialect, status, options.statuses));
  if (options.ownerId) conditions.push(sql`a.owner_id = ${options.ownerId}`);
  if (options.organizationId) conditions.push(sql`a.owner_id IN (SELECT id FROM members WHERE organization_id = ${options.organizationId})`);
  if (options.sector)
    conditions.push(sql`a.owner_id IN (SELECT s.id FROM members s JOIN organizations so ON so.id = s.organization_id WHERE so.sector = ${options.sector})`);
  if (options.workgroupId) conditions.push(sql`a.owner_id IN (SELECT member_id FROM workgroup_members WHERE workgroup_id = ${options.workgroupId})`);
  if (options.sourceMeetingId) conditions.push(sql`a.source_meeting_id = ${options.sourceMeetingId}`);
  if (options.overdue) conditions.push(sql`${unfinished} AND a.due_on < ${due.today}`);
  if (options.dueThisWeek) conditions.push(sql`${unfinished} AND a.due_on BETWEEN ${due.weekStart} AND ${due.weekEnd}`);
  if (options.text) conditions.push(read.kept ? read.kept.filter(read.text) : textFilterOf(dialect, options.text, read.text));
  return conditions;
}

export interface DueTally {
  open: number;
  overdue: number;
  dueSoon: number;
}

/** Unfinished items counted by due state in one pass over the (status, due_on) index. */
export async function tallyDue(db: StorageExecutor, due: DueDates): Promise<DueTally> {
  const dialect = dialectOf(db);
  const { rows } = await sql<DueTally>`SELECT count(*) AS open,
              ${countWhere(dialect, sql`a.due_on < ${due.today}`)} AS overdue,
              ${countWhere(dialect, sql`a.due_on BETWEEN ${due.today} AND ${due.soonUntil}`)} AS "dueSoon"
       FROM action_items a WHERE ${unfinished}`.execute(db);
  return rows[0] ?? { open: 0, overdue: 0, dueSoon: 0 };
}

/** A member's unfinished items that are overdue or due soon, on the (owner_id, status) index. */
export async function countDueFor(db: StorageExecutor, due: DueDates, ownerId: string): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM action_items a WHERE a.owner_id = ${ownerId} AND ${unfinished} AND a.due_on <= ${due.soonUntil}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Unfinished and overdue items per owner's organization; "No organization" (key null) last. */
export function tallyByOrganization(db: StorageExecutor, due: DueDates): Promise<ActionGroupRow[]> {
  const organization = groupingOf(dialectOf(db), 'organization');
  return queryGroups(db, organization, groupOrder(organization), [unfinished], due);
}
