import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { writeBackup } from '../backup/writeBackup';
import { checkIntegrity } from '../db/integrity';
import { type Db, openEncryptedDatabase } from '../db/openDatabase';
import { ioAppError } from '../fs/ioErrors';
import type { ReaderOutcome, ReaderTask } from './readerTask';

/**
 * The reader worker's entry (bundled as dist/main/reader-worker.cjs): opens the workspace's database on a read-only
 * connection of its own, does one job, posts the outcome and ends. It never writes the database, so neither the
 * thread serving requests nor its connection waits for it (WAL readers and the writer do not block each other).
 */
function runReaderTask(task: ReaderTask): ReaderOutcome {
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
    return { kind: 'backup', header: writeBackup(db, job.keySlots, job.outFile, job.reason, new Date(job.at)) };
  } catch (error) {
    return failed(error);
  } finally {
    db.close();
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

if (parentPort) parentPort.postMessage(runReaderTask(workerData as ReaderTask));
