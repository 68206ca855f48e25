import crypto from 'node:crypto';
import type { ChannelParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../db/auditRepository';
import { type SlotKind, sealSlot, withSlot, writeKeySlots } from '../workspace/keySlots';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import { generateRecoveryCode } from '../workspace/recoveryCodeGenerator';
import { secretForSlot, unlockDataKey } from '../workspace/unlockDataKey';
import type { ServiceContext } from './serviceContext';
import { throttled } from './workspaceAccess';

/** Changes the passphrase: the old one must open the same data key; the new slot replaces it in one atomic write. */
export async function changePassphrase(
  context: ServiceContext,
  input: ChannelParsedInput<'settings.changePassphrase'>,
): Promise<{ done: true }> {
  const workspace = context.session.require();
  await confirmPassphrase(context, workspace, input.currentPassphrase, 'currentPassphrase');
  await replaceSlot(context, workspace, 'passphrase', input.newPassphrase, 'passphrase changed');
  return { done: true };
}

/** Issues a new recovery code; the old one stops working as soon as the key file is replaced. */
export async function issueNewRecoveryCode(
  context: ServiceContext,
  input: ChannelParsedInput<'settings.newRecoveryCode'>,
): Promise<{ recoveryCode: string }> {
  const workspace = context.session.require();
  await confirmPassphrase(context, workspace, input.passphrase, 'passphrase');
  const recoveryCode = generateRecoveryCode();
  await replaceSlot(context, workspace, 'recovery', recoveryCode, 'recovery code replaced');
  return { recoveryCode };
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
      recordAudit(workspace.db, { profile: context.profile, entity: 'workspace', entityId: workspace.meta.id, action, changes: {} }, context.now().toISOString());
      writeKeySlots(workspace.files.keySlots, next);
    })();
    workspace.keySlots = next;
  } finally {
    dataKey.fill(0);
  }
}

function assertStillOpen(context: ServiceContext, workspace: OpenWorkspace): void {
  if (context.session.workspace !== workspace) {
    throw new AppError('LOCKED', 'The workspace was locked before the change could be saved. Nothing was changed.');
  }
}
