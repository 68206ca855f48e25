import type { AgendaItem } from '../../shared/contract';
import { insertSql, toFlag, updateSql } from './columnList';
import { type MeetingState, meetingStateColumns } from './meetingRepository';
import { indexMeetingDocument, removeMeetingDocument } from './meetingSearchRepository';
import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

export type AgendaItemFields = Pick<AgendaItem, 'title' | 'type' | 'presenterId' | 'timeboxMinutes' | 'description'>;

export interface NewAgendaItem extends AgendaItemFields {
  meetingId: string;
  role: AgendaItem['role'];
  carriedOverFromItemId: string | null;
  approvesMeetingId: string | null;
}

const editableFields = ['title', 'type', 'presenterId', 'timeboxMinutes', 'description'] as const;
const newItemFields = [...editableFields, 'meetingId', 'position', 'role', 'status', 'carriedOverFromItemId', 'approvesMeetingId'] as const;

type AgendaItemRow = Omit<AgendaItem, 'notesConfidential' | 'carriedOverFrom'> & {
  notesConfidential: number;
  carriedFromMeetingId: string | null;
  carriedFromTitle: string | null;
  carriedFromStartsAt: string | null;
};

/** Appends items to the end of a meeting's agenda, in the order given. */
export function appendAgendaItems(db: Db, ids: readonly string[], items: readonly NewAgendaItem[], at: string): void {
  const insert = db.prepare(insertSql('agenda_items', newItemFields));
  items.forEach((item, index) => {
    const position = nextPosition(db, item.meetingId);
    const id = ids[index] ?? '';
    insert.run({ ...item, position, status: 'open', id, createdAt: at, updatedAt: at });
    indexAgendaItem(db, id, item, '');
  });
}

export function updateAgendaItemFields(db: Db, id: string, fields: AgendaItemFields, at: string): void {
  db.prepare(updateSql('agenda_items', editableFields)).run({ ...fields, id, updatedAt: at });
  const { text } = db.prepare('SELECT notes_text AS text FROM agenda_items WHERE id = ?').get(id) as { text: string };
  indexAgendaItem(db, id, fields, text);
}

