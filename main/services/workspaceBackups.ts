import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, ChannelParsedInput, WorkspaceSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { writeBackup } from '../backup/writeBackup';
import { backupFilePath, listBackups } from '../workspace/backupLocation';
import { closeWorkspace } from '../workspace/openWorkspace';
import { restoreWorkspace } from '../workspace/restoreWorkspace';
import { workspaceFiles } from '../workspace/workspaceFiles';
import { type ServiceContext, openOptions } from './serviceContext';
import { throttled } from './workspaceAccess';
import { summarize } from './workspaceSummary';

export function backupNow(context: ServiceContext): BackupInfo {
  const workspace = context.session.require();
  const at = context.now();
  const file = backupFilePath(workspace.files, 'manual', at);
  const header = writeBackup(workspace.db, workspace.keySlots, file, 'manual', at);
  return { file, createdAt: header.createdAt, reason: header.reason, sizeBytes: fs.statSync(file).size };
}

export function listWorkspaceBackups(input: ChannelParsedInput<'workspace.listBackups'>): BackupInfo[] {
  return listBackups(workspaceFiles(path.resolve(input.path)));
}

/**
 * Restores one of a workspace's backups into a new folder beside it, named with the date,
 * so the damaged original stays untouched for whoever wants to look at it.
 */
export async function restoreFromBackup(
  context: ServiceContext,
  input: ChannelParsedInput<'workspace.restoreBackup'>,
): Promise<{ restoredPath: string; workspace: WorkspaceSummary }> {
  const source = workspaceFiles(path.resolve(input.path));
  const backupFile = path.resolve(input.backupFile);
  if (path.dirname(backupFile) !== source.backups) {
    throw new AppError('NOT_FOUND', 'That backup does not belong to this workspace.');
  }
  const target = workspaceFiles(freeSiblingFolder(source.folder, context.now()));
  const restored = await throttled(context, source, { kind: 'passphrase', field: 'passphrase' }, () =>
    restoreWorkspace(backupFile, target, { kind: 'passphrase', value: input.passphrase }, openOptions(context)),
  );
  const summary = summarize(restored);
  closeWorkspace(restored);
  context.recent.remember({ name: summary.name, path: summary.path, lastOpenedAt: context.now().toISOString() });
  return { restoredPath: target.folder, workspace: summary };
}

export function freeSiblingFolder(folder: string, at: Date): string {
  const base = folder.replace(/\.coalition$/, '');
  const day = at.toISOString().slice(0, 10);
  for (let attempt = 1; ; attempt += 1) {
    const candidate = `${base} (restored ${day}${attempt > 1 ? ` ${attempt}` : ''}).coalition`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

