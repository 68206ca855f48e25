import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../../shared/errors';
import { BACKUP_MAGIC, type BackupHeader, HEADER_LENGTH_BYTES, MAX_HEADER_BYTES, backupHeaderSchema } from './backupFormat';
import { forEachChunk } from './writeBackup';

export interface BackupLayout {
  header: BackupHeader;
  payloadOffset: number;
}

const damaged = (detail: string) => new AppError('WORKSPACE_DAMAGED', `This backup cannot be used: ${detail}`);

export function readBackupLayout(file: string): BackupLayout {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new AppError('NOT_FOUND', 'That backup file could not be opened.');
  }
  try {
    const prefix = Buffer.alloc(BACKUP_MAGIC.length + HEADER_LENGTH_BYTES);
    if (fs.readSync(fd, prefix, 0, prefix.length, 0) !== prefix.length || !prefix.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
      throw damaged('it is not a Coalition Desk backup file.');
    }
    const headerLength = prefix.readUInt32BE(BACKUP_MAGIC.length);
    if (headerLength > MAX_HEADER_BYTES) throw damaged('its header is damaged.');
    const headerBytes = Buffer.alloc(headerLength);
    if (fs.readSync(fd, headerBytes, 0, headerLength, prefix.length) !== headerLength) throw damaged('it is cut short.');
    const parsed = backupHeaderSchema.safeParse(safeJson(headerBytes.toString('utf8')));
    if (!parsed.success) throw damaged('its header is damaged or from a newer version.');
    return { header: parsed.data, payloadOffset: prefix.length + headerLength };
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks the payload against the recorded checksum, without any secret and without restoring. */
export function verifyBackupChecksum(file: string): BackupLayout {
  const layout = readBackupLayout(file);
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  forEachChunk(
    file,
    (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    },
    layout.payloadOffset,
  );
  requireRecordedPayload(bytes, hash.digest('hex'), layout.header);
  return layout;
}

/** Refuses a payload whose size or SHA-256 is not what the backup's header recorded. */
export function requireRecordedPayload(bytes: number, sha256: string, recorded: Pick<BackupHeader, 'payloadBytes' | 'payloadSha256'>): void {
  if (bytes !== recorded.payloadBytes) throw damaged('it is incomplete (its size does not match).');
  if (sha256 !== recorded.payloadSha256) throw damaged('its checksum does not match, so its content was damaged.');
}

export function extractPayload(file: string, layout: BackupLayout, target: string): void {
  const fd = fs.openSync(target, 'wx', 0o600);
  try {
    forEachChunk(file, (chunk) => fs.writeSync(fd, chunk), layout.payloadOffset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
