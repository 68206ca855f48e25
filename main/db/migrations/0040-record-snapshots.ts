import { takeRecordSnapshot } from '../meetingRecordSnapshotRepository';
import type { Migration } from './migration';

/**
 * Approved minutes keep the roster as it stood: the attendance (names, organizations, sectors) and the quorum line
 * are stored at approval. Minutes approved before this step get theirs from the data as it is at the upgrade,
 * the closest to "as it stood" that is left (docs/meetings.md).
 */
export const recordSnapshotsMigration: Migration = {
  version: 40,
  name: 'record-snapshots',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_record_snapshots (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
        -- JSON: the attendance list and the quorum as the meeting page showed them (shared/contract attendeeSchema, quorumSchema).
        attendees TEXT NOT NULL,
        quorum TEXT NOT NULL,
        taken_at TEXT NOT NULL
      ) STRICT;
    `);
    const at = new Date().toISOString();
    for (const id of db.prepare("SELECT id FROM meetings WHERE status = 'approved' ORDER BY starts_at_utc").pluck().all() as string[]) takeRecordSnapshot(db, id, at);
  },
};
