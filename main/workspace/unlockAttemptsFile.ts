import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from '../fs/atomicWriteFile';
import { type SlotKind, slotKinds } from './keySlots';

/**
 * The wrong-guess count of a workspace, kept beside its key slots so that restarting the app does not reset the
 * delay. It holds counts and times only. Anyone who can change this file can also copy the whole folder and guess
 * without the app, so what it protects is the app's own ways in: the window, browser mode and the CLI.
 */
export const UNLOCK_ATTEMPTS_FILE = 'unlock-attempts.json';

const attemptRecordSchema = z.object({
  failures: z.number().int().min(0),
  nextAttemptAt: z.number(),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

const attemptsFileSchema = z.object({
  format: z.literal('coalition-desk-unlock-attempts'),
  version: z.literal(1),
  kinds: z.partialRecord(z.enum(slotKinds), attemptRecordSchema),
});
export type AttemptRecords = Partial<Record<SlotKind, AttemptRecord>>;

export function unlockAttemptsPath(folder: string): string {
  return path.join(folder, UNLOCK_ATTEMPTS_FILE);
}

/** The records, none when the file is absent, or 'damaged' when it is there but unreadable. */
export function readUnlockAttempts(folder: string): AttemptRecords | 'damaged' {
  let raw: string;
  try {
    raw = fs.readFileSync(unlockAttemptsPath(folder), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? {} : 'damaged';
  }
  try {
    const parsed = attemptsFileSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.kinds : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** Replaces the file atomically (0600); with no failures left it removes it, so a workspace in good standing has none. */
export function writeUnlockAttempts(folder: string, records: AttemptRecords): void {
  const kinds = Object.fromEntries(Object.entries(records).filter(([, record]) => record && record.failures > 0));
  if (Object.keys(kinds).length === 0) {
    fs.rmSync(unlockAttemptsPath(folder), { force: true });
    return;
  }
  atomicWriteFile(unlockAttemptsPath(folder), `${JSON.stringify({ format: 'coalition-desk-unlock-attempts', version: 1, kinds }, null, 2)}\n`);
}
