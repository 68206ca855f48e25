import fs from 'node:fs';
import type { AppEvent, BackupInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { backupsToRotateOut } from '../backup/backupRotation';
import { ioAppError } from '../fs/ioErrors';
import { logError, logInfo } from '../log';
import { availableBackupFolder } from '../workspace/backupFolderSetting';
import { backupFilePath, listBackups } from '../workspace/backupLocation';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import type { ReaderOutcome } from '../workspace/readerTask';
import { startReader } from '../workspace/readerWorkers';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { backupInfo } from './workspaceBackups';

export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

type AutomaticBackupEvent = Extract<AppEvent, { type: 'backup.automatic' }>;

export const damagedInBackgroundMessage =
  'A check of the whole workspace, run after it was unlocked, found damaged data. It was locked so that nothing more is saved into it. Restore it from a backup into a new workspace.';

/** Due when no backup of any kind is younger than a day. */
export function isAutomaticBackupDue(newest: BackupInfo | undefined, now: Date): boolean {
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= AUTOMATIC_BACKUP_INTERVAL_MS;
}

/**
 * Right after an unlock, without making the person wait: the full integrity check, then the automatic backup if one
 * is due, each in a reader worker (workspace/readerWorkers.ts) on a read-only connection of its own, so the first
 * screen's calls never queue behind them. Damage found locks the workspace and sends `workspace.damaged`; the
 * backup's outcome is logged and sent as `backup.automatic`. Resolves when both are done.
 */
export async function checkThenBackUp(context: ServiceContext, workspace: OpenWorkspace): Promise<void> {
  const check = await startReader(workspace, { kind: 'integrity' }, context.nativeBinding).outcome;
  if (context.session.workspace !== workspace) {
    context.events.emit({ type: 'backup.automatic', outcome: 'skipped', message: 'The workspace was locked before the automatic backup started.' });
    return;
  }
  if (check.kind === 'integrity' && !check.report.ok) {
    lockDamaged(context, workspace, check.report.problems);
    return;
  }
  context.events.emit(check.kind === 'failed' ? uncheckedBackup(check) : await backUpIfDue(context, workspace));
}

/** The damaged-workspace screen takes over; the session closes before any further request can write. */
function lockDamaged(context: ServiceContext, workspace: OpenWorkspace, problems: string[]): void {
  logError('background integrity check', new Error(`${problems.length} problem(s) found; first: ${problems[0] ?? 'unknown'}`));
  context.events.emit({ type: 'workspace.damaged', path: workspace.files.folder, message: damagedInBackgroundMessage });
  context.session.lock('user');
}

function uncheckedBackup(check: Extract<ReaderOutcome, { kind: 'failed' }>): AutomaticBackupEvent {
  logError('background integrity check', new Error(check.message));
  return { type: 'backup.automatic', outcome: 'failed', message: 'The automatic backup was not saved because the workspace could not be checked first.' };
}

async function backUpIfDue(context: ServiceContext, workspace: OpenWorkspace): Promise<AutomaticBackupEvent> {
  const at = context.now();
  try {
    const existing = listBackups(workspace.files);
    if (!isAutomaticBackupDue(existing[0], at)) return { type: 'backup.automatic', outcome: 'skipped', message: 'A backup less than a day old exists.' };
    const file = backupFilePath(availableBackupFolder(workspace.files), workspace.files, 'automatic', at);
    const job = { kind: 'backup', keySlots: workspace.keySlots, outFile: file, reason: 'automatic', at: at.toISOString() } as const;
    const written = await startReader(workspace, job, context.nativeBinding).outcome;
    if (written.kind === 'failed') return failedBackup(written.message, reasonFor(written));
    if (written.kind !== 'backup') return failedBackup('the worker answered with no backup', genericReason);
    const backup = backupInfo(file, written.header);
    const removed = rotateAutomaticBackups(workspace, backup, existing);
    logInfo(`automatic backup saved (${backup.sizeBytes} bytes); older automatic backups rotated out: ${removed.length}`);
    return { type: 'backup.automatic', outcome: 'saved', message: 'Automatic backup saved.' };
  } catch (error) {
    return failedBackup(error instanceof Error ? error.message : String(error), error instanceof AppError ? error.message : genericReason);
  }
}

/** Rotation covers automatic backups only (never manual or before-upgrade ones). Returns the files removed. */
function rotateAutomaticBackups(workspace: OpenWorkspace, backup: BackupInfo, existing: BackupInfo[]): string[] {
  const automatic = [backup, ...existing].filter((candidate) => candidate.kind === 'automatic');
  // The session may have locked while the backup was written: the time zone then cannot be read, so rotation waits.
  if (!workspace.db.open) return [];
  const removed = backupsToRotateOut(automatic, readPreferences(workspace.db).timeZone).map((old) => old.file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

const genericReason = 'The backup file could not be written.';

/** What the person is told: an AppError's own words, a disk fault's, or the generic reason. */
function reasonFor(failed: Extract<ReaderOutcome, { kind: 'failed' }>): string {
  if (failed.appCode) return failed.message;
  return ioAppError({ code: failed.code })?.message ?? genericReason;
}

function failedBackup(detail: string, reason: string): AutomaticBackupEvent {
  logError('automatic backup', new Error(detail));
  return { type: 'backup.automatic', outcome: 'failed', message: `The automatic backup could not be saved. ${reason}` };
}
