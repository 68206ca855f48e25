import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupVerification, BackupVerifyJobStatus, ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { type BackupLayout, readBackupLayout } from '../backup/readBackup';
import { ioAppError } from '../fs/ioErrors';
import type { ReaderOutcome } from '../workspace/readerTask';
import { startReaderTask } from '../workspace/readerWorkers';
import { unlockDataKey } from '../workspace/unlockDataKey';
import { describeVerification, verifyReportOf } from '../workspace/verifyWorkspace';
import { workspaceFiles } from '../workspace/workspaceFiles';
import type { BackupVerifyControl } from './backupVerifyJobs';
import type { ServiceContext } from './serviceContext';
import { throttled } from './workspaceAccess';
import { requireBackupOf } from './workspaceBackups';

type VerifyInput = ChannelParsedInput<'backups.verify'>;

/**
 * "Verify backup" as a job: the secret is checked first (a wrong one is an error on the `secret` field, answered at
 * once); then a reader worker copies the backup's content to a scratch file while computing its checksum, and runs
 * SQLite's checks on the copy table by table, reporting its percent. Nothing is restored and nothing of the workspace
 * changes; the scratch folder goes when the job ends, however it ends. A damaged backup is an answer (ok: false).
 */
export async function startBackupVerification(context: ServiceContext, input: VerifyInput): Promise<{ jobId: string; ended: Promise<BackupVerifyJobStatus> }> {
  const source = workspaceFiles(path.resolve(input.path));
  const backupFile = requireBackupOf(source, input.backupFile);
  const layout = readBackupLayout(backupFile);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-verify-'));
  try {
    const files = workspaceFiles(path.join(scratch, 'verify.coalition'));
    fs.mkdirSync(files.folder);
    fs.writeFileSync(files.keySlots, JSON.stringify(layout.header.keySlots), { mode: 0o600 });
    const unlocked = await throttled(context, source, { kind: input.secretKind, field: 'secret' }, () => unlockDataKey(files, input.secretKind, input.secret));
    return context.backupVerifyJobs.start(async (control) => {
      try {
        const task = { database: files.database, dataKey: unlocked.dataKey, cipher: unlocked.keySlots.database, nativeBinding: context.nativeBinding };
        return answerOf(await checkCopy(task, backupFile, layout, control), input.secretKind, layout);
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    });
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** The same job, answered when it ends (tests, and any caller that waits). */
export async function verifyBackup(context: ServiceContext, input: VerifyInput): Promise<BackupVerification> {
  const status = await (await startBackupVerification(context, input)).ended;
  if (status.state === 'finished') return status.result;
  if (status.state === 'failed') throw new AppError(status.error.code, status.error.message);
  throw new AppError('LOCKED', 'The verification was stopped before it finished. Nothing was changed.');
}

interface CopyTask {
  database: string;
  dataKey: Buffer;
  cipher: Parameters<typeof startReaderTask>[0]['cipher'];
  nativeBinding: string | undefined;
}

function checkCopy(task: CopyTask, backupFile: string, layout: BackupLayout, control: BackupVerifyControl): Promise<ReaderOutcome> {
  const { payloadBytes, payloadSha256 } = layout.header;
  const job = { kind: 'checkBackup', backupFile, payloadOffset: layout.payloadOffset, payloadBytes, payloadSha256 } as const;
  // The worker gets a copy of the key; startReaderTask zeroes it, and ours is zeroed here.
  const reader = startReaderTask({ ...task, dataKey: Uint8Array.from(task.dataKey), job }, ({ progress }) =>
    control.progress(progress.phase, progress.done, progress.total),
  );
  task.dataKey.fill(0);
  control.onStop(reader.stop);
  return reader.outcome;
}

const couldNotCheck = 'The backup could not be checked. Nothing was changed; please try again.';
const damagedCopy = 'This backup cannot be used: the key opens it but its database cannot be read.';

function answerOf(outcome: ReaderOutcome, secretKind: VerifyInput['secretKind'], layout: BackupLayout): BackupVerification {
  const createdAt = layout.header.createdAt;
  if (outcome.kind === 'checkBackup') {
    const report = verifyReportOf(outcome.findings);
    return { ok: report.ok, message: describeVerification(report, secretKind), problems: report.problems, createdAt };
  }
  if (outcome.kind !== 'failed') throw new AppError('INTERNAL', couldNotCheck);
  const io = outcome.appCode === undefined ? ioAppError({ code: outcome.code }) : null;
  if (io) throw io;
  // No code at all: the worker could not start or stopped on its own, which says nothing about the backup.
  if (outcome.appCode === undefined && outcome.code === undefined) throw new AppError('INTERNAL', couldNotCheck);
  // The checksum's refusal keeps its words; anything else the copy did is the database refusing to be read.
  const reason = outcome.appCode === 'WORKSPACE_DAMAGED' ? outcome.message : damagedCopy;
  return { ok: false, message: `${reason} Nothing was restored or changed.`, problems: [reason], createdAt };
}
