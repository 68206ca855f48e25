import fs from 'node:fs';
import type { AppEvent, BackupInfo } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { backupsToRotateOut } from '../backup/backupRotation';
import { logError, logInfo } from '../log';
import { listBackups } from '../workspace/backupLocation';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import { checkInBackground, writeBackupInBackground } from './checkedBackups';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';

export const AUTOMATIC_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

type AutomaticBackupEvent = Extract<AppEvent, { type: 'backup.automatic' }>;

/** Due when no backup of any kind is younger than a day. */
export function isAutomaticBackupDue(newest: BackupInfo | undefined, now: Date): boolean {
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= AUTOMATIC_BACKUP_INTERVAL_MS;
}

/**
 * How long the first screen after an unlock has the machine to itself before the background check starts: on two
 * cores, a check reading a 300 MB file beside the dashboard's first queries made them ~1.2x slower than at 30 MB
 * (docs/benchmarks.md, "Issue 11 goals").
 */
export const FIRST_SCREEN_GRACE_MS = 1000;

const lockedBeforeStart = 'The workspace was locked before the automatic backup started.';

/**
 * After an unlock: the check and the automatic backup start once the first screen has had its grace. A lock before
 * then cancels them, and so does another workspace opened in the meantime (which sends no lock); either way the
 * outcome is a skipped backup, as for a lock during the check.
 */
export function scheduleCheckThenBackUp(context: ServiceContext, workspace: OpenWorkspace): void {
  const skip = () => context.events.emit({ type: 'backup.automatic', outcome: 'skipped', message: lockedBeforeStart });
  const start = setTimeout(() => {
    stopWatching();
    if (context.session.workspace === workspace) void checkThenBackUp(context, workspace);
    else skip();
  }, FIRST_SCREEN_GRACE_MS);
  start.unref();
  const stopWatching = context.events.subscribe((event) => {
    if (event.type !== 'session.locked') return;
    clearTimeout(start);
    stopWatching();
    // After every listener has heard of the lock, so none hears of the skipped backup first.
    queueMicrotask(skip);
  });
}

/**
 * After an unlock and its grace, without making the person wait: the full integrity check, then the automatic backup
 * if one is due, each in a reader worker (workspace/readerWorkers.ts) on a read-only connection of its own, so the first
 * screen's calls never queue behind them. Damage found locks the workspace (checkedBackups.ts); otherwise the
 * backup's outcome is logged and sent as `backup.automatic`. Resolves when both are done.
 */
async function checkThenBackUp(context: ServiceContext, workspace: OpenWorkspace): Promise<void> {
  const verdict = await checkInBackground(context, workspace);
  if (verdict.state === 'damaged') return;
  if (verdict.state === 'closed') {
    context.events.emit({ type: 'backup.automatic', outcome: 'skipped', message: lockedBeforeStart });
  } else if (verdict.state === 'unchecked') {
    context.events.emit({
      type: 'backup.automatic',
      outcome: 'failed',
      message: 'The automatic backup was not saved because the workspace could not be checked first.',
    });
  } else {
    context.events.emit(await backUpIfDue(context, workspace));
  }
}

async function backUpIfDue(context: ServiceContext, workspace: OpenWorkspace): Promise<AutomaticBackupEvent> {
  const at = context.now();
  try {
    const existing = listBackups(workspace.files);
    if (!isAutomaticBackupDue(existing[0], at)) return { type: 'backup.automatic', outcome: 'skipped', message: 'A backup less than a day old exists.' };
    const backup = await writeBackupInBackground(context, workspace, 'automatic', at);
    const removed = rotateAutomaticBackups(workspace, backup, existing);
    logInfo(`automatic backup saved (${backup.sizeBytes} bytes); older automatic backups rotated out: ${removed.length}`);
    return { type: 'backup.automatic', outcome: 'saved', message: 'Automatic backup saved.' };
  } catch (error) {
    logError('automatic backup', error);
    const reason = error instanceof AppError ? error.message : 'The backup file could not be written.';
    return { type: 'backup.automatic', outcome: 'failed', message: `The automatic backup could not be saved. ${reason}` };
  }
}

/** Rotation covers automatic backups only (never manual or before-upgrade ones). Returns the files removed. */
function rotateAutomaticBackups(workspace: OpenWorkspace, backup: BackupInfo, existing: BackupInfo[]): string[] {
  // The session may have locked while the backup was written: the time zone then cannot be read, so rotation waits.
  if (!workspace.db.open) return [];
  const automatic = [backup, ...existing].filter((candidate) => candidate.kind === 'automatic');
  const removed = backupsToRotateOut(automatic, readPreferences(workspace.db).timeZone).map((old) => old.file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}
