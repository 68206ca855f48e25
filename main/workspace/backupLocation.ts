import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import { BACKUP_EXTENSION, type BackupReason } from '../backup/backupFormat';
import { readBackupLayout } from '../backup/readBackup';
import type { WorkspaceFiles } from './workspaceFiles';

export function backupFilePath(files: WorkspaceFiles, reason: BackupReason, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return path.join(files.backups, `${stamp}-${reason}${BACKUP_EXTENSION}`);
}

/** The workspace's backups, newest first; files that are not readable backups are left out. */
export function listBackups(files: WorkspaceFiles): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(files.backups);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names.filter((candidate) => candidate.endsWith(BACKUP_EXTENSION))) {
    const file = path.join(files.backups, name);
    try {
      const { header } = readBackupLayout(file);
      backups.push({ file, createdAt: header.createdAt, reason: header.reason, sizeBytes: fs.statSync(file).size });
    } catch {
      // An unreadable file is not offered as a backup; "verify" reports it explicitly.
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
