import crypto from 'node:crypto';
import type { ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../db/auditRepository';
import { type SlotKind, sealSlot, withSlot, writeKeySlots } from '../workspace/keySlots';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import { generateRecoveryCode } from '../workspace/recoveryCodeGenerator';
import { secretForSlot, unlockDataKey } from '../workspace/unlockDataKey';
import type { ServiceContext } from './serviceContext';
import { assertStillOpen } from './sessionGuard';
import { throttled } from './workspaceAccess';
import { reEncryptOpenWorkspace } from './workspaceRekey';

/**
 * Changes the passphrase: the old one must open the same data key; the new slot replaces it in one atomic write.
 * With `reEncrypt`, the workspace moves to a new data key instead, so the old passphrase opens no current data
 * even with an old copy of the key slots (every backup has one); the recovery code must then be new as well.
 */
export async function changePassphrase(
  context: ServiceContext,
  input: ChannelParsedInput<'settings.changePassphrase'>,
): Promise<{ done: true; recoveryCode: string | null }> {
  const workspace = context.session.require();
  await confirmPassphrase(context, workspace, input.currentPassphrase, 'currentPassphrase');
  if (!input.reEncrypt) {
    await replaceSlot(context, workspace, 'passphrase', input.newPassphrase, 'passphrase changed');
    return { done: true, recoveryCode: null };
  }
  const recoveryCode = generateRecoveryCode();
  await reEncryptOpenWorkspace(
    context,
    workspace,
    { passphrase: input.newPassphrase, recoveryCode },
    {
      action: 'passphrase changed and workspace re-encrypted',
      changes: { newRecoveryCode: true },
    },
  );
  return { done: true, recoveryCode };
}

/**
 * Issues a new recovery code; the old one stops working as soon as the key file is replaced. A code that may
 * have leaked also re-encrypts the workspace with a new data key, since any backup still holds its old slot.
 */
export async function issueNewRecoveryCode(
  context: ServiceContext,
  input: ChannelParsedInput<'settings.newRecoveryCode'>,
): Promise<{ recoveryCode: string; reEncrypted: boolean }> {
  const workspace = context.session.require();
  await confirmPassphrase(context, workspace, input.passphrase, 'passphrase');
  const recoveryCode = generateRecoveryCode();
  const reEncrypt = input.reEncrypt || input.reason === 'may-have-leaked';
  if (!reEncrypt) {
    await replaceSlot(context, workspace, 'recovery', recoveryCode, 'recovery code replaced');
    return { recoveryCode, reEncrypted: false };
  }
  await reEncryptOpenWorkspace(
    context,
    workspace,
    { passphrase: input.passphrase, recoveryCode },
    {
      action: 'recovery code replaced and workspace re-encrypted',
      changes: { reason: input.reason === 'may-have-leaked' ? 'the old code may have leaked' : 'routine' },
    },
  );
  return { recoveryCode, reEncrypted: true };
}

async function confirmPassphrase(context: ServiceContext, workspace: OpenWorkspace, passphrase: string, field: string): Promise<void> {
  const { dataKey } = await throttled(context, workspace.files, { kind: 'passphrase', field }, () => unlockDataKey(workspace.files, 'passphrase', passphrase));
  assertStillOpen(context, workspace);
  const same = crypto.timingSafeEqual(dataKey, workspace.dataKey);
  dataKey.fill(0);
  if (!same) throw new AppError('WORKSPACE_DAMAGED', 'The key file no longer matches this open workspace. Lock and unlock again.');
}

/**
 * Seals the new slot with a copy of the key (locking zeroes the session's key while scrypt runs), then writes
 * the audit row and the key file together: the key file is replaced inside the transaction, before it commits.
 */
async function replaceSlot(context: ServiceContext, workspace: OpenWorkspace, kind: SlotKind, secret: string, action: string): Promise<void> {
  const dataKey = Buffer.from(workspace.dataKey);
  try {
    const slot = await sealSlot(kind, secretForSlot(kind, secret), dataKey, workspace.keySlots.workspaceId, context.kdfCost);
    assertStillOpen(context, workspace);
    const next = withSlot(workspace.keySlots, slot);
    workspace.db.transaction(() => {
      recordAudit(
        workspace.db,
        { profile: context.profile, entity: 'workspace', entityId: workspace.meta.id, action, changes: {} },
        context.now().toISOString(),
      );
      writeKeySlots(workspace.files.keySlots, next);
    })();
    workspace.keySlots = next;
  } finally {
    dataKey.fill(0);
  }
}
