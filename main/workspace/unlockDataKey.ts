import { AppError } from '../../shared/errors';
import { normalizeRecoveryCode } from '../../shared/recoveryCode';
import { keySlotsForDatabase } from './interruptedRekey';
import { type KeySlotsFile, type SlotKind, findSlot, openSlot } from './keySlots';
import type { WorkspaceFiles } from './workspaceFiles';

export interface UnlockedKey {
  dataKey: Buffer;
  keySlots: KeySlotsFile;
}

const wrongSecretMessage: Record<SlotKind, string> = {
  passphrase: 'That passphrase does not open this workspace.',
  recovery: 'That recovery code does not open this workspace.',
};

export function secretForSlot(kind: SlotKind, secret: string): string {
  return kind === 'recovery' ? normalizeRecoveryCode(secret) : secret;
}

/** Unwraps the data key from one slot. Reads the key file only: a wrong secret changes nothing on disk. */
export async function unlockDataKey(files: WorkspaceFiles, kind: SlotKind, secret: string): Promise<UnlockedKey> {
  const keySlots = keySlotsForDatabase(files);
  const dataKey = await openSlot(findSlot(keySlots, kind), secretForSlot(kind, secret), keySlots.workspaceId);
  if (!dataKey) throw new AppError('WRONG_PASSPHRASE', wrongSecretMessage[kind]);
  return { dataKey, keySlots };
}
