import path from 'node:path';

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

const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A folder name that is safe on Windows, macOS and Linux, derived from the coalition's name. */
export function workspaceFolderName(coalitionName: string): string {
  const safe = coalitionName
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .slice(0, 80)
    .replace(/[.\s]+$/, '');
  const base = WINDOWS_RESERVED_NAMES.test(safe) ? `Coalition ${safe}` : safe || 'Coalition';
  return `${base}${WORKSPACE_FOLDER_SUFFIX}`;
}
