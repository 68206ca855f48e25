import { z } from 'zod';
import type { BackupKind } from '../../shared/contract';
import { keySlotsFileSchema } from '../workspace/keySlots';

/**
 * A backup is one file: magic, a length-prefixed JSON header (the key slots, so the same passphrase
 * or recovery code opens it, plus a SHA-256 of the payload), then the encrypted database itself.
 * Nothing in it is readable without the workspace's secrets.
 */
export const BACKUP_MAGIC = Buffer.from('CDBACKUP', 'ascii');
export const BACKUP_EXTENSION = '.cdbackup';
export const backupReasons = ['manual', 'before-migration', 'automatic', 'cli'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** Only automatic backups are rotated; manual, command-line and before-upgrade ones stay until a person deletes them. */
export function backupKindOf(reason: BackupReason): BackupKind {
  if (reason === 'automatic') return 'automatic';
  return reason === 'before-migration' ? 'before-upgrade' : 'manual';
}

export const backupHeaderSchema = z.object({
  format: z.literal('coalition-desk-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  reason: z.enum(backupReasons),
  schemaVersion: z.number().int(),
  payloadBytes: z.number().int().nonnegative(),
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/),
  keySlots: keySlotsFileSchema,
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const HEADER_LENGTH_BYTES = 4;
export const MAX_HEADER_BYTES = 1024 * 1024;
