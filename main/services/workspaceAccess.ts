import fs from 'node:fs';
import path from 'node:path';
import type { ChannelParsedInput, WorkspaceSummary } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../db/auditRepository';
import { logError } from '../log';
import { createWorkspace } from '../workspace/createWorkspace';
import { type SlotKind, sealSlot, withSlot, writeKeySlots } from '../workspace/keySlots';
import { type OpenWorkspace, closeWorkspace, openWorkspace } from '../workspace/openWorkspace';
import { makeFolder } from '../workspace/folderRules';
import { unlockDataKey } from '../workspace/unlockDataKey';
import { checkedWorkspaceLocation } from '../workspace/workspaceLocation';
import { type WorkspaceFiles, WORKSPACE_FOLDER_SUFFIX, workspaceFiles, workspaceFolderName } from '../workspace/workspaceFiles';
import { scheduleCheckThenBackUp } from './automaticBackups';
import { type ServiceContext, openOptions } from './serviceContext';
import { readAutoLockMinutes } from './workspaceSettings';
import { summarize } from './workspaceSummary';

export function defaultWorkspaceLocation(context: ServiceContext): string {
  return path.join(context.dataDir, 'workspaces');
}

export async function createNewWorkspace(
  context: ServiceContext,
  input: ChannelParsedInput<'workspace.create'>,
): Promise<{ workspace: WorkspaceSummary; recoveryCode: string }> {
  const parent = input.location ? checkedWorkspaceLocation(input.location) : defaultWorkspaceLocation(context);
  makeFolder(parent);
  const files = workspaceFiles(path.join(parent, workspaceFolderName(input.name)));
  const { workspace, recoveryCode } = await createWorkspace(files, input, {
    ...openOptions(context),
    kdfCost: context.kdfCost,
    profile: context.profile,
  });
  return { workspace: startSession(context, workspace), recoveryCode };
}

export async function unlockWithPassphrase(context: ServiceContext, input: ChannelParsedInput<'workspace.unlock'>): Promise<WorkspaceSummary> {
  const files = resolveWorkspace(input.path);
  const { dataKey, keySlots } = await throttled(context, files, { kind: 'passphrase', field: 'passphrase' }, () =>
    unlockDataKey(files, 'passphrase', input.passphrase),
  );
  context.session.lockIfOpen(files.folder);
  const workspace = openWorkspace(files, keySlots, dataKey, openOptions(context));
  const summary = startSession(context, workspace);
  scheduleCheckThenBackUp(context, workspace);
  return summary;
}

/** "Forgot passphrase": the recovery code opens the workspace and a new passphrase replaces the old one. */
export async function recoverWithCode(context: ServiceContext, input: ChannelParsedInput<'workspace.recover'>): Promise<WorkspaceSummary> {
  const files = resolveWorkspace(input.path);
  const { dataKey, keySlots } = await throttled(context, files, { kind: 'recovery', field: 'recoveryCode' }, () =>
    unlockDataKey(files, 'recovery', input.recoveryCode),
  );
  context.session.lockIfOpen(files.folder);
  const workspace = openWorkspace(files, keySlots, dataKey, openOptions(context));
  try {
    const slot = await sealSlot('passphrase', input.newPassphrase, dataKey, keySlots.workspaceId, context.kdfCost);
    const next = withSlot(keySlots, slot);
    const at = context.now().toISOString();
    workspace.db.transaction(() => {
      recordAudit(
        workspace.db,
        { profile: context.profile, entity: 'workspace', entityId: workspace.meta.id, action: 'passphrase reset with recovery code', changes: {} },
        at,
      );
      writeKeySlots(files.keySlots, next);
    })();
    workspace.keySlots = next;
  } catch (error) {
    closeWorkspace(workspace);
    throw error;
  }
  const summary = startSession(context, workspace);
  scheduleCheckThenBackUp(context, workspace);
  return summary;
}

export function forgetRecent(context: ServiceContext, input: ChannelParsedInput<'workspace.forgetRecent'>): { done: true } {
  context.recent.forget(input.path);
  return { done: true };
}

export function resolveWorkspace(inputPath: string): WorkspaceFiles {
  const resolved = path.resolve(inputPath);
  const folder = isDirectory(resolved) || resolved.endsWith(WORKSPACE_FOLDER_SUFFIX) ? resolved : path.dirname(resolved);
  if (!fs.existsSync(workspaceFiles(folder).keySlots)) {
    throw new AppError('NOT_FOUND', 'No Coalition Desk workspace was found there.', {
      fieldErrors: { path: ['Choose a folder whose name ends in .coalition.'] },
    });
  }
  return workspaceFiles(folder);
}

/**
 * Runs one secret check under the throttle. Failures count per workspace folder (however its path is spelled)
 * and per kind of secret, so unlock, change passphrase and restore share one budget of guesses; checks of one
 * workspace run one at a time.
 */
export async function throttled<T>(
  context: ServiceContext,
  files: WorkspaceFiles,
  secret: { kind: SlotKind; field: string },
  attempt: () => Promise<T>,
): Promise<T> {
  try {
    return await context.throttle.attempt(files.folder, secret.kind, attempt);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'WRONG_PASSPHRASE') throw error;
    throw new AppError('WRONG_PASSPHRASE', error.message, {
      fieldErrors: { [secret.field]: [error.message] },
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
    });
  }
}

function startSession(context: ServiceContext, workspace: OpenWorkspace): WorkspaceSummary {
  context.session.open(workspace, readAutoLockMinutes(workspace.db));
  const summary = summarize(workspace);
  try {
    context.recent.remember({ name: summary.name, path: summary.path, lastOpenedAt: context.now().toISOString() });
  } catch (error) {
    // The recent list is a convenience: failing to update it must not make an open workspace look failed.
    logError('updating the recent workspaces list', error);
  }
  return summary;
}

function isDirectory(target: string): boolean {
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return false;
  }
}
