import type { Db } from './openDatabase';

export interface Amendment {
  id: string;
  reason: string;
  openedAt: string;
  closedAt: string | null;
  profile: string;
}

export function insertAmendment(db: Db, amendment: Omit<Amendment, 'closedAt'> & { meetingId: string; recordBefore: unknown }): void {
  db.prepare('INSERT INTO meeting_amendments (id, meeting_id, reason, profile, opened_at, record_before) VALUES (?, ?, ?, ?, ?, ?)').run(
    amendment.id,
    amendment.meetingId,
    amendment.reason,
    amendment.profile,
    amendment.openedAt,
    JSON.stringify(amendment.recordBefore),
  );
}

export function findOpenAmendment(db: Db, meetingId: string): Amendment | undefined {
  return db.prepare(`${amendmentQuery} WHERE meeting_id = ? AND closed_at IS NULL`).get(meetingId) as Amendment | undefined;
}

export function closeAmendment(db: Db, id: string, at: string): void {
  db.prepare('UPDATE meeting_amendments SET closed_at = ? WHERE id = ?').run(at, id);
}

/** Oldest first: the order they happened in. */
export function listAmendments(db: Db, meetingId: string): Amendment[] {
  return db.prepare(`${amendmentQuery} WHERE meeting_id = ? ORDER BY opened_at, id`).all(meetingId) as Amendment[];
}

const amendmentQuery = 'SELECT id, reason, opened_at AS openedAt, closed_at AS closedAt, profile FROM meeting_amendments';
