import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IntegrityReport } from '../db/integrity';
import { type StopRequested, neverStopped, throwIfStopped } from '../db/stopRequest';
import { requireRecordedPayload } from './readBackup';
import { forEachChunk } from './writeBackup';

/**
 * Where a backup check is: `copying` counts the payload's bytes copied (and hashed), `checking` the b-trees checked,
 * weighted by their rows (docs/architecture.md, "Jobs: verifying a backup").
 */
export interface BackupCheckProgress {
  phase: 'copying' | 'checking';
  done: number;
  total: number;
}

/** What the check of a backup's copy found; the caller words it (verifyWorkspace.ts). */
export interface BackupCheckFindings {
  integrity: IntegrityReport;
  schemaVersion: number;
  pageCount: number;
}

export interface RecordedPayload {
  backupFile: string;
  payloadOffset: number;
  payloadBytes: number;
  payloadSha256: string;
}

/**
 * Copies the payload into `target` (created, 0600) and hashes it in the same pass, reporting the bytes done; a size or
 * checksum that does not match the header is WORKSPACE_DAMAGED, as `verifyBackupChecksum` says it. A stop asked for
 * between chunks throws WorkStopped.
 */
export function copyRecordedPayload(
  payload: RecordedPayload,
  target: string,
  onProgress: (progress: BackupCheckProgress) => void,
  stopRequested: StopRequested = neverStopped,
): void {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(target, 'wx', 0o600);
  let bytes = 0;
  try {
    forEachChunk(
      payload.backupFile,
      (chunk) => {
        throwIfStopped(stopRequested);
        hash.update(chunk);
        fs.writeSync(fd, chunk);
        bytes += chunk.length;
        onProgress({ phase: 'copying', done: Math.min(bytes, payload.payloadBytes), total: payload.payloadBytes });
      },
      payload.payloadOffset,
    );
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  requireRecordedPayload(bytes, hash.digest('hex'), payload);
}