export function setAgendaItemStatus(db: Db, id: string, status: AgendaItem['status'], at: string): void {
  db.prepare('UPDATE agenda_items SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

/** The autosave path: one UPDATE and one index write. */
export function saveAgendaItemNotes(db: Db, item: NotesTarget, notes: { html: string; text: string; confidential: boolean }, at: string): void {
  db.prepare('UPDATE agenda_items SET notes_html = ?, notes_text = ?, notes_confidential = ?, notes_updated_at = ? WHERE id = ?').run(
    notes.html,
    notes.text,
    toFlag(notes.confidential),
    at,
    item.id,
  );
  indexAgendaItem(db, item.id, item, notes.text);
}

export function deleteAgendaItem(db: Db, id: string): void {
  db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
  removeMeetingDocument(db, id);
}

/** Positions 1..n in the order given. */
export function setAgendaPositions(db: Db, orderedIds: readonly string[]): void {
  const update = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ?');
  orderedIds.forEach((id, index) => update.run(index + 1, id));
}

export function listAgenda(db: Db, meetingId: string): AgendaItem[] {
  return (db.prepare(itemQuery('WHERE i.meeting_id = @meetingId')).all({ meetingId }) as AgendaItemRow[]).map(toAgendaItem);
}

export function findAgendaItem(db: Db, id: string): AgendaItem | undefined {
  const row = db.prepare(itemQuery('WHERE i.id = @id')).get({ id }) as AgendaItemRow | undefined;
  return row && toAgendaItem(row);
}

/** What saving notes needs to know, with the item's meeting state for the editability rule, in one small read. */
export interface NotesTarget extends MeetingState {
  id: string;
  meetingId: string;
  title: string;
  description: string;
  notesConfidential: boolean;
}

export function findNotesTarget(db: Db, id: string): NotesTarget | undefined {
  const row = db
    .prepare(
      `SELECT i.id, i.meeting_id AS meetingId, i.title, i.description, i.notes_confidential AS notesConfidential, ${meetingStateColumns('m')}
       FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.id = ?`,
    )
    .get(id) as (Omit<NotesTarget, 'notesConfidential' | 'amending'> & { notesConfidential: number; amending: number }) | undefined;
  return row && { ...row, notesConfidential: row.notesConfidential === 1, amending: row.amending === 1 };
}

/** The open regular items of a meeting that were not carried over yet. */
export function itemsToCarry(db: Db, meetingId: string): AgendaItem[] {
  return (
    db
      .prepare(
        itemQuery(`WHERE i.meeting_id = @meetingId AND i.role = 'regular' AND i.status = 'open'
                   AND NOT EXISTS (SELECT 1 FROM agenda_items c WHERE c.carried_over_from_item_id = i.id)`),
      )
      .all({ meetingId }) as AgendaItemRow[]
  ).map(toAgendaItem);
}

/** Marks an item already on the next agenda (from a template) as the continuation of an unfinished one. */
export function markCarriedOver(db: Db, id: string, fromItemId: string, at: string): void {
  db.prepare('UPDATE agenda_items SET carried_over_from_item_id = ?, updated_at = ? WHERE id = ?').run(fromItemId, at, id);
}

/** What still points at an item: decisions, action items and later copies of it. */
export function agendaItemReferences(db: Db, id: string): { decisions: number; actionItems: number; carriedTo: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM decisions WHERE agenda_item_id = @id) AS decisions,
              (SELECT count(*) FROM action_items WHERE source_agenda_item_id = @id) AS actionItems,
              (SELECT count(*) FROM agenda_items WHERE carried_over_from_item_id = @id) AS carriedTo`,
    )
    .get({ id }) as { decisions: number; actionItems: number; carriedTo: number };
}

/** The meeting's approve-minutes item for the minutes of `approvesMeetingId`, if it has one. */
export function findApproveMinutesItem(db: Db, meetingId: string, approvesMeetingId: string): { id: string } | undefined {
  return db
    .prepare("SELECT id FROM agenda_items WHERE meeting_id = ? AND role = 'approve-minutes' AND approves_meeting_id = ? ORDER BY position LIMIT 1")
    .get(meetingId, approvesMeetingId) as { id: string } | undefined;
}

function indexAgendaItem(db: Db, id: string, fields: Pick<AgendaItemFields, 'title' | 'description'>, notesText: string): void {
  indexMeetingDocument(db, 'agenda-item', id, fields.title, [fields.description, notesText]);
}

function nextPosition(db: Db, meetingId: string): number {
  return (db.prepare('SELECT coalesce(max(position), 0) + 1 AS position FROM agenda_items WHERE meeting_id = ?').get(meetingId) as { position: number }).position;
}

function itemQuery(where: string): string {
  return `
    SELECT i.id, i.meeting_id AS meetingId, i.position, i.title, i.type, i.role, i.status, i.presenter_id AS presenterId,
           ${shownNameSql('p')} AS presenterName, i.timebox_minutes AS timeboxMinutes, i.description,
           i.approves_meeting_id AS approvesMeetingId, i.notes_html AS notesHtml, i.notes_confidential AS notesConfidential,
           i.notes_updated_at AS notesUpdatedAt, o.meeting_id AS carriedFromMeetingId, om.title AS carriedFromTitle,
           om.starts_at AS carriedFromStartsAt
    FROM agenda_items i
    LEFT JOIN members p ON p.id = i.presenter_id
    LEFT JOIN agenda_items o ON o.id = i.carried_over_from_item_id
    LEFT JOIN meetings om ON om.id = o.meeting_id
    ${where}
    ORDER BY i.position, i.id`;
}

function toAgendaItem(row: AgendaItemRow): AgendaItem {
  const { carriedFromMeetingId, carriedFromTitle, carriedFromStartsAt, notesConfidential, ...item } = row;
  const carriedOverFrom = carriedFromMeetingId === null ? null : { meetingId: carriedFromMeetingId, title: carriedFromTitle ?? '', startsAt: carriedFromStartsAt ?? '' };
  return { ...item, notesConfidential: notesConfidential === 1, carriedOverFrom };
}
