import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { copyRecordedPayload } from '../backup/checkBackupCopy';
import { writeBackup } from '../backup/writeBackup';
import { checkIntegrity, checkTableByTable } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { type Db, openEncryptedDatabase } from '../db/openDatabase';
import { ioAppError } from '../fs/ioErrors';
import type { ReaderOutcome, ReaderProgress, ReaderTask } from './readerTask';

/**
 * The reader worker's entry (bundled as dist/main/reader-worker.cjs): opens the workspace's database on a read-only
 * connection of its own, does one job, posts the outcome and ends. It never writes the database, so neither the
 * thread serving requests nor its connection waits for it (WAL readers and the writer do not block each other).
 */
function runReaderTask(task: ReaderTask, report: (message: ReaderProgress) => void): ReaderOutcome {
  const copied = copyBackupFirst(task, report);
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
    if (job.kind === 'integrity') return { kind: 'integrity', report: checkIntegrity(db) };
    if (job.kind === 'checkBackup') {
      const integrity = checkTableByTable(db, (done, total) => report({ kind: 'progress', progress: { phase: 'checking', done, total } }));
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
function copyBackupFirst(task: ReaderTask, report: (message: ReaderProgress) => void): ReaderOutcome | null {
  if (task.job.kind !== 'checkBackup') return null;
  try {
    copyRecordedPayload(task.job, task.database, (progress) => report({ kind: 'progress', progress }));
    return null;
  } catch (error) {
    task.dataKey.fill(0);
    return failed(error);
  }
}

function failed(error: unknown): ReaderOutcome {
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
  port.postMessage(runReaderTask(workerData as ReaderTask, (message) => port.postMessage(message)));
}
