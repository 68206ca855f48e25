import { AppError } from '../../../shared/errors';
import { takeRecordSnapshot } from '../meetingRecordSnapshotRepository';
import { type Dialect, postgresDialect, sqliteDialect } from './dialect';
import type { TwoEngineMigration } from './migration';

const schema = (d: Dialect) => `
      CREATE TABLE meeting_record_snapshots (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
        -- JSON: the attendance list and the quorum as the meeting page showed them (shared/contract attendeeSchema, quorumSchema).
        attendees TEXT NOT NULL,
        quorum TEXT NOT NULL,
        taken_at TEXT NOT NULL
      )${d.strict};
    `;

/**
 * Approved minutes keep the roster as it stood: the attendance (names, organizations, sectors) and the quorum line
 * are stored at approval. Minutes approved before this step get theirs from the data as it is at the upgrade,
 * the closest to "as it stood" that is left (docs/meetings.md).
 *
 * PostgreSQL databases are created from the whole list (none existed before this step shipped), so there are no
 * minutes approved without a snapshot to fill in; the step says so rather than leave a record without one.
 */
export const recordSnapshotsMigration: TwoEngineMigration = {
  version: 40,
  name: 'record-snapshots',
  up(db) {
    db.exec(schema(sqliteDialect));
  },
  fillAfterSchema(db) {
    const at = new Date().toISOString();
    for (const id of db.prepare("SELECT id FROM meetings WHERE status = 'approved' ORDER BY starts_at_utc").pluck().all() as string[])
      takeRecordSnapshot(db, id, at);
  },
  async postgres(client) {
    await client.query(schema(postgresDialect));
    const { rows } = await client.query("SELECT count(*)::int AS n FROM meetings WHERE status = 'approved'");
    if (rows[0].n > 0) {
      throw new AppError(
        'UNSUPPORTED',
        'This database has approved minutes from before Coalition Desk kept the attendance of approved records; only a desktop workspace can fill that in. Nothing was changed.',
      );
    }
  },
};
