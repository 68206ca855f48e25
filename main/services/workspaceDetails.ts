import fs from 'node:fs';
import type { ChannelParsedInput, WorkspaceDetails } from '../../shared/contract';
import { schemaVersion } from '../db/migrate';
import { listBackups } from '../workspace/backupLocation';
import type { ServiceContext } from './serviceContext';
import { readAutoLockMinutes, writeAutoLockMinutes } from './workspaceSettings';
import { summarize } from './workspaceSummary';

export function workspaceDetails(context: ServiceContext): WorkspaceDetails {
  const workspace = context.session.require();
  const { files } = workspace;
  return {
    workspace: summarize(workspace),
    createdAt: workspace.meta.createdAt,
    sizeBytes: [files.database, `${files.database}-wal`, files.keySlots].reduce((total, file) => total + fileSize(file), 0),
    lastBackup: listBackups(files)[0] ?? null,
    autoLockMinutes: readAutoLockMinutes(workspace.db),
    schemaVersion: schemaVersion(workspace.db),
  };
}

export function setAutoLock(context: ServiceContext, input: ChannelParsedInput<'settings.setAutoLock'>): { done: true } {
  const workspace = context.session.require();
  writeAutoLockMinutes(workspace.db, input.minutes, context.profile, context.now().toISOString());
  context.session.setAutoLockMinutes(input.minutes);
  return { done: true };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
