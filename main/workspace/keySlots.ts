import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { atomicWriteFile } from '../fs/atomicWriteFile';
import { type ScryptCost, deriveKey, newScryptParams, scryptParamsSchema } from './kdf';

/**
 * LUKS-style key slots: the random data key that opens the database is stored only wrapped
 * (AES-256-GCM) under keys derived from the passphrase and from the recovery code.
 */
export const slotKinds = ['passphrase', 'recovery'] as const;
export type SlotKind = (typeof slotKinds)[number];

const keySlotSchema = z.object({
  kind: z.enum(slotKinds),
  kdf: scryptParamsSchema,
  iv: z.string(),
  tag: z.string(),
  wrappedKey: z.string(),
});
export type KeySlot = z.infer<typeof keySlotSchema>;

export const databaseCipherSchema = z.object({
  cipher: z.literal('sqlcipher'),
  legacy: z.literal(4),
  pageSize: z.union([z.literal(4096), z.literal(8192), z.literal(16384)]),
});
export type DatabaseCipher = z.infer<typeof databaseCipherSchema>;

/** An earlier data key, wrapped under the current one, kept only to re-encrypt backups made before a re-key. */
export const retiredKeySchema = z.object({
  generation: z.number().int().nonnegative(),
  iv: z.string(),
  tag: z.string(),
  wrappedKey: z.string(),
});
export type RetiredKey = z.infer<typeof retiredKeySchema>;

/**
 * A re-key under way (see rekeyWorkspace.ts): the next generation's slots and retired keys, written before the
 * re-keyed database replaces workspace.db, and the new file's SQLCipher salt (its first 16 bytes, not secret),
 * which tells without any secret whether the swap happened.
 */
export const pendingRekeySchema = z.object({
  generation: z.number().int().positive(),
  databaseSalt: z.string().regex(/^[0-9a-f]{32}$/),
  slots: z.array(keySlotSchema).min(1),
  retiredKeys: z.array(retiredKeySchema),
});

export const keySlotsFileSchema = z.object({
  format: z.literal('coalition-desk-keyslots'),
  version: z.literal(1),
  workspaceId: z.string().min(1),
  database: databaseCipherSchema,
  slots: z.array(keySlotSchema).min(1),
  updatedAt: z.string(),
  /** Which data key this is: 0 at creation, one more at each re-key. Absent in files made before re-keying existed. */
  generation: z.number().int().nonnegative().optional(),
  retiredKeys: z.array(retiredKeySchema).optional(),
  pending: pendingRekeySchema.optional(),
});
export type KeySlotsFile = z.infer<typeof keySlotsFileSchema>;

export const DATA_KEY_BYTES = 32;

function associatedData(workspaceId: string, kind: SlotKind): Buffer {
  return Buffer.from(`coalition-desk/keyslot/v1/${workspaceId}/${kind}`, 'utf8');
}

export async function sealSlot(kind: SlotKind, secret: string, dataKey: Buffer, workspaceId: string, cost: ScryptCost): Promise<KeySlot> {
  const kdf = newScryptParams(cost);
  const wrappingKey = await deriveKey(secret, kdf);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(associatedData(workspaceId, kind));
  const wrappedKey = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  wrappingKey.fill(0);
  return {
    kind,
    kdf,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrappedKey.toString('base64'),
  };
}

/** Returns the data key, or null when the secret is wrong (the GCM tag does not verify). */
export async function openSlot(slot: KeySlot, secret: string, workspaceId: string): Promise<Buffer | null> {
  const wrappingKey = await deriveKey(secret, slot.kdf);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(associatedData(workspaceId, slot.kind));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const parts = [decipher.update(Buffer.from(slot.wrappedKey, 'base64')), decipher.final()];
    const dataKey = Buffer.concat(parts);
    for (const part of parts) part.fill(0);
    if (dataKey.length === DATA_KEY_BYTES) return dataKey;
    dataKey.fill(0);
    return null;
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}

export function findSlot(file: KeySlotsFile, kind: SlotKind): KeySlot {
  const slot = file.slots.find((candidate) => candidate.kind === kind);
  if (!slot) throw new AppError('WORKSPACE_DAMAGED', `This workspace has no ${kind} key slot.`);
  return slot;
}

export function withSlot(file: KeySlotsFile, slot: KeySlot): KeySlotsFile {
  return {
    ...file,
    slots: [...file.slots.filter((candidate) => candidate.kind !== slot.kind), slot],
    updatedAt: new Date().toISOString(),
  };
}

export function keyGenerationOf(file: KeySlotsFile): number {
  return file.generation ?? 0;
}

/** What a backup's header carries: the slots that open it, without the retired keys or a re-key under way. */
export function slotsForBackup(file: KeySlotsFile): KeySlotsFile {
  const { retiredKeys: _retired, pending: _pending, ...slots } = file;
  return slots;
}

export function readKeySlots(filePath: string): KeySlotsFile {
  let raw: string;
  try {
    raw = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('NOT_FOUND', 'No Coalition Desk workspace was found there.');
    }
    throw new AppError('IO', 'The workspace key file could not be read.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AppError('WORKSPACE_DAMAGED', 'The workspace key file is damaged.');
  }
  const result = keySlotsFileSchema.safeParse(parsed);
  if (!result.success) {
    const versionTooNew = typeof parsed === 'object' && parsed !== null && (parsed as { version?: unknown }).version !== 1;
    throw versionTooNew
      ? new AppError('WORKSPACE_TOO_NEW', 'This workspace was made by a newer version of Coalition Desk. Update the app to open it.')
      : new AppError('WORKSPACE_DAMAGED', 'The workspace key file is damaged.');
  }
  return result.data;
}

export function writeKeySlots(filePath: string, file: KeySlotsFile): void {
  atomicWriteFile(filePath, `${JSON.stringify(keySlotsFileSchema.parse(file), null, 2)}\n`);
}
