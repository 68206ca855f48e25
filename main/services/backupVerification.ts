import path from 'node:path';
import type { BackupVerification, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { readBackupLayout } from '../backup/readBackup';
import { describeVerification, verifyBackupFile } from '../workspace/verifyWorkspace';
import { workspaceFiles } from '../workspace/workspaceFiles';
import type { ServiceContext } from './serviceContext';
import { throttled } from './workspaceAccess';
import { requireBackupOf } from './workspaceBackups';

/**
 * "Verify backup": the checksum, that the passphrase or recovery code opens it, and SQLite's integrity
 * checks on a scratch copy. Nothing is restored and nothing of the workspace changes. A wrong secret is
 * an error on the `secret` field; a damaged backup is an answer (ok: false) with the reason.
 */
export async function verifyBackup(context: ServiceContext, input: ChannelParsedInput<'backups.verify'>): Promise<BackupVerification> {
  const source = workspaceFiles(path.resolve(input.path));
  const backupFile = requireBackupOf(source, input.backupFile);
  const createdAt = readBackupLayout(backupFile).header.createdAt;
  try {
    const report = await throttled(context, source, { kind: input.secretKind, field: 'secret' }, () =>
      verifyBackupFile(backupFile, { kind: input.secretKind, value: input.secret }, context.nativeBinding),
    );
    return { ok: report.ok, message: describeVerification(report, input.secretKind), problems: report.problems, createdAt };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'WORKSPACE_DAMAGED') throw error;
    return { ok: false, message: `${error.message} Nothing was restored or changed.`, problems: [error.message], createdAt };
  }
}
