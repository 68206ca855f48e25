import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

/**
 * An OS-level lock that dies with the process. Node has no flock, but SQLite takes fcntl (POSIX) or LockFileEx
 * (Windows) locks, and an open `BEGIN EXCLUSIVE` transaction keeps its lock for the life of the connection; the OS
 * drops it when the process ends, however it ends. SQLite also tracks its locks per file within a process, so a second
 * connection in the same process is refused exactly like one in another process.
 *
 * POSIX drops every lock a process holds on a file when it closes ANY descriptor of that file, so nothing else in
 * the process may open the lock file (not even to create it or read it): only SQLite, which knows this, touches it.
 */
export interface HeldLockFile {
  release(): void;
}

export type LockFileAttempt = { held: true; lock: HeldLockFile } | { held: false; reason: 'busy' | 'unsupported'; detail?: string };

export function tryHoldLockFile(file: string, nativeBinding?: string): LockFileAttempt {
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
    fs.chmodSync(file, 0o600);
  } catch (error) {
    return { held: false, reason: 'unsupported', detail: describe(error) };
  }
  try {
    // The exclusive transaction is never committed: it holds the lock until the connection closes, and the file
    // stays empty (no database header, nothing to mistake for data). SQLite keeps a small journal beside it while
    // held and removes it on release.
    db.exec('BEGIN EXCLUSIVE');
    return { held: true, lock: { release: () => db.close() } };
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    return { held: false, reason: code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' ? 'busy' : 'unsupported', detail: describe(error) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
