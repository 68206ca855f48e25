import { autoLockMinutesSchema } from '../../shared/contract';
import { recordAudit } from '../db/auditRepository';
import type { Db } from '../db/openDatabase';
import { readSetting, writeSetting } from '../db/settingsRepository';
import { DEFAULT_AUTO_LOCK_MINUTES } from './workspaceSession';

const AUTO_LOCK_KEY = 'session.autoLockMinutes';

export function readAutoLockMinutes(db: Db): number {
  const parsed = autoLockMinutesSchema.safeParse(readSetting(db, AUTO_LOCK_KEY));
  return parsed.success ? parsed.data : DEFAULT_AUTO_LOCK_MINUTES;
}

export function writeAutoLockMinutes(db: Db, minutes: number, profile: string, at: string): void {
  const previous = readAutoLockMinutes(db);
  db.transaction(() => {
    writeSetting(db, AUTO_LOCK_KEY, minutes, at);
    recordAudit(db, { profile, entity: 'settings', entityId: AUTO_LOCK_KEY, action: 'updated', changes: { from: previous, to: minutes } }, at);
  })();
}
