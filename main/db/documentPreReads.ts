import { chunksOf } from './engine/chunks';
import type { StorageExecutor } from './engine/storageEngine';

/** The names of each agenda item's pre-read documents, for the meeting record. */
export async function loadPreReadNames(db: StorageExecutor, agendaItemIds: readonly string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const chunk of chunksOf(agendaItemIds)) {
    const rows = await db
      .selectFrom('document_links as l')
      .innerJoin('documents as d', 'd.id', 'l.document_id')
      .select(['l.subject_id as subjectId', 'd.name'])
      .where('l.subject_kind', '=', 'agenda_item')
      .where('l.subject_id', 'in', chunk)
      .orderBy('d.name')
      .orderBy('d.id')
      .execute();
    for (const row of rows) names.set(row.subjectId, [...(names.get(row.subjectId) ?? []), row.name]);
  }
  return names;
}
