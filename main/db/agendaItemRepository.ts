import type { AgendaItem } from '../../shared/contract';
import { toFlag } from './columnList';
import { type Generated, sql } from 'kysely';
import type { Schema } from './engine/schema';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { searchIndexFor } from './engine/search/searchIndexFor';
import { type MeetingState, amendingOf } from './meetingRepository';
import { shownNameOf } from './memberShownName';

export type AgendaItemFields = Pick<AgendaItem, 'title' | 'type' | 'presenterId' | 'timeboxMinutes' | 'description'>;

export interface NewAgendaItem extends AgendaItemFields {
  meetingId: string;
  /** The role stored in agenda_items; a plan or data review is stored 'regular' with its kind beside it (migration 0150). */
  role: Schema['agenda_items']['role'] extends Generated<infer Stored> ? Stored : never;
  carriedOverFromItemId: string | null;
  approvesMeetingId: string | null;
}

/** What saving notes needs to know, with the item's meeting state for the editability rule, in one small read. */
export interface NotesTarget extends MeetingState {
  id: string;
  meetingId: string;
  title: string;
  description: string;
  notesConfidential: boolean;
}

const agendaDocument = (id: string, fields: Pick<AgendaItemFields, 'title' | 'description'>, notesText: string) => ({
  kind: 'agenda-item',
  refId: id,
  title: fields.title,
  body: [fields.description, notesText],
});

const indexOf = (db: StorageExecutor) => searchIndexFor({ dialect: dialectOf(db) });

/** Appends items to the end of a meeting's agenda, in the order given. */
export async function addAgendaItems(db: StorageExecutor, ids: readonly string[], items: readonly NewAgendaItem[], at: string): Promise<void> {
  for (const [index, item] of items.entries()) {
    const last = await db
      .selectFrom('agenda_items')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('meeting_id', '=', item.meetingId)
      .executeTakeFirst();
    const id = ids[index] ?? '';
    await db
      .insertInto('agenda_items')
      .values({
        id,
        meeting_id: item.meetingId,
        position: Number(last?.position ?? 0) + 1,
        title: item.title,
        type: item.type,
        role: item.role,
        status: 'open',
        presenter_id: item.presenterId,
        timebox_minutes: item.timeboxMinutes,
        description: item.description,
        carried_over_from_item_id: item.carriedOverFromItemId,
        approves_meeting_id: item.approvesMeetingId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await indexOf(db).put(db, 'meetings', agendaDocument(id, item, ''));
  }
}

export async function updateAgendaItemFields(db: StorageExecutor, id: string, fields: AgendaItemFields, at: string): Promise<void> {
  const { notesText } = await db
    .updateTable('agenda_items')
    .set({
      title: fields.title,
      type: fields.type,
      presenter_id: fields.presenterId,
      timebox_minutes: fields.timeboxMinutes,
      description: fields.description,
      updated_at: at,
    })
    .where('id', '=', id)
    .returning('notes_text as notesText')
    .executeTakeFirstOrThrow();
  await indexOf(db).put(db, 'meetings', agendaDocument(id, fields, notesText));
}

export async function setAgendaItemStatus(db: StorageExecutor, id: string, status: AgendaItem['status'], at: string): Promise<void> {
  await db.updateTable('agenda_items').set({ status, updated_at: at }).where('id', '=', id).execute();
}

/** The autosave path: one UPDATE and one index write. */
export async function storeNotes(
  db: StorageExecutor,
  item: NotesTarget,
  notes: { html: string; text: string; confidential: boolean },
  at: string,
): Promise<void> {
  await db
    .updateTable('agenda_items')
    .set({ notes_html: notes.html, notes_text: notes.text, notes_confidential: toFlag(notes.confidential), notes_updated_at: at })
    .where('id', '=', item.id)
    .execute();
  await indexOf(db).put(db, 'meetings', agendaDocument(item.id, item, notes.text));
}

export async function deleteAgendaItem(db: StorageExecutor, id: string): Promise<void> {
  await db.deleteFrom('agenda_items').where('id', '=', id).execute();
  await indexOf(db).remove(db, 'meetings', 'agenda-item', [id]);
}

/** Positions 1..n in the order given. */
export async function orderAgenda(db: StorageExecutor, orderedIds: readonly string[]): Promise<void> {
  for (const [index, id] of orderedIds.entries())
    await db
      .updateTable('agenda_items')
      .set({ position: index + 1 })
      .where('id', '=', id)
      .execute();
}

export async function readAgenda(db: StorageExecutor, meetingId: string): Promise<AgendaItem[]> {
  return (await agendaItems(db).where('i.meeting_id', '=', meetingId).execute()).map(toItem);
}

export async function findAgendaItem(db: StorageExecutor, id: string): Promise<AgendaItem | undefined> {
  const row = await agendaItems(db).where('i.id', '=', id).executeTakeFirst();
  return row && toItem(row);
}

export async function readNotesTarget(db: StorageExecutor, id: string): Promise<NotesTarget | undefined> {
  const row = await db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.meeting_id as meetingId', 'i.title', 'i.description', 'i.notes_confidential as notesConfidential'])
    .select(['m.status as meetingStatus', 'm.title as meetingTitle', amendingOf('m').as('amending')])
    .where('i.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, notesConfidential: row.notesConfidential === 1, amending: Boolean(row.amending) };
}

/** The open regular items of a meeting that were not carried over yet. */
export async function readItemsToCarry(db: StorageExecutor, meetingId: string): Promise<AgendaItem[]> {
  const rows = await agendaItems(db)
    .where('i.meeting_id', '=', meetingId)
    .where('i.role', '=', 'regular')
    .where('r.kind', 'is', null)
    .where('i.status', '=', 'open')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('agenda_items as c').select('c.id').whereRef('c.carried_over_from_item_id', '=', 'i.id'))))
    .execute();
  return rows.map(toItem);
}

