import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VIEWING_SCRATCH, viewingScratchInUse } from '../documents/viewingScratch';
import { EXPORT_SCRATCH, scratchInUse } from '../export/exportScratch';
import { logError } from '../log';
import { backupFoldersOf } from './backupFolderSetting';
import type { WorkspaceFiles } from './workspaceFiles';

/**
 * What a crash (power cut, kill) can leave behind, removed when a workspace opens and when the app starts: only
 * names the app itself makes, only files and folders older than this process (a newer one may belong to another
 * process still at work), never following a symlink, never anything else.
 */
const PROCESS_STARTED_AT_MS = Date.now() - process.uptime() * 1000;

/** The temp file of main/fs/atomicWriteFile.ts: ".<name>.<pid>.<ms>.tmp". */
export const ATOMIC_TEMP = /^\..+\.\d+\.\d+\.tmp$/;
/** writeBackup's VACUUM INTO target (and SQLite's files beside it), and the container before its rename. */
const SNAPSHOT = /^\.snapshot-\d+-[0-9a-f-]{36}\.db(-journal|-wal|-shm)?$/;
const PARTIAL_BACKUP = /\.cdbackup\.partial$/;
/** verifyBackupFile's scratch folder (mkdtemp adds six characters). */
const VERIFY_SCRATCH = /^coalition-desk-verify-[A-Za-z0-9]{6}$/;

export function removeWorkspaceLeftovers(files: WorkspaceFiles): void {
  removeMatching(files.folder, [ATOMIC_TEMP], 'file');
  for (const folder of backupFoldersOf(files)) removeMatching(folder, [SNAPSHOT, PARTIAL_BACKUP, ATOMIC_TEMP], 'file');
}

export function removeStartLeftovers(dataDir: string): void {
  removeMatching(dataDir, [ATOMIC_TEMP], 'file');
  removeMatching(os.tmpdir(), [VERIFY_SCRATCH], 'folder');
  // Sealed export files of a process that is gone (unreadable without its key, removed all the same).
  removeMatching(os.tmpdir(), [EXPORT_SCRATCH], 'folder', scratchInUse);
  // Documents copied for a viewer by a process that is gone (a crash before its lock removed them).
  removeMatching(os.tmpdir(), [VIEWING_SCRATCH], 'folder', viewingScratchInUse);
}

function removeMatching(folder: string, patterns: readonly RegExp[], kind: 'file' | 'folder', inUse: (name: string) => boolean = () => false): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!patterns.some((pattern) => pattern.test(name)) || inUse(name)) continue;
    const target = path.join(folder, name);
    try {
      const stat = fs.lstatSync(target);
      const isKind = kind === 'file' ? stat.isFile() : stat.isDirectory();
      if (!isKind || stat.mtimeMs >= PROCESS_STARTED_AT_MS) continue;
      fs.rmSync(target, { recursive: kind === 'folder', force: true });
    } catch (error) {
      logError('could not remove a leftover file', error);
    }
  }
}
