import { writeBackup } from '../backup/writeBackup';
import type { Db } from '../db/openDatabase';
import { logError } from '../log';
import { availableBackupFolder, readBackupFolderSetting } from './backupFolderSetting';
import { backupFilePath } from './backupLocation';
import type { KeySlotsFile } from './keySlots';
import type { WorkspaceFiles } from './workspaceFiles';

/**
 * The backup taken before the app upgrades a workspace's schema. It goes to the chosen backup folder;
 * when that cannot be written (a backup drive that is not plugged in), to the workspace's own backups/
 * folder instead, because an upgrade must never run without a backup and must not block opening either.
 */
export function writeBackupBeforeUpgrade(db: Db, keySlots: KeySlotsFile, files: WorkspaceFiles, at: Date): void {
  try {
    writeBackup(db, keySlots, backupFilePath(availableBackupFolder(files), files, 'before-migration', at), 'before-migration', at);
  } catch (error) {
    if (readBackupFolderSetting(files) === null) throw error;
    logError('writing the backup before an upgrade into the chosen folder; using the built-in folder', error);
    writeBackup(db, keySlots, backupFilePath(files.backups, files, 'before-migration', at), 'before-migration', at);
  }
}
