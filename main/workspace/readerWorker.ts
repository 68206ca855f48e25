import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { copyRecordedPayload } from '../backup/checkBackupCopy';
import { writeBackup } from '../backup/writeBackup';
import { checkIntegrity, checkTableByTable } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { type Db, openEncryptedDatabase } from '../db/openDatabase';
import { WorkStopped } from '../db/stopRequest';
import { ioAppError } from '../fs/ioErrors';
import { stopRequestedBy } from './readerStopSignal';
import type { ReaderOutcome, ReaderProgress, ReaderWorkerData } from './readerTask';

/**
 * The reader worker's entry (bundled as dist/main/reader-worker.cjs): opens the workspace's database on a read-only
 * connection of its own, does one job, posts the outcome and ends. It never writes the database, so neither the
 * thread serving requests nor its connection waits for it (WAL readers and the writer do not block each other).
 * Asked to stop, the job ends at its next step, closes its connection and answers `stopped`.
 */
function runReaderTask(task: ReaderWorkerData, report: (message: ReaderProgress) => void): ReaderOutcome {
  const stopRequested = stopRequestedBy(task.stopSignal);
  const copied = copyBackupFirst(task, report, stopRequested);
  if (copied) return copied;
  const key = Buffer.from(task.dataKey.buffer, task.dataKey.byteOffset, task.dataKey.byteLength);
  let db: Db;
  try {
    db = openEncryptedDatabase(task.database, key, task.cipher, { nativeBinding: task.nativeBinding, readonly: true });
  } catch (error) {
    // As when opening (openWorkspace.ts): a file the right key cannot read is damaged, unless the disk is at fault.
    return task.job.kind === 'integrity' && !ioAppError(error) ? { kind: 'integrity', report: { ok: false, problems: [describe(error)] } } : failed(error);
  } finally {
    key.fill(0);
  }
  try {
    const { job } = task;
    if (job.kind === 'integrity') return { kind: 'integrity', report: checkIntegrity(db, stopRequested) };
    if (job.kind === 'checkBackup') {
      const progress = (done: number, total: number) => report({ kind: 'progress', progress: { phase: 'checking', done, total } });
      const integrity = checkTableByTable(db, progress, stopRequested);
      return { kind: 'checkBackup', findings: { integrity, schemaVersion: schemaVersion(db), pageCount: db.pragma('page_count', { simple: true }) as number } };
    }
    return { kind: 'backup', header: writeBackup(db, job.keySlots, job.outFile, job.reason, new Date(job.at)) };
  } catch (error) {
    return failed(error);
  } finally {
    db.close();
  }
}

/** A backup check copies the payload into place (the scratch `database`) before it opens it: a failure there is its outcome. */
function copyBackupFirst(task: ReaderWorkerData, report: (message: ReaderProgress) => void, stopRequested: () => boolean): ReaderOutcome | null {
  if (task.job.kind !== 'checkBackup') return null;
  try {
    copyRecordedPayload(task.job, task.database, (progress) => report({ kind: 'progress', progress }), stopRequested);
    return null;
  } catch (error) {
    task.dataKey.fill(0);
    return failed(error);
  }
}

function failed(error: unknown): ReaderOutcome {
  if (error instanceof WorkStopped) return { kind: 'stopped' };
  return { kind: 'failed', appCode: error instanceof AppError ? error.code : undefined, code: errorCode(error), message: describe(error) };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (parentPort) {
  const port = parentPort;
  port.postMessage(runReaderTask(workerData as ReaderWorkerData, (message) => port.postMessage(message)));
}
