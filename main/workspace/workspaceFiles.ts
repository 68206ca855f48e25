import path from 'node:path';
import { trimEndOf } from '../../shared/trimChars';
import { truncateUtf8 } from '../fs/fileNameBytes';

/**
 * A workspace is one folder ("Name.coalition") holding the encrypted database, its WAL,
 * the key slots and its backups: copying the folder moves the whole workspace.
 */
export const WORKSPACE_FOLDER_SUFFIX = '.coalition';

export interface WorkspaceFiles {
  folder: string;
  database: string;
  keySlots: string;
  backups: string;
  /** Held with an OS lock while the workspace is open (workspaceLock.ts). */
  lock: string;
  /** Names the machine and process that has the workspace open, for the message a second opener gets. */
  lockOwner: string;
}

export function workspaceFiles(folder: string): WorkspaceFiles {
  const resolved = path.resolve(folder);
  return {
    folder: resolved,
    database: path.join(resolved, 'workspace.db'),
    keySlots: path.join(resolved, 'keyslots.json'),
    backups: path.join(resolved, 'backups'),
    lock: path.join(resolved, 'workspace.lock'),
    lockOwner: path.join(resolved, 'lock-owner.json'),
  };
}

/** Bytes, not characters: 120 bytes leaves room for " (restored …)" and the backup names made from it. */
const MAX_FOLDER_BASE_BYTES = 120;

const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A folder name that is safe on Windows, macOS and Linux, derived from the coalition's name. */
export function workspaceFolderName(coalitionName: string): string {
  const cleaned = coalitionName
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '');
  const safe = trimEndOf(truncateUtf8(cleaned.slice(0, 80), MAX_FOLDER_BASE_BYTES), '. ');
  const base = WINDOWS_RESERVED_NAMES.test(safe) ? `Coalition ${safe}` : safe || 'Coalition';
  return `${base}${WORKSPACE_FOLDER_SUFFIX}`;
}
