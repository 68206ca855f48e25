import fs from 'node:fs';
import path from 'node:path';
import type { BackupFolder, BackupInfo, BackupsOverview, ChannelParsedInput, WorkspaceSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { truncateUtf8 } from '../fs/fileNameBytes';
import { backupFolderOf } from '../workspace/backupFolderSetting';
import { isBackupOf, listBackups } from '../workspace/backupLocation';
import { closeWorkspace } from '../workspace/openWorkspace';
import { restoreWorkspace } from '../workspace/restoreWorkspace';
import { type WorkspaceFiles, workspaceFiles } from '../workspace/workspaceFiles';
import { checkInBackground, damagedInBackgroundMessage, writeBackupInBackground } from './checkedBackups';
import { olderKeyBackups } from './olderKeyBackups';
import { type ServiceContext, openOptions } from './serviceContext';
import { throttled } from './workspaceAccess';
import { summarize } from './workspaceSummary';

/** "Back up now": the full integrity check first, then the backup, both in reader workers (checkedBackups.ts). */
export async function backupNow(context: ServiceContext): Promise<BackupInfo> {
  const workspace = context.session.require();
  const verdict = await checkInBackground(context, workspace);
  if (verdict.state === 'damaged') throw new AppError('WORKSPACE_DAMAGED', damagedInBackgroundMessage);
  if (verdict.state === 'closed') throw new AppError('LOCKED', 'The workspace was locked before the backup started. Unlock it and try again.');
  if (verdict.state === 'unchecked') throw new AppError('INTERNAL', 'The workspace could not be checked, so no backup was written. Please try again.');
  return writeBackupInBackground(context, workspace, 'manual', context.now());
}

export function backupsOverview(context: ServiceContext): BackupsOverview {
  const workspace = context.session.require();
  return { folder: backupFolderInfo(workspace.files), backups: listBackups(workspace.files), olderKey: olderKeyBackups(workspace) };
}

export function backupFolderInfo(files: WorkspaceFiles): BackupFolder {
  const folder = backupFolderOf(files);
  return { path: folder, isDefault: folder === files.backups, defaultPath: files.backups };
}

/** For the damaged-workspace screen: works while locked, from the folder setting kept beside the key slots. */
export function listWorkspaceBackups(input: ChannelParsedInput<'workspace.listBackups'>): BackupInfo[] {
  return listBackups(workspaceFiles(path.resolve(input.path)));
}

/** A backup file named by the renderer, accepted only if it is one of this workspace's listed backups. */
export function requireBackupOf(files: WorkspaceFiles, backupFile: string): string {
  if (!isBackupOf(files, backupFile)) throw new AppError('NOT_FOUND', 'That backup does not belong to this workspace.');
  return path.resolve(backupFile);
}

/**
 * Restores one of a workspace's backups into a new folder beside it, named with the date, after checking
 * its checksum, the secret and its integrity. The workspace it came from (open or damaged) is not touched.
 */
export async function restoreFromBackup(
  context: ServiceContext,
  input: ChannelParsedInput<'workspace.restoreBackup'>,
): Promise<{ restoredPath: string; workspace: WorkspaceSummary }> {
  const source = workspaceFiles(path.resolve(input.path));
  const backupFile = requireBackupOf(source, input.backupFile);
  const target = workspaceFiles(freeSiblingFolder(source.folder, context.now()));
  const restored = await throttled(context, source, { kind: input.secretKind, field: 'secret' }, () =>
    restoreWorkspace(backupFile, target, { kind: input.secretKind, value: input.secret }, openOptions(context)),
  );
  const summary = summarize(restored);
  closeWorkspace(restored);
  context.recent.remember({ name: summary.name, path: summary.path, lastOpenedAt: context.now().toISOString() });
  return { restoredPath: target.folder, workspace: summary };
}

export function freeSiblingFolder(folder: string, at: Date): string {
  const base = path.join(path.dirname(folder), truncateUtf8(path.basename(folder).replace(/\.coalition$/, ''), 160));
  const day = at.toISOString().slice(0, 10);
  for (let attempt = 1; ; attempt += 1) {
    const candidate = `${base} (restored ${day}${attempt > 1 ? ` ${attempt}` : ''}).coalition`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}
