import type { SmallNumbers } from '../../shared/contract';
import { DEFAULT_SMALL_NUMBER_THRESHOLD } from '../../shared/smallNumbers';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadSetting, saveSetting } from '../db/settingsRepository';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

/** The small numbers threshold (shared/smallNumbers.ts) is a workspace setting, 10 until a coordinator changes it. */
const THRESHOLD_KEY = 'data.smallNumberThreshold';

export async function smallNumbers(context: ServiceContext): Promise<SmallNumbers> {
  return readSmallNumbers(storage(context));
}

/** The threshold as stored, read with the caller's executor (inside its transaction). */
export async function readSmallNumbers(db: StorageExecutor): Promise<SmallNumbers> {
  const stored = await loadSetting(db, THRESHOLD_KEY);
  return { threshold: typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : DEFAULT_SMALL_NUMBER_THRESHOLD };
}

export async function setSmallNumbers(context: ServiceContext, input: SmallNumbers): Promise<SmallNumbers> {
  await inTransaction(context, async (trx, at) => {
    await saveSetting(trx, THRESHOLD_KEY, input.threshold, at);
    await appendAudit(
      trx,
      { profile: context.profile, entity: 'settings', entityId: null, action: 'small-number-threshold', changes: { threshold: input.threshold } },
      at,
    );
  });
  return smallNumbers(context);
}
