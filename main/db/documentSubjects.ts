import type { DocumentSubjectKind } from '../../shared/contract';
import type { StorageExecutor } from './engine/storageEngine';

export interface SubjectLabel {
  label: string;
  meetingId: string | null;
}

interface SubjectKindInfo {
  /** Whether a record of this kind exists and can take documents (a deleted objective cannot). */
  exists(db: StorageExecutor, id: string): Promise<boolean>;
  /** The words that name each record in the library, one query for all of them. */
  labels(db: StorageExecutor, ids: readonly string[]): Promise<Array<{ id: string } & SubjectLabel>>;
}

const found = (row: unknown) => row !== undefined;

/**
 * What the document library knows of the records documents are attached to: whether one exists (so attaching
 * checks it) and the words that name it in the library. An area that has its table adds its entry here; a kind
 * without one is attached as given and listed by its kind alone.
 */
const subjectKinds: Partial<Record<DocumentSubjectKind, SubjectKindInfo>> = {
  agenda_item: {
    exists: async (db, id) => found(await db.selectFrom('agenda_items').select('id').where('id', '=', id).executeTakeFirst()),
    labels: async (db, ids) =>
      (
        await db
          .selectFrom('agenda_items as a')
          .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
          .select(['a.id', 'a.title', 'm.title as meetingTitle', 'm.id as meetingId'])
          .where('a.id', 'in', ids)
          .execute()
      ).map((row) => ({ id: row.id, label: `${row.meetingTitle}: ${row.title}`, meetingId: row.meetingId })),
  },
  protocol_version: {
    exists: async (db, id) => found(await db.selectFrom('protocol_versions').select('id').where('id', '=', id).executeTakeFirst()),
    labels: async (db, ids) =>
      (
        await db
          .selectFrom('protocol_versions as v')
          .innerJoin('protocols as p', 'p.id', 'v.protocol_id')
          .select(['v.id', 'v.label', 'p.title'])
          .where('v.id', 'in', ids)
          .execute()
      ).map((row) => ({ id: row.id, label: `${row.title}, version ${row.label}`, meetingId: null })),
  },
  objective: {
    exists: async (db, id) =>
      found(await db.selectFrom('plan_objectives').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()),
    labels: async (db, ids) =>
      (await db.selectFrom('plan_objectives').select(['id', 'title', 'deleted_at as deletedAt']).where('id', 'in', ids).execute()).map((row) => ({
        id: row.id,
        label: `Objective: ${row.title}${row.deletedAt === null ? '' : ' (deleted from the plan)'}`,
        meetingId: null,
      })),
  },
  training: {
    exists: async (db, id) => found(await db.selectFrom('trainings').select('id').where('id', '=', id).executeTakeFirst()),
    labels: async (db, ids) =>
      (await db.selectFrom('trainings').select(['id', 'title', 'held_on as heldOn']).where('id', 'in', ids).execute()).map((row) => ({
        id: row.id,
        label: `Training: ${row.title}, ${row.heldOn}`,
        meetingId: null,
      })),
  },
};

export async function subjectExists(db: StorageExecutor, kind: DocumentSubjectKind, id: string): Promise<boolean> {
  const info = subjectKinds[kind];
  return info ? info.exists(db, id) : true;
}

/** Names of the records among the links ("Meeting title: item title" with the meeting to open, a protocol's version, …). */
export async function subjectLabels(db: StorageExecutor, links: ReadonlyArray<{ subjectKind: string; subjectId: string }>): Promise<Map<string, SubjectLabel>> {
  const labels = new Map<string, SubjectLabel>();
  for (const [kind, info] of Object.entries(subjectKinds)) {
    const ids = [...new Set(links.filter((link) => link.subjectKind === kind).map((link) => link.subjectId))];
    if (ids.length === 0) continue;
    for (const { id, ...label } of await info.labels(db, ids)) labels.set(subjectKey(kind, id), label);
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

/**
 * A record that is deleted for good takes its attachments with it: the links go, the documents stay in the library
 * (a training's materials may serve the next one). Soft-deleted records (objectives) keep theirs, so Undo restores them.
 */
export async function detachAllFrom(db: StorageExecutor, kind: DocumentSubjectKind, id: string): Promise<void> {
  await db.deleteFrom('document_links').where('subject_kind', '=', kind).where('subject_id', '=', id).execute();
}
