import fs from 'node:fs';
import type { AppEvent, BackupInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { backupsToRotateOut } from '../backup/backupRotation';
import { logError, logInfo } from '../log';
import { listBackups } from '../workspace/backupLocation';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { takeBackup } from './workspaceBackups';

export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** Long enough for the first screen after unlocking to load before VACUUM INTO holds the main thread. */
export const AUTOMATIC_BACKUP_DELAY_MS = 1000;

export type AutomaticBackupReport = Extract<AppEvent, { type: 'backup.automatic' }> & { backup: BackupInfo | null; removed: string[] };

/** Due when no backup of any kind is younger than a day. */
export function isAutomaticBackupDue(newest: BackupInfo | undefined, now: Date): boolean {
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= AUTOMATIC_BACKUP_INTERVAL_MS;
}

/** Takes the automatic backup if due, then rotates automatic backups (never manual or before-upgrade ones). */
export function takeAutomaticBackupIfDue(context: ServiceContext, workspace: OpenWorkspace): AutomaticBackupReport {
  const at = context.now();
  const existing = listBackups(workspace.files);
  if (!isAutomaticBackupDue(existing[0], at)) {
    return { type: 'backup.automatic', outcome: 'skipped', message: 'A backup less than a day old exists.', backup: null, removed: [] };
  }
  const backup = takeBackup(workspace, 'automatic', at);
  const automatic = [backup, ...existing].filter((candidate) => candidate.kind === 'automatic');
  const removed = backupsToRotateOut(automatic, readPreferences(workspace.db).timeZone).map((old) => old.file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return { type: 'backup.automatic', outcome: 'saved', message: 'Automatic backup saved.', backup, removed };
}

/**
 * Right after an unlock, without making the person wait for it: the backup runs a moment later on the
 * main thread, only if the same workspace is still open, and its outcome is logged and sent to the window.
 */
export function scheduleAutomaticBackup(context: ServiceContext, workspace: OpenWorkspace): void {
  const timer = setTimeout(() => context.events.emit(runAutomaticBackup(context, workspace)), AUTOMATIC_BACKUP_DELAY_MS);
  timer.unref();
}

function runAutomaticBackup(context: ServiceContext, workspace: OpenWorkspace): AppEvent {
  if (context.session.workspace !== workspace) {
    return { type: 'backup.automatic', outcome: 'skipped', message: 'The workspace was locked before the automatic backup started.' };
  }
  try {
    const { outcome, message, backup, removed } = takeAutomaticBackupIfDue(context, workspace);
    if (backup) logInfo(`automatic backup saved (${backup.sizeBytes} bytes); older automatic backups rotated out: ${removed.length}`);
    return { type: 'backup.automatic', outcome, message };
  } catch (error) {
    logError('automatic backup', error);
    const reason = error instanceof AppError ? error.message : 'The backup file could not be written.';
    return { type: 'backup.automatic', outcome: 'failed', message: `The automatic backup could not be saved. ${reason}` };
  }
}
