import fs from 'node:fs';

/** Owner read and write only: every file the app keeps in a workspace or its backup folder. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates an empty file readable by its owner only, for SQLite to fill (an empty file is a new database,
 * and VACUUM INTO accepts one). SQLite gives its -wal, -shm and -journal files the database file's mode,
 * so they are private too. Fails if the file exists.
 */
export function createPrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
}

/** Takes group and other access away from a file made by an older version (which left workspace.db 0644). */
export function keepPrivate(file: string): void {
  try {
    const { mode } = fs.statSync(file);
    if ((mode & 0o077) !== 0) fs.chmodSync(file, mode & 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
