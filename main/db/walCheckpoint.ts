import { BUSY_TIMEOUT_MS, type Db } from './openDatabase';

export interface CheckpointResult {
  /** The WAL was copied into the database and cut to zero bytes. */
  truncated: boolean;
}

/**
 * Copies committed pages from the WAL into the database and, when no reader still needs them (the background
 * integrity check or a backup reads on their own connections), empties the WAL file. It never waits: with a
 * reader present, TRUNCATE gives up at once and a PASSIVE checkpoint copies what it can; the WAL is then cut to
 * `journal_size_limit` by the first write after a later complete checkpoint.
 */
export function checkpointAndShrink(db: Db): CheckpointResult {
  db.pragma('busy_timeout=0');
  try {
    const [truncate] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    if (truncate && truncate.busy === 0) return { truncated: true };
    db.pragma('wal_checkpoint(PASSIVE)');
    return { truncated: false };
  } finally {
    db.pragma(`busy_timeout=${BUSY_TIMEOUT_MS}`);
  }
}
