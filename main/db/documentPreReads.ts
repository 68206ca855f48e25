import type { Db } from './openDatabase';

/**
 * The names of each agenda item's pre-read documents, for the meeting record. Synchronous because the record's
 * export still reads on the workspace connection; it moves to the engine with that export.
 */
export function preReadNames(db: Db, agendaItemIds: readonly string[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  if (agendaItemIds.length === 0) return names;
  const rows = db
    .prepare(
      `SELECT l.subject_id AS subjectId, d.name AS name FROM document_links l JOIN documents d ON d.id = l.document_id
        WHERE l.subject_kind = 'agenda_item' AND l.subject_id IN (${agendaItemIds.map(() => '?').join(', ')})
        ORDER BY d.name, d.id`,
    )
    .all(...agendaItemIds) as Array<{ subjectId: string; name: string }>;
  for (const row of rows) names.set(row.subjectId, [...(names.get(row.subjectId) ?? []), row.name]);
  return names;
}
