import fs from 'node:fs';
import type { ChannelParsedInput, WorkspaceDetails } from '../../shared/contract';
import { schemaVersion } from '../db/migrate';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { loadWorkspaceMeta } from '../db/workspaceMetaRepository';
import { listBackups } from '../workspace/backupLocation';
import { openCoalition } from './openCoalition';
import type { ServiceContext } from './serviceContext';
import { loadAutoLockMinutes, saveAutoLockMinutes } from './workspaceSettings';
import { inTransaction, requireFound, storage } from './workspaceTransaction';
import { summarize } from './workspaceSummary';

export async function workspaceDetails(context: ServiceContext): Promise<WorkspaceDetails> {
  const workspace = context.session.workspace;
  if (!workspace) return serverDatabaseDetails(context);
  const { files } = workspace;
  return {
    workspace: summarize(workspace),
    createdAt: workspace.meta.createdAt,
    sizeBytes: [files.database, `${files.database}-wal`, files.keySlots].reduce((total, file) => total + fileSize(file), 0),
    lastBackup: listBackups(files)[0] ?? null,
    autoLockMinutes: await loadAutoLockMinutes(storage(context)),
    schemaVersion: schemaVersion(workspace.db),
  };
}

/**
 * A server database has no file, backups or lock on this computer: its size and backups are the server's matter, and
 * the app refuses to start on a database whose schema is not the one it migrates to.
 */
async function serverDatabaseDetails(context: ServiceContext): Promise<WorkspaceDetails> {
  const meta = requireFound(await loadWorkspaceMeta(storage(context)), 'coalition record');
  const open = requireFound((await openCoalition(context)) ?? undefined, 'coalition record');
  return { workspace: open.summary, createdAt: meta.createdAt, sizeBytes: 0, lastBackup: null, autoLockMinutes: 0, schemaVersion: LATEST_SCHEMA_VERSION };
}

/** The idle lock belongs to a workspace file: a server database has none (require answers UNSUPPORTED there). */
export async function setAutoLock(context: ServiceContext, input: ChannelParsedInput<'settings.setAutoLock'>): Promise<{ done: true }> {
  context.session.require();
  await inTransaction(context, (trx, at) => saveAutoLockMinutes(trx, input.minutes, context.profile, at));
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
