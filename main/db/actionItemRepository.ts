import { uuidv7 } from 'uuidv7';
import type { ActionItem, ActionStatus, ActionUpdate, ChannelParsedInput } from '../../shared/contract';
import { unfinishedActionStatuses } from '../../shared/contract';
import { actionItemTextIndexer } from './actionItemSearchRepository';
import { insertSql, updateSql } from './columnList';
import { indexMeetingDocument } from './meetingSearchRepository';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

/**
 * Action items and their status history. The owner's organization and sector are joined at read time, never
 * copied, so an item follows its owner when they change organization. Every write keeps the item's document in
 * the meeting search index (title; details and the owner's shown name) and the list's text filter index (title and
 * details) in the same transaction.
 */
export type ActionItemFields = Omit<ChannelParsedInput<'actions.update'>, 'id'>;
export interface ActionItemRecord extends ActionItemFields {
  status: ActionStatus;
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

export interface HistoryEntry {
  to: ActionStatus;
  note: string;
  meetingId: string | null;
  profile: string;
  at: string;
}

export interface StatusChange extends HistoryEntry {
  /** The completion date when the item becomes done. */
  today: string;
}

export interface OwnerCandidate {
  id: string;
  shownName: string;
  archived: boolean;
}

const editableFields = ['title', 'details', 'ownerId', 'dueOn', 'priority'] as const;
const recordFields = [...editableFields, 'status', 'sourceMeetingId', 'sourceAgendaItemId', 'completedOn'] as const;

/** SQL for "still needs someone to act"; the statuses are the contract's constants, not input. */
export const unfinishedSql = (alias: string): string => `${alias}.status IN (${unfinishedActionStatuses.map((status) => `'${status}'`).join(', ')})`;

/** The owner and their organization, for reading an item or ordering and grouping a list. */
export const ownerJoins = 'LEFT JOIN members m ON m.id = a.owner_id LEFT JOIN organizations o ON o.id = m.organization_id';

const itemColumns = `
  a.id, a.title, a.details, a.owner_id AS ownerId, a.due_on AS dueOn, a.priority, a.status,
  ${shownNameSql('m')} AS ownerName, m.organization_id AS organizationId, o.name AS organizationName, o.sector,
  a.source_meeting_id AS sourceMeetingId, sm.title AS sourceMeetingTitle, sm.starts_at AS sourceMeetingStartsAt,
  a.source_agenda_item_id AS sourceAgendaItemId, sa.title AS sourceAgendaItemTitle,
  a.completed_on AS completedOn, a.created_at AS createdAt, a.updated_at AS updatedAt`;

type ActionItemRow = Omit<ActionItem, 'overdue' | 'dueSoon'>;

export function updateActionItem(db: Db, id: string, fields: ActionItemFields, at: string): void {
  db.prepare(updateSql('action_items', editableFields)).run({ ...fields, id, updatedAt: at });
  indexActionItem(db, id);
  actionItemTextIndexer(db)(id, fields.title, fields.details);
}

/**
 * New items in the caller's transaction, each with its first status update (from none) and its search document.
 * Statements are prepared once, so this is also the path for large datasets (scale tests, bench, sample data).
 */
export function insertActionItems(db: Db, items: ReadonlyArray<ActionItemRecord & { id: string }>, profile: string, at: string): void {
  const insert = db.prepare(insertSql('action_items', recordFields));
  const record = historyWriter(db);
  const indexText = actionItemTextIndexer(db);
  const ownerIds = [...new Set(items.flatMap((item) => item.ownerId ?? []))];
  const ownerNames = new Map(
    db.prepare(`SELECT id, ${shownNameSql('members')} FROM members WHERE id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ownerIds)) as Array<[string, string]>,
  );
  for (const item of items) {
    insert.run({ ...item, createdAt: at, updatedAt: at });
    record(item.id, null, { to: item.status, note: '', meetingId: null, profile, at });
    indexDocument(db, item.id, item.title, item.details, item.ownerId ? (ownerNames.get(item.ownerId) ?? '') : '');
    indexText(item.id, item.title, item.details);
  }
}

/**
 * Returns a writer that moves one item to a status and appends the dated update, with statements prepared once
 * (a bulk change calls it thousands of times). The completion date is set on becoming done and cleared otherwise.
 */
export function statusWriter(db: Db): (item: { id: string; status: ActionStatus; completedOn: string | null }, change: StatusChange) => void {
  const update = db.prepare('UPDATE action_items SET status = @status, completed_on = @completedOn, updated_at = @at WHERE id = @id');
  const record = historyWriter(db);
  return (item, change) => {
    const completedOn = change.to !== 'done' ? null : item.status === 'done' ? item.completedOn : change.today;
    update.run({ id: item.id, status: change.to, completedOn, at: change.at });
    record(item.id, item.status, change);
  };
}

function historyWriter(db: Db): (itemId: string, from: ActionStatus | null, change: HistoryEntry) => void {
  const insert = db.prepare(
    `INSERT INTO action_item_updates (id, action_item_id, at, from_status, to_status, note, meeting_id, profile)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (itemId, from, change) => {
    insert.run(uuidv7(), itemId, change.at, from, change.to, change.note, change.meetingId, change.profile);
  };
}

export function findActionItem(db: Db, id: string, due: DueDates): ActionItem | undefined {
  return findActionItems(db, [id], due)[0];
}

/** Items by id, in the order of `ids`; unknown ids are left out. */
export function findActionItems(db: Db, ids: readonly string[], due: DueDates): ActionItem[] {
  const rows = db
    .prepare(
      `SELECT ${itemColumns}
       FROM action_items a ${ownerJoins}
       LEFT JOIN meetings sm ON sm.id = a.source_meeting_id
       LEFT JOIN agenda_items sa ON sa.id = a.source_agenda_item_id
       WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as ActionItemRow[];
  const byId = new Map(rows.map((row) => [row.id, withDueFlags(row, due)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const STATUS_CHUNK = 1000;

/** The current status of each known id, read in chunks so any number of ids uses one prepared statement. */
export function readStatuses(db: Db, ids: readonly string[]): Array<{ id: string; status: ActionStatus; completedOn: string | null }> {
  const select = db.prepare('SELECT id, status, completed_on AS completedOn FROM action_items WHERE id IN (SELECT value FROM json_each(?))');
  const found: Array<{ id: string; status: ActionStatus; completedOn: string | null }> = [];
  for (let start = 0; start < ids.length; start += STATUS_CHUNK) {
    found.push(...(select.all(JSON.stringify(ids.slice(start, start + STATUS_CHUNK))) as typeof found));
  }
  return found;
}

/** The dated status history of one item, newest first, with the meeting each update was given at. */
export function listActionUpdates(db: Db, actionItemId: string): ActionUpdate[] {
  return db
    .prepare(
      `SELECT u.id, u.at, u.from_status AS fromStatus, u.to_status AS toStatus, u.note, u.meeting_id AS meetingId,
              mt.title AS meetingTitle, u.profile
       FROM action_item_updates u LEFT JOIN meetings mt ON mt.id = u.meeting_id
       WHERE u.action_item_id = ?
       ORDER BY u.at DESC, u.id DESC`,
    )
    .all(actionItemId) as ActionUpdate[];
}

export function findOwnerCandidate(db: Db, memberId: string): OwnerCandidate | undefined {
  const row = db.prepare(`SELECT id, ${shownNameSql('members')} AS shownName, archived_at AS archivedAt FROM members WHERE id = ?`).get(memberId) as
    | { id: string; shownName: string; archivedAt: string | null }
    | undefined;
  return row && { id: row.id, shownName: row.shownName, archived: row.archivedAt !== null };
}

/** The meeting an agenda item belongs to, if the item exists. */
export function findAgendaItemMeeting(db: Db, agendaItemId: string): { meetingId: string; title: string } | undefined {
  return db.prepare('SELECT meeting_id AS meetingId, title FROM agenda_items WHERE id = ?').get(agendaItemId) as { meetingId: string; title: string } | undefined;
}

/** An item is found by its title, details and its owner's shown name (a protected owner by display name only). */
function indexActionItem(db: Db, id: string): void {
  const row = db
    .prepare(`SELECT a.title, a.details, coalesce(${shownNameSql('m')}, '') AS ownerName FROM action_items a ${ownerJoins} WHERE a.id = ?`)
    .get(id) as { title: string; details: string; ownerName: string };
  indexDocument(db, id, row.title, row.details, row.ownerName);
}

function indexDocument(db: Db, id: string, title: string, details: string, ownerName: string): void {
  indexMeetingDocument(db, 'action-item', id, title, [details, ownerName]);
}

export function withDueFlags(row: ActionItemRow, due: DueDates): ActionItem {
  const unfinished = (unfinishedActionStatuses as readonly string[]).includes(row.status);
  const dueOn = row.dueOn;
  return {
    ...row,
    overdue: unfinished && dueOn !== null && dueOn < due.today,
    dueSoon: unfinished && dueOn !== null && dueOn >= due.today && dueOn <= due.soonUntil,
  };
}
