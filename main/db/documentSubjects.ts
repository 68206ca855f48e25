import { sql } from 'kysely';
import type { DocumentSubjectKind } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';

/**
 * What the document library knows of the records documents are attached to: the table a subject kind lives in (so
 * attaching checks that the record exists) and, where it can, the words that name it in the library. An area that
 * has its table adds its line here; a kind without a line is attached as given and listed by its kind alone.
 */
const subjectTables: Partial<Record<DocumentSubjectKind, string>> = {
  agenda_item: 'agenda_items',
};

export async function subjectExists(db: StorageExecutor, kind: DocumentSubjectKind, id: string): Promise<boolean> {
  const table = subjectTables[kind];
  if (!table) return true;
  const { rows } = await sql<{ found: number }>`SELECT 1 AS found FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return rows.length > 0;
}

export interface SubjectLabel {
  label: string;
  meetingId: string | null;
}

/** Names of the agenda items among the given ids: "Meeting title: item title", with the meeting to open. */
export async function subjectLabels(db: StorageExecutor, links: ReadonlyArray<{ subjectKind: string; subjectId: string }>): Promise<Map<string, SubjectLabel>> {
  const labels = new Map<string, SubjectLabel>();
  const agendaItemIds = [...new Set(links.filter((link) => link.subjectKind === 'agenda_item').map((link) => link.subjectId))];
  if (agendaItemIds.length > 0) {
    const rows = await db
      .selectFrom('agenda_items as a')
      .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
      .select(['a.id', 'a.title', 'm.title as meetingTitle', 'm.id as meetingId'])
      .where('a.id', 'in', agendaItemIds)
      .execute();
    for (const row of rows) labels.set(subjectKey('agenda_item', row.id), { label: `${row.meetingTitle}: ${row.title}`, meetingId: row.meetingId });
  }
  return labels;
}

export const subjectKey = (kind: string, id: string) => `${kind}\u0000${id}`;

/** The meeting whose record a subject belongs to (an agenda item's meeting), whose editability then applies; else null. */
export async function meetingOfSubject(db: StorageExecutor, kind: DocumentSubjectKind, id: string): Promise<string | null> {
  if (kind !== 'agenda_item') return null;
  const row = await db.selectFrom('agenda_items').select('meeting_id').where('id', '=', id).executeTakeFirst();
  return row?.meeting_id ?? null;
}
