import { sql } from 'kysely';
import { inValues } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';

/** What a search result needs to say where a hit lives: its meeting, and for action items owner and due date. */
export interface HitContext {
  id: string;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: string | null;
  confidentialNotes: number;
  ownerName: string | null;
  dueOn: string | null;
}

/** One query for all hits of a search, whatever their kinds. */
export async function readHitContexts(db: StorageExecutor, ids: readonly string[]): Promise<Map<string, HitContext>> {
  if (ids.length === 0) return new Map();
  const hit = (column: string) => inValues(dialectOf(db), sql.raw(column), ids);
  const { rows } = await sql<HitContext>`WITH located AS (
         SELECT m.id, m.id AS meeting_id, 0 AS confidential_notes, NULL AS owner_name, NULL AS due_on FROM meetings m WHERE ${hit('m.id')}
         UNION ALL
         SELECT i.id, i.meeting_id, CASE WHEN i.notes_confidential = 1 AND i.notes_text <> '' THEN 1 ELSE 0 END, NULL, NULL FROM agenda_items i WHERE ${hit('i.id')}
         UNION ALL
         SELECT d.id, d.meeting_id, 0, NULL, NULL FROM decisions d WHERE ${hit('d.id')}
         UNION ALL
         SELECT a.id, a.source_meeting_id, 0, ${shownNameOf('o')}, a.due_on FROM action_items a LEFT JOIN members o ON o.id = a.owner_id WHERE ${hit('a.id')}
       )
       SELECT l.id, l.meeting_id AS "meetingId", m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt",
              l.confidential_notes AS "confidentialNotes", l.owner_name AS "ownerName", l.due_on AS "dueOn"
       FROM located l LEFT JOIN meetings m ON m.id = l.meeting_id`.execute(db);
  return new Map(rows.map((row) => [row.id, row]));
}
