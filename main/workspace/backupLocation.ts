import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import { BACKUP_EXTENSION, type BackupReason, backupKindOf } from '../backup/backupFormat';
import { readBackupLayout } from '../backup/readBackup';
import { fileNameWithin } from '../fs/fileNameBytes';
import { backupFoldersOf } from './backupFolderSetting';
import { readKeySlots } from './keySlots';
import { WORKSPACE_FOLDER_SUFFIX, type WorkspaceFiles } from './workspaceFiles';

/**
 * A backup's file name starts with the workspace's folder name, so backups of several workspaces
 * can share one chosen folder and a person can still tell them apart.
 */
export function backupFilePath(folder: string, files: WorkspaceFiles, reason: BackupReason, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const workspaceName = path.basename(files.folder, WORKSPACE_FOLDER_SUFFIX);
  return path.join(folder, fileNameWithin(workspaceName, ` ${stamp} ${reason}${BACKUP_EXTENSION}`));
}

/**
 * This workspace's backups in its chosen folder and its own backups/ folder, newest first. Files of other
 * workspaces (by the id in their key slots) and files that are not readable backups are left out.
 */
export function listBackups(files: WorkspaceFiles): BackupInfo[] {
  const workspaceId = readWorkspaceId(files);
  const backups: BackupInfo[] = [];
  for (const folder of backupFoldersOf(files)) {
    for (const file of backupFilesIn(folder)) {
      try {
        const { header } = readBackupLayout(file);
        if (workspaceId !== null && header.keySlots.workspaceId !== workspaceId) continue;
        const info = { file, createdAt: header.createdAt, reason: header.reason, kind: backupKindOf(header.reason) };
        backups.push({ ...info, sizeBytes: fs.statSync(file).size });
      } catch {
        // An unreadable file is not offered as a backup; "verify" reports it explicitly.
      }
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Whether a file is one of the backups listBackups offers for this workspace. */
export function isBackupOf(files: WorkspaceFiles, backupFile: string): boolean {
  const resolved = path.resolve(backupFile);
  return listBackups(files).some((backup) => backup.file === resolved);
}

function backupFilesIn(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(BACKUP_EXTENSION))
      .map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}

function readWorkspaceId(files: WorkspaceFiles): string | null {
  try {
    return readKeySlots(files.keySlots).workspaceId;
  } catch {
    return null;
  }
}
