import type { BackupHeader, BackupReason } from '../backup/backupFormat';
import type { IntegrityReport } from '../db/integrity';
import type { BackupCheckFindings, BackupCheckProgress } from '../backup/checkBackupCopy';
import type { DatabaseCipher, KeySlotsFile } from './keySlots';

/** The work a reader worker does on its own read-only connection: the full integrity check, or a backup. */
export type ReaderJob =
  | { kind: 'integrity' }
  | { kind: 'backup'; keySlots: KeySlotsFile; outFile: string; reason: BackupReason; at: string }
  /** Copies a backup's payload to `database` (a scratch file) while checking its checksum, then checks every page of the copy. */
  | { kind: 'checkBackup'; backupFile: string; payloadOffset: number; payloadBytes: number; payloadSha256: string };

/** What the host sends a reader worker as its workerData. The key is a copy the worker zeroes once it has used it. */
export interface ReaderTask {
  database: string;
  dataKey: Uint8Array;
  cipher: DatabaseCipher;
  nativeBinding: string | undefined;
  job: ReaderJob;
}

/** What the worker receives: the task, and the flag (shared memory, not a copy) its job reads between steps. */
export interface ReaderWorkerData extends ReaderTask {
  /** Element 0 becomes 1 when the host no longer wants the answer (readerStopSignal.ts). */
  stopSignal: Int32Array;
}

/**
 * What comes back: the job's result, an error told by its code (an AppError's or SQLite's) and message, or that the
 * job was stopped at the host's request before it finished.
 */
export type ReaderOutcome =
  | { kind: 'integrity'; report: IntegrityReport }
  | { kind: 'backup'; header: BackupHeader }
  | { kind: 'checkBackup'; findings: BackupCheckFindings }
  | { kind: 'failed'; appCode: string | undefined; code: string | undefined; message: string }
  | { kind: 'stopped' };

/** Sent by a job that reports its progress (checkBackup), any number of times before its outcome. */
export interface ReaderProgress {
  kind: 'progress';
  progress: BackupCheckProgress;
}
