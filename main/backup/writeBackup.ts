import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/openDatabase';
import { schemaVersion } from '../db/migrate';
import { syncDirectory } from '../fs/atomicWriteFile';
import { createPrivateFile } from '../fs/privateFile';
import { makeFolder } from '../workspace/folderRules';
import { type KeySlotsFile, slotsForBackup } from '../workspace/keySlots';
import { BACKUP_MAGIC, type BackupHeader, type BackupReason, HEADER_LENGTH_BYTES } from './backupFormat';

const CHUNK_BYTES = 1024 * 1024;

/**
 * Writes a consistent encrypted snapshot of an open workspace to one file. VACUUM INTO copies
 * the database with the same key (page-level backup does not work between encrypted files).
 * The file appears under its final name only when complete.
 */
export function writeBackup(db: Db, keySlots: KeySlotsFile, outFile: string, reason: BackupReason, now: Date): BackupHeader {
  const dir = path.dirname(path.resolve(outFile));
  makeFolder(dir);
  const snapshot = path.join(dir, `.snapshot-${process.pid}-${crypto.randomUUID()}.db`);
  const partial = `${outFile}.partial`;
  try {
    createPrivateFile(snapshot);
    db.prepare('VACUUM INTO ?').run(snapshot);
    const { sha256, bytes } = hashFile(snapshot);
    const header: BackupHeader = {
      format: 'coalition-desk-backup',
      version: 1,
      createdAt: now.toISOString(),
      reason,
      schemaVersion: schemaVersion(db),
      payloadBytes: bytes,
      payloadSha256: sha256,
      keySlots: slotsForBackup(keySlots),
    };
    writeContainer(partial, header, snapshot);
    fs.renameSync(partial, outFile);
    syncDirectory(dir);
    return header;
  } finally {
    fs.rmSync(snapshot, { force: true });
    fs.rmSync(partial, { force: true });
  }
}

export function hashFile(file: string): { sha256: string; bytes: number } {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  forEachChunk(file, (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  return { sha256: hash.digest('hex'), bytes };
}

export function writeContainer(target: string, header: BackupHeader, payloadFile: string): void {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(HEADER_LENGTH_BYTES);
  length.writeUInt32BE(headerBytes.length);
  const fd = fs.openSync(target, 'w', 0o600);
  try {
    fs.writeSync(fd, BACKUP_MAGIC);
    fs.writeSync(fd, length);
    fs.writeSync(fd, headerBytes);
    forEachChunk(payloadFile, (chunk) => fs.writeSync(fd, chunk));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function forEachChunk(file: string, onChunk: (chunk: Buffer) => void, start = 0): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    let position = start;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, position);
      if (read === 0) break;
      onChunk(buffer.subarray(0, read));
      position += read;
    }
  } finally {
    fs.closeSync(fd);
  }
}
