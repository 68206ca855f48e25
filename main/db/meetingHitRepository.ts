import { shownNameSql } from './memberShownName';
import type { Db } from './openDatabase';

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
export function hitContexts(db: Db, ids: readonly string[]): Map<string, HitContext> {
  const rows = db
    .prepare(
      `WITH hit(id) AS (SELECT value FROM json_each(@ids)),
       located AS (
         SELECT m.id, m.id AS meetingId, 0 AS confidentialNotes, NULL AS ownerName, NULL AS dueOn FROM meetings m JOIN hit ON hit.id = m.id
         UNION ALL
         SELECT i.id, i.meeting_id, i.notes_confidential AND i.notes_text <> '', NULL, NULL FROM agenda_items i JOIN hit ON hit.id = i.id
         UNION ALL
         SELECT d.id, d.meeting_id, 0, NULL, NULL FROM decisions d JOIN hit ON hit.id = d.id
         UNION ALL
         SELECT a.id, a.source_meeting_id, 0, ${shownNameSql('o')}, a.due_on FROM action_items a JOIN hit ON hit.id = a.id LEFT JOIN members o ON o.id = a.owner_id
       )
       SELECT l.id, l.meetingId, m.title AS meetingTitle, m.starts_at AS meetingStartsAt, l.confidentialNotes, l.ownerName, l.dueOn
       FROM located l LEFT JOIN meetings m ON m.id = l.meetingId`,
    )
    .all({ ids: JSON.stringify(ids) }) as HitContext[];
  return new Map(rows.map((row) => [row.id, row]));
}
