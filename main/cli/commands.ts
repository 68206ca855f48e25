import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { writeBackup } from '../backup/writeBackup';
import { openEncryptedDatabase } from '../db/openDatabase';
import { checkIntegrity } from '../db/integrity';
import { closeWorkspace } from '../workspace/openWorkspace';
import { restoreWorkspace } from '../workspace/restoreWorkspace';
import { unlockDataKey } from '../workspace/unlockDataKey';
import { type VerifyReport, type Secret, describeVerification, verifyBackupFile, verifyWorkspaceFolder } from '../workspace/verifyWorkspace';
import { availableBackupFolder } from '../workspace/backupFolderSetting';
import { backupFilePath } from '../workspace/backupLocation';
import { WORKSPACE_FOLDER_SUFFIX, workspaceFiles } from '../workspace/workspaceFiles';
import { BACKUP_EXTENSION } from '../backup/backupFormat';
import type { UnlockThrottle } from '../services/unlockThrottle';
import { UsageError } from './readSecret';

export type Print = (line: string) => void;

export async function verifyCommand(target: string, secret: Secret, print: Print, throttle: UnlockThrottle): Promise<boolean> {
  const isBackup = fs.statSync(target, { throwIfNoEntry: false })?.isFile() ?? false;
  const report: VerifyReport = await throttle.attempt(isBackup ? guessCountFolderOf(target) : target, secret.kind, () =>
    isBackup ? verifyBackupFile(target, secret) : verifyWorkspaceFolder(workspaceFiles(target), secret),
  );
  if (isBackup) print('Checksum: ok');
  print(`Cipher: SQLCipher 4 compatible; key ${secret.kind === 'passphrase' ? 'passphrase' : 'recovery code'} accepted`);
  print(`Schema version: ${report.schemaVersion}; pages: ${report.pageCount}`);
  for (const problem of report.problems) print(`Problem: ${problem}`);
  print(report.ok ? 'Integrity: ok' : 'Integrity: FAILED');
  if (isBackup) print(describeVerification(report, secret.kind));
  return report.ok;
}

/** Writes a backup to the file given, or, without one, into the workspace's backup folder as the app would. */
export async function backupCommand(workspace: string, outFile: string | undefined, secret: Secret, print: Print, throttle: UnlockThrottle): Promise<boolean> {
  if (outFile && fs.existsSync(outFile)) throw new UsageError(`${outFile} already exists; choose a new file name.`);
  const files = workspaceFiles(workspace);
  const { dataKey, keySlots } = await throttle.attempt(files.folder, secret.kind, () => unlockDataKey(files, secret.kind, secret.value));
  // Read-only, beside whichever app may have the workspace open: a WAL reader sees one consistent snapshot and
  // VACUUM INTO copies it, so a backup needs no lock and never waits for the app to close.
  const db = openEncryptedDatabase(files.database, dataKey, keySlots.database, { readonly: true });
  dataKey.fill(0);
  try {
    if (!checkIntegrity(db).ok) throw new AppError('WORKSPACE_DAMAGED', 'The workspace failed its integrity check; no backup was written.');
    const at = new Date();
    const target = outFile ?? backupFilePath(availableBackupFolder(files), files, 'cli', at);
    const header = writeBackup(db, keySlots, target, 'cli', at);
    print(`Backup written: ${path.resolve(target)} (${header.payloadBytes} bytes, sha256 ${header.payloadSha256.slice(0, 16)}…)`);
    return true;
  } finally {
    db.close();
  }
}

export async function restoreCommand(backupFile: string, newWorkspace: string, secret: Secret, print: Print, throttle: UnlockThrottle): Promise<boolean> {
  if (!backupFile.endsWith(BACKUP_EXTENSION)) print(`Note: ${backupFile} does not end in ${BACKUP_EXTENSION}; trying it anyway.`);
  const folder = newWorkspace.endsWith(WORKSPACE_FOLDER_SUFFIX) ? newWorkspace : `${newWorkspace}${WORKSPACE_FOLDER_SUFFIX}`;
  const restored = await throttle.attempt(guessCountFolderOf(backupFile), secret.kind, () =>
    restoreWorkspace(backupFile, workspaceFiles(folder), secret, { now: () => new Date(), app: 'cli' }),
  );
  const name = restored.meta.name;
  closeWorkspace(restored);
  print(`Restored "${name}" into ${path.resolve(folder)}; integrity: ok`);
  return true;
}

/**
 * Where guesses at a backup file are counted: a backup inside a workspace's own `backups/` shares that workspace's
 * count (it opens with the same secrets); any other backup is counted in the folder that holds it.
 */
function guessCountFolderOf(backupFile: string): string {
  const folder = path.dirname(path.resolve(backupFile));
  const owner = path.dirname(folder);
  return path.basename(folder) === 'backups' && owner.endsWith(WORKSPACE_FOLDER_SUFFIX) ? owner : folder;
}
