import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceFiles } from './workspaceFiles';

/** Every temporary file of a re-key starts with this, so an interrupted one's leftovers are easy to find. */
const REKEY_TEMP_PREFIX = '.rekey-';

export function rekeyTempDatabase(files: WorkspaceFiles, generation: number): string {
  return path.join(files.folder, `${REKEY_TEMP_PREFIX}${generation}.db`);
}

/** Removes the copy (and its journal) that an interrupted re-key left in the workspace folder. */
export function removeRekeyLeftovers(files: WorkspaceFiles): void {
  let names: string[];
  try {
    names = fs.readdirSync(files.folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(REKEY_TEMP_PREFIX)) fs.rmSync(path.join(files.folder, name), { force: true });
  }
}

const SALT_BYTES = 16;

/**
 * A SQLCipher file begins with its random salt, stored in the clear; a re-key makes a new one. It tells which
 * of two key generations a database file belongs to without any secret. Null when the file cannot be read.
 */
export function databaseSalt(file: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    return fs.readSync(fd, salt, 0, SALT_BYTES, 0) === SALT_BYTES ? salt.toString('hex') : null;
  } finally {
    fs.closeSync(fd);
  }
}
