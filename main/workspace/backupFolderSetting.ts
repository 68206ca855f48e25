import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { atomicWriteFile } from '../fs/atomicWriteFile';
import type { WorkspaceFiles } from './workspaceFiles';

/**
 * The chosen backup folder is kept in a small file beside the key slots, not in the database:
 * the damaged-workspace screen and the backup before an upgrade both need it while the database
 * cannot be read. It holds a path only, never workspace content.
 */
const SETTING_FILE = 'backup-folder.json';
const settingSchema = z.object({ version: z.literal(1), folder: z.string().min(1) });

function settingFile(files: WorkspaceFiles): string {
  return path.join(files.folder, SETTING_FILE);
}

/** The configured folder, or null for the workspace's own backups/ folder (also when the file is unreadable). */
export function readBackupFolderSetting(files: WorkspaceFiles): string | null {
  try {
    const parsed = settingSchema.safeParse(JSON.parse(fs.readFileSync(settingFile(files), 'utf8')));
    return parsed.success && path.isAbsolute(parsed.data.folder) ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

export function writeBackupFolderSetting(files: WorkspaceFiles, folder: string | null): void {
  if (folder === null || path.resolve(folder) === files.backups) {
    fs.rmSync(settingFile(files), { force: true });
    return;
  }
  atomicWriteFile(settingFile(files), `${JSON.stringify(settingSchema.parse({ version: 1, folder: path.resolve(folder) }), null, 2)}\n`);
}

/** Where new backups of this workspace go. */
export function backupFolderOf(files: WorkspaceFiles): string {
  return readBackupFolderSetting(files) ?? files.backups;
}

/**
 * The folder to write a new backup into. A chosen folder that has gone (a backup drive that is not
 * connected) is an error rather than made again, which could fill the wrong disk.
 */
export function availableBackupFolder(files: WorkspaceFiles): string {
  const folder = backupFolderOf(files);
  if (folder !== files.backups && !isDirectory(folder)) {
    throw new AppError('IO', `The backup folder ${folder} is not available. Connect the drive it is on, or choose another folder in Settings.`);
  }
  return folder;
}

/** Every folder that may hold this workspace's backups: the chosen one and its own backups/ folder. */
export function backupFoldersOf(files: WorkspaceFiles): string[] {
  const chosen = readBackupFolderSetting(files);
  return chosen && chosen !== files.backups ? [chosen, files.backups] : [files.backups];
}

function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