/** Marks an item already on the next agenda (from a template) as the continuation of an unfinished one. */
export async function markContinuation(db: StorageExecutor, id: string, fromItemId: string, at: string): Promise<void> {
  await db.updateTable('agenda_items').set({ carried_over_from_item_id: fromItemId, updated_at: at }).where('id', '=', id).execute();
}

/** What still points at an item: decisions, action items, later copies of it and plan updates recorded on it. */
export async function agendaItemReferences(
  db: StorageExecutor,
  id: string,
): Promise<{ decisions: number; actionItems: number; carriedTo: number; planUpdates: number }> {
  const count = async (query: Promise<{ n: number | string | bigint } | undefined>) => Number((await query)?.n ?? 0);
  return {
    decisions: await count(
      db
        .selectFrom('decisions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('agenda_item_id', '=', id)
        .executeTakeFirst(),
    ),
    actionItems: await count(
      db
        .selectFrom('action_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('source_agenda_item_id', '=', id)
        .executeTakeFirst(),
    ),
    carriedTo: await count(
      db
        .selectFrom('agenda_items')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('carried_over_from_item_id', '=', id)
        .executeTakeFirst(),
    ),
    planUpdates: await count(
      db
        .selectFrom('agenda_plan_updates')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('item_id', '=', id)
        .executeTakeFirst(),
    ),
  };
}

/** The meeting's approve-minutes item for the minutes of `approvesMeetingId`, if it has one. */
export function findApproveMinutesItem(db: StorageExecutor, meetingId: string, approvesMeetingId: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('agenda_items')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('role', '=', 'approve-minutes')
    .where('approves_meeting_id', '=', approvesMeetingId)
    .orderBy('position')
    .limit(1)
    .executeTakeFirst();
}

function agendaItems(db: StorageExecutor) {
  return (
    db
      .selectFrom('agenda_items as i')
      .leftJoin('agenda_review_items as r', 'r.item_id', 'i.id')
      .leftJoin('members as p', 'p.id', 'i.presenter_id')
      .leftJoin('agenda_items as o', 'o.id', 'i.carried_over_from_item_id')
      .leftJoin('meetings as om', 'om.id', 'o.meeting_id')
      .select(['i.id', 'i.meeting_id as meetingId', 'i.position', 'i.title', 'i.type'])
      // A plan or data review keeps the stored role 'regular' (migration 0150); its kind is the role people see.
      .select(sql<AgendaItem['role']>`coalesce(r.kind, i.role)`.as('role'))
      .select(['i.status', 'i.presenter_id as presenterId'])
      .select(sql<string | null>`${shownNameOf('p')}`.as('presenterName'))
      .select(['i.timebox_minutes as timeboxMinutes', 'i.description', 'i.approves_meeting_id as approvesMeetingId', 'i.notes_html as notesHtml'])
      .select(['i.notes_confidential as notesConfidential', 'i.notes_updated_at as notesUpdatedAt'])
      .select(['o.meeting_id as carriedFromMeetingId', 'om.title as carriedFromTitle', 'om.starts_at as carriedFromStartsAt'])
      .orderBy('i.position')
      .orderBy('i.id')
  );
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof agendaItems>['executeTakeFirstOrThrow']>>;

function toItem(row: ItemRow): AgendaItem {
  const { carriedFromMeetingId, carriedFromTitle, carriedFromStartsAt, notesConfidential, ...item } = row;
  const carriedOverFrom =
    carriedFromMeetingId === null ? null : { meetingId: carriedFromMeetingId, title: carriedFromTitle ?? '', startsAt: carriedFromStartsAt ?? '' };
  return { ...item, notesConfidential: notesConfidential === 1, carriedOverFrom };
}
