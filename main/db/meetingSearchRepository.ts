import type { Db } from './openDatabase';

/**
 * The full-text index of meeting content (meetings, agenda items with their notes, decisions, action items),
 * written by the repositories in the same transaction as the rows it describes. Each document is addressed by
 * its integer rowid in meeting_search_refs, so replacing one (notes are saved every second while typing) costs
 * one lookup, not a scan of the index.
 */
export const meetingSearchKinds = ['meeting', 'agenda-item', 'decision', 'action-item'] as const;
export type MeetingSearchKind = (typeof meetingSearchKinds)[number];

/** Adds or replaces the document of one record. Empty parts are left out of the body. */
export function indexMeetingDocument(db: Db, kind: MeetingSearchKind, refId: string, title: string, body: readonly string[]): void {
  const existing = db.prepare('SELECT rowid FROM meeting_search_refs WHERE ref_id = ?').get(refId) as { rowid: number } | undefined;
  const text = body.filter((part) => part !== '').join('\n');
  if (existing) {
    db.prepare('UPDATE meeting_search SET title = ?, body = ? WHERE rowid = ?').run(title, text, existing.rowid);
    return;
  }
  const { lastInsertRowid } = db.prepare('INSERT INTO meeting_search_refs (kind, ref_id) VALUES (?, ?)').run(kind, refId);
  db.prepare('INSERT INTO meeting_search (rowid, title, body) VALUES (?, ?, ?)').run(lastInsertRowid, title, text);
}
