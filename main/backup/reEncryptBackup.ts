import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OpenOptions } from '../db/openDatabase';
import { type RekeyKeys, rekeyDatabaseFile } from '../db/rekeyDatabase';
import { syncDirectory } from '../fs/atomicWriteFile';
import { type KeySlotsFile, slotsForBackup } from '../workspace/keySlots';
import type { BackupHeader } from './backupFormat';
import { extractPayload, verifyBackupChecksum } from './readBackup';
import { hashFile, writeContainer } from './writeBackup';

/**
 * Rewrites one backup under the current data key and key slots: its checksum is checked, its database is copied
 * out, re-keyed and checked page by page, and the new container replaces the file by rename. Its date, kind and
 * schema version stay; afterwards only the current passphrase and recovery code open it.
 */
export function reEncryptBackup(file: string, keys: RekeyKeys, current: KeySlotsFile, options: OpenOptions = {}): BackupHeader {
  const layout = verifyBackupChecksum(file);
  const dir = path.dirname(file);
  // A ".snapshot-" name, like writeBackup's scratch copy, so leftover cleaning treats both alike.
  const scratch = path.join(dir, `.snapshot-reencrypt-${process.pid}-${crypto.randomUUID()}.db`);
  const partial = `${file}.partial`;
  try {
    extractPayload(file, layout, scratch);
    rekeyDatabaseFile(scratch, keys, layout.header.keySlots.database, options);
    const { sha256, bytes } = hashFile(scratch);
    const header: BackupHeader = {
      ...layout.header,
      payloadBytes: bytes,
      payloadSha256: sha256,
      keySlots: { ...slotsForBackup(current), database: layout.header.keySlots.database },
    };
    writeContainer(partial, header, scratch);
    fs.renameSync(partial, file);
    syncDirectory(dir);
    return header;
  } finally {
    for (const leftover of [scratch, `${scratch}-journal`, `${scratch}-wal`, `${scratch}-shm`, partial]) fs.rmSync(leftover, { force: true });
  }
}
