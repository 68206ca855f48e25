import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { searchIndexFor } from './engine/search/searchIndexFor';

/**
 * A meeting's own search document (title; location and workgroup name in the body), through the search port, so it
 * is the same on both engines.
 */
export async function reindexMeeting(db: StorageExecutor, id: string): Promise<void> {
  const row = await db
    .selectFrom('meetings as m')
    .leftJoin('workgroups as w', 'w.id', 'm.workgroup_id')
    .select(['m.title', 'm.location', 'w.name as workgroupName'])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) return;
  await searchIndexFor({ dialect: dialectOf(db) }).put(db, 'meetings', {
    kind: 'meeting',
    refId: id,
    title: row.title,
    body: [row.location, row.workgroupName ?? ''],
  });
}

/** A workgroup's meetings are found by its name too: after a rename they are indexed again. */
export async function reindexMeetingsOfWorkgroup(db: StorageExecutor, workgroupId: string): Promise<void> {
  const meetings = await db.selectFrom('meetings').select('id').where('workgroup_id', '=', workgroupId).execute();
  for (const { id } of meetings) await reindexMeeting(db, id);
}
