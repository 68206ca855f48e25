import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { checkIntegrity, checkOpening } from '../db/integrity';
import { ioAppError } from '../fs/ioErrors';
import { migrate } from '../db/migrate';
import { type Migration, migrations as knownMigrations } from '../db/migrations';
import { type Db, openEncryptedDatabase } from '../db/openDatabase';
import { type WorkspaceMetaRow, getWorkspaceMeta } from '../db/workspaceMetaRepository';
import { writeBackupBeforeUpgrade } from './backupBeforeUpgrade';
import { removeWorkspaceLeftovers } from './crashLeftovers';
import { settleWorkspaceFiles } from './interruptedRekey';
import { stopChecks } from './readerWorkers';
import type { KeySlotsFile } from './keySlots';
import type { WorkspaceFiles } from './workspaceFiles';
import { type LockHolderApp, type WorkspaceLock, acquireWorkspaceLock } from './workspaceLock';

export interface OpenWorkspace {
  files: WorkspaceFiles;
  db: Db;
  dataKey: Buffer;
  keySlots: KeySlotsFile;
  meta: WorkspaceMetaRow;
  lock: WorkspaceLock;
}

export interface OpenWorkspaceOptions {
  nativeBinding?: string | undefined;
  now: () => Date;
  /** The schema steps to bring the file up to; tests pass extra steps to exercise a real upgrade. */
  migrations?: readonly Migration[];
  /** Named in the lock owner file, for the message another opener gets. */
  app?: LockHolderApp | undefined;
  /** The lock this process already holds on the workspace (a re-key reopening it); it stays the caller's to release. */
  heldLock?: WorkspaceLock | undefined;
  /**
   * 'opening' (the default) reads the first page and the schema only, in constant time; the session runs the full
   * check in the background after unlock (backgroundCheck.ts). A restore asks for 'full': its copy is checked page by
   * page before anyone uses it.
   */
  check?: 'opening' | 'full';
}

const damagedMessage = 'The workspace failed its integrity check. Restore it from a backup into a new workspace.';

/** Opens the database with an unwrapped key, checks its first page and schema, and brings its schema up to date. */
export function openWorkspace(files: WorkspaceFiles, keySlots: KeySlotsFile, dataKey: Buffer, options: OpenWorkspaceOptions): OpenWorkspace {
  if (!fs.existsSync(files.database)) {
    throw new AppError('WORKSPACE_DAMAGED', 'The workspace database file is missing from its folder.');
  }
  const lock = options.heldLock ?? acquireWorkspaceLock(files, options);
  const releaseOwnLock = () => {
    if (!options.heldLock) lock.release();
  };
  try {
    settleWorkspaceFiles(files, keySlots);
  } catch (error) {
    releaseOwnLock();
    throw error;
  }
  let db: Db;
  try {
    db = openEncryptedDatabase(files.database, dataKey, keySlots.database, { nativeBinding: options.nativeBinding });
  } catch (error) {
    releaseOwnLock();
    throw ioAppError(error) ?? new AppError('WORKSPACE_DAMAGED', 'The key is right but the database file could not be read. It may be damaged.');
  }
  try {
    requireIntact(db, options.check ?? 'opening');
    migrate(db, options.migrations ?? knownMigrations, {
      // Every backup is checked page by page first: an upgrade is rare, so this one waits for the full check.
      backupBeforeMigrating: () => {
        requireIntact(db, 'full');
        writeBackupBeforeUpgrade(db, keySlots, files, options.now());
      },
    });
    const meta = getWorkspaceMeta(db);
    if (!meta) throw new AppError('WORKSPACE_DAMAGED', 'The workspace has no coalition record.');
    removeWorkspaceLeftovers(files);
    return { files, db, dataKey, keySlots, meta, lock };
  } catch (error) {
    db.close();
    releaseOwnLock();
    throw ioAppError(error) ?? error;
  }
}

function requireIntact(db: Db, check: 'opening' | 'full'): void {
  const report = check === 'full' ? checkIntegrity(db) : checkOpening(db);
  if (!report.ok) throw new AppError('WORKSPACE_DAMAGED', damagedMessage);
}

export function closeWorkspace(workspace: OpenWorkspace): void {
  stopChecks(workspace);
  try {
    workspace.db.close();
  } finally {
    workspace.dataKey.fill(0);
    workspace.lock.release();
  }
}
