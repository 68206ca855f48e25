import { autoLockMinutesSchema } from '../../shared/contract';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { Db } from '../db/openDatabase';
import { loadSetting, readSetting, saveSetting } from '../db/settingsRepository';
import { DEFAULT_AUTO_LOCK_MINUTES } from './workspaceSession';

const AUTO_LOCK_KEY = 'session.autoLockMinutes';

function autoLockMinutesOf(stored: unknown): number {
  const parsed = autoLockMinutesSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_AUTO_LOCK_MINUTES;
}

/** Read while a workspace is being unlocked, before its session (and storage engine) exists. */
export function readAutoLockMinutes(db: Db): number {
  return autoLockMinutesOf(readSetting(db, AUTO_LOCK_KEY));
}

export async function loadAutoLockMinutes(db: StorageExecutor): Promise<number> {
  return autoLockMinutesOf(await loadSetting(db, AUTO_LOCK_KEY));
}

/** The new idle time and one audit row of what it was, in the caller's transaction. */
export async function saveAutoLockMinutes(trx: StorageExecutor, minutes: number, profile: string, at: string): Promise<void> {
  const previous = await loadAutoLockMinutes(trx);
  await saveSetting(trx, AUTO_LOCK_KEY, minutes, at);
  await appendAudit(trx, { profile, entity: 'settings', entityId: AUTO_LOCK_KEY, action: 'updated', changes: { from: previous, to: minutes } }, at);
}
