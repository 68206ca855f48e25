import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { actionItemTextIndexer, putActionItemText } from './actionItemSearchRepository';
import { insertSql } from './columnList';
import { chunksOf } from './engine/chunks';
import { compiledOnce } from './engine/compiledOnce';
import type { ActionItemStatus } from './engine/schema';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { inIdOrder } from './inIdOrder';
import { indexMeetingDocument } from './meetingSearchRepository';
import { shownNameOf, shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

/**
 * Action items and their status history. The owner's organization and sector are joined at read time, never
 * copied, so an item follows its owner when they change organization. Every write keeps the item's document in
 * the meeting search index (title; details and the owner's shown name) and the list's text filter index (title and
 * details) in the same transaction, both through the search port.
 */
export interface ActionItemFields {
  title: string;
  details: string;
  ownerId: string | null;
  dueOn: string | null;
  priority: 'high' | 'normal' | 'low';
}

export interface ActionItemRecord extends ActionItemFields {
  id: string;
  status: ActionItemStatus;
  sourceMeetingId: string | null;
  sourceAgendaItemId: string | null;
  completedOn: string | null;
}

/** The dates "overdue" and "due soon" are measured from; see services/actionItemsDueDates.ts. */
export interface DueDates {
  today: string;
  soonUntil: string;
  weekStart: string;
  weekEnd: string;
}

export interface StatusChange {
  to: ActionItemStatus;
  note: string;
  meetingId: string | null;
  profile: string;
  at: string;
  /** The completion date when an item becomes done. */
  today: string;
}

export type ItemStatus = Awaited<ReturnType<typeof readStatuses>>[number];
export type ActionItemRow = Awaited<ReturnType<typeof readActionItemRows>>[number];

/** Ids per read (a page, an export's chunk of 1,000): well under both engines' limits on bound parameters. */
const IDS_PER_READ = 1000;

const index = (db: StorageExecutor) => searchIndexFor({ dialect: dialectOf(db) });

/** A new item in the caller's transaction, with its first status update (from none) and its search documents. */
export async function addActionItem(db: StorageExecutor, item: ActionItemRecord, profile: string, at: string): Promise<void> {
  await db
    .insertInto('action_items')
    .values({
      id: item.id,
      title: item.title,
      details: item.details,
      owner_id: item.ownerId,
      due_on: item.dueOn,
      priority: item.priority,
      status: item.status,
      source_meeting_id: item.sourceMeetingId,
      source_agenda_item_id: item.sourceAgendaItemId,
      completed_on: item.completedOn,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await addHistory(db, [{ id: item.id, status: null }], { to: item.status, note: '', meetingId: null, profile, at });
  await indexItem(db, item.id);
}

export async function saveActionItemFields(db: StorageExecutor, id: string, fields: ActionItemFields, at: string): Promise<void> {
  await db
    .updateTable('action_items')
    .set({ title: fields.title, details: fields.details, owner_id: fields.ownerId, due_on: fields.dueOn, priority: fields.priority, updated_at: at })
    .where('id', '=', id)
    .execute();
  await indexItem(db, id);
}

/**
 * Moves items to a status, each with a dated update, 500 per statement (a bulk change may hold 100,000). The
 * completion date is set on becoming done (kept when the item was done already) and cleared otherwise.
 */
export async function writeStatusChanges(db: StorageExecutor, items: readonly ItemStatus[], change: StatusChange): Promise<void> {
  for (const chunk of chunksOf(items)) {
    await db
      .updateTable('action_items')
      .set({
        status: change.to,
        completed_on: change.to === 'done' ? sql<string | null>`CASE WHEN status = 'done' THEN completed_on ELSE ${change.today} END` : null,
        updated_at: change.at,
      })
      .where(
        'id',
        'in',
        chunk.map((item) => item.id),
      )
      .execute();
    await addHistory(db, chunk, change);
  }
}

async function addHistory(
  db: StorageExecutor,
  items: ReadonlyArray<{ id: string; status: ActionItemStatus | null }>,
  change: Omit<StatusChange, 'today'>,
): Promise<void> {
  await db
    .insertInto('action_item_updates')
    .values(
      items.map((item) => ({
        id: uuidv7(),
        action_item_id: item.id,
        at: change.at,
        from_status: item.status,
        to_status: change.to,
        note: change.note,
        meeting_id: change.meetingId,
        profile: change.profile,
      })),
    )
    .execute();
}

/** An item is found by its title, details and its owner's shown name (a protected owner by display name only). */
async function indexItem(db: StorageExecutor, id: string): Promise<void> {
  const row = await db
    .selectFrom('action_items as a')
    .leftJoin('members as m', 'm.id', 'a.owner_id')
    .select(['a.title', 'a.details', shownNameOf('m').$castTo<string | null>().as('ownerName')])
    .where('a.id', '=', id)
    .executeTakeFirstOrThrow();
  await index(db).put(db, 'meetings', { kind: 'action-item', refId: id, title: row.title, body: [row.details, row.ownerName ?? ''] });
  await putActionItemText(db, id, row.title, row.details);
}

/** The columns of an item as the list and its page show it: owner, organization and source joined. */
function itemRows(db: StorageExecutor, ids: readonly string[]) {
  return db
    .selectFrom('action_items as a')
    .leftJoin('members as m', 'm.id', 'a.owner_id')
    .leftJoin('organizations as o', 'o.id', 'm.organization_id')
    .leftJoin('meetings as sm', 'sm.id', 'a.source_meeting_id')
    .leftJoin('agenda_items as sa', 'sa.id', 'a.source_agenda_item_id')
    .select(['a.id', 'a.title', 'a.details', 'a.owner_id as ownerId', 'a.due_on as dueOn', 'a.priority', 'a.status'])
    .select([shownNameOf('m').$castTo<string | null>().as('ownerName'), 'm.organization_id as organizationId', 'o.name as organizationName', 'o.sector'])
    .select(['a.source_meeting_id as sourceMeetingId', 'sm.title as sourceMeetingTitle', 'sm.starts_at as sourceMeetingStartsAt'])
    .select([
      'a.source_agenda_item_id as sourceAgendaItemId',
      'sa.title as sourceAgendaItemTitle',
      'a.completed_on as completedOn',
      'a.created_at as createdAt',
      'a.updated_at as updatedAt',
    ])
    .where('a.id', 'in', ids);
}

// Every page of the action items (and each chunk an export reads) runs this: built once, not on every call.
const itemsWithIds = compiledOnce((db, { ids }: { ids: readonly string[] }) => itemRows(db, ids));

/** Items by id, in the order of `ids`; unknown ids are left out. */
export async function readActionItemRows(db: StorageExecutor, ids: readonly string[]) {
  const rows = [];
  for (const chunk of chunksOf(ids, IDS_PER_READ)) rows.push(...(await itemsWithIds(db, { ids: chunk })));
  return inIdOrder(ids, rows);
}

/** The current status of each known id. */
export async function readStatuses(db: StorageExecutor, ids: readonly string[]) {
  const found = [];
  for (const chunk of chunksOf(ids, IDS_PER_READ))
    found.push(...(await db.selectFrom('action_items').select(['id', 'status', 'completed_on as completedOn']).where('id', 'in', chunk).execute()));
  return found;
}

/** The dated status history of one item, newest first, with the meeting each update was given at. */
export function readActionUpdates(db: StorageExecutor, actionItemId: string) {
  return db
    .selectFrom('action_item_updates as u')
    .leftJoin('meetings as mt', 'mt.id', 'u.meeting_id')
    .select([
      'u.id',
      'u.at',
      'u.from_status as fromStatus',
      'u.to_status as toStatus',
      'u.note',
      'u.meeting_id as meetingId',
      'mt.title as meetingTitle',
      'u.profile',
    ])
    .where('u.action_item_id', '=', actionItemId)
    .orderBy('u.at', 'desc')
    .orderBy('u.id', 'desc')
    .execute();
}

export function readOwnerCandidate(db: StorageExecutor, memberId: string) {
  return db
    .selectFrom('members')
    .select(['id', shownNameOf('members').as('shownName'), 'archived_at as archivedAt'])
    .where('id', '=', memberId)
    .executeTakeFirst();
}

/** The meeting an agenda item belongs to, if the item exists. */
export function readAgendaItemMeeting(db: StorageExecutor, agendaItemId: string) {
  return db.selectFrom('agenda_items').select(['meeting_id as meetingId', 'title']).where('id', '=', agendaItemId).executeTakeFirst();
}

// ---------- The bench's and the scale datasets' writer: many items on the synchronous connection, statements
// prepared once (Kysely prepares per query). The services write through addActionItem above.

const recordColumns = ['title', 'details', 'ownerId', 'dueOn', 'priority', 'status', 'sourceMeetingId', 'sourceAgendaItemId', 'completedOn'] as const;

/** New items in the caller's transaction, each with its first status update and its search documents. */
export function insertActionItems(db: Db, items: readonly ActionItemRecord[], profile: string, at: string): void {
  const insert = db.prepare(insertSql('action_items', recordColumns));
  const history = db.prepare(
    `INSERT INTO action_item_updates (id, action_item_id, at, from_status, to_status, note, meeting_id, profile) VALUES (?, ?, ?, NULL, ?, '', NULL, ?)`,
  );
  const indexText = actionItemTextIndexer(db);
  const ownerIds = [...new Set(items.flatMap((item) => item.ownerId ?? []))];
  const ownerNames = new Map(
    db
      .prepare(`SELECT id, ${shownNameSql('members')} FROM members WHERE id IN (SELECT value FROM json_each(?))`)
      .raw()
      .all(JSON.stringify(ownerIds)) as Array<[string, string]>,
  );
  for (const item of items) {
    insert.run({ ...item, createdAt: at, updatedAt: at });
    history.run(uuidv7(), item.id, at, item.status, profile);
    indexMeetingDocument(db, 'action-item', item.id, item.title, [item.details, item.ownerId ? (ownerNames.get(item.ownerId) ?? '') : '']);
    indexText(item.id, item.title, item.details);
  }
}
