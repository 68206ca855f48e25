import fs from 'node:fs';
import type { BackupInfo } from '../../shared/contract';
import { AppError, isAppErrorShape } from '../../shared/errors';
import { type BackupHeader, type BackupReason, backupKindOf } from '../backup/backupFormat';
import { ioAppError } from '../fs/ioErrors';
import { logError } from '../log';
import { availableBackupFolder } from '../workspace/backupFolderSetting';
import { backupFilePath } from '../workspace/backupLocation';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import type { ReaderOutcome } from '../workspace/readerTask';
import { startReader } from '../workspace/readerWorkers';
import type { ServiceContext } from './serviceContext';

export const damagedInBackgroundMessage =
  'A check of the whole workspace, run after it was unlocked, found damaged data. It was locked so that nothing more is saved into it. Restore it from a backup into a new workspace.';

/** What the full check found: the workspace may have been locked meanwhile, or the check could not run at all. */
export type CheckVerdict = { state: 'sound' } | { state: 'damaged' } | { state: 'closed' } | { state: 'unchecked'; detail: string };

/**
 * The full integrity check (every page's b-tree and HMAC) in a reader worker, never on the serving thread. Damage
 * found while the same workspace is open locks it and sends `workspace.damaged`, so the window shows the
 * damaged-workspace screen and nothing more is written.
 */
export async function checkInBackground(context: ServiceContext, workspace: OpenWorkspace): Promise<CheckVerdict> {
  const outcome = await startReader(workspace, { kind: 'integrity' }, context.nativeBinding).outcome;
  if (context.session.workspace !== workspace) return { state: 'closed' };
  if (outcome.kind === 'failed') {
    logError('background integrity check', new Error(outcome.message));
    return { state: 'unchecked', detail: outcome.message };
  }
  if (outcome.kind !== 'integrity' || outcome.report.ok) return { state: 'sound' };
  const { problems } = outcome.report;
  logError('background integrity check', new Error(`${problems.length} problem(s) found; first: ${problems[0] ?? 'unknown'}`));
  context.events.emit({ type: 'workspace.damaged', path: workspace.files.folder, message: damagedInBackgroundMessage });
  context.session.lock('user');
  return { state: 'damaged' };
}

/** Writes one backup (VACUUM INTO, checksum, container, fsync) in a reader worker. Fails with an AppError that says why. */
export async function writeBackupInBackground(context: ServiceContext, workspace: OpenWorkspace, reason: BackupReason, at: Date): Promise<BackupInfo> {
  const file = backupFilePath(availableBackupFolder(workspace.files), workspace.files, reason, at);
  const job = { kind: 'backup', keySlots: workspace.keySlots, outFile: file, reason, at: at.toISOString() } as const;
  const written = await startReader(workspace, job, context.nativeBinding).outcome;
  if (written.kind === 'backup') return backupInfo(file, written.header);
  logError('backup', new Error(written.kind === 'failed' ? written.message : 'the worker answered with no backup'));
  throw written.kind === 'failed' ? backupError(written) : new AppError('INTERNAL', genericReason);
}

function backupInfo(file: string, header: BackupHeader): BackupInfo {
  return { file, createdAt: header.createdAt, reason: header.reason, kind: backupKindOf(header.reason), sizeBytes: fs.statSync(file).size };
}

const genericReason = 'The backup file could not be written.';

/** An AppError raised in the worker keeps its code and words; a disk fault says what happened; anything else is generic. */
function backupError(failed: Extract<ReaderOutcome, { kind: 'failed' }>): AppError {
  const raised = { code: failed.appCode, message: failed.message };
  if (isAppErrorShape(raised)) return new AppError(raised.code, raised.message);
  return ioAppError({ code: failed.code }) ?? new AppError('INTERNAL', genericReason);
}
