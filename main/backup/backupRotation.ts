import { DateTime } from 'luxon';

/**
 * Which automatic backups to keep, in the manner of restic's --keep-daily/--keep-weekly:
 * the newest backup of each of the last 7 days that have one, and the newest of each of the
 * last 4 calendar weeks (ISO, Monday to Sunday) that have one, in the workspace's time zone.
 * A backup can count for both. Only automatic backups are passed in: manual and before-upgrade
 * backups are never rotated.
 */
export interface Retention {
  daily: number;
  weekly: number;
}

export const AUTOMATIC_BACKUP_RETENTION: Retention = { daily: 7, weekly: 4 };

export interface DatedBackup {
  file: string;
  /** ISO 8601 instant. */
  createdAt: string;
}

/** The automatic backups that fall outside the retention; the rest are kept. Pure. */
export function backupsToRotateOut<T extends DatedBackup>(backups: readonly T[], timeZone: string, retention = AUTOMATIC_BACKUP_RETENTION): T[] {
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const zone = DateTime.utc().setZone(timeZone).isValid ? timeZone : 'UTC';
  const local = (backup: T) => DateTime.fromISO(backup.createdAt, { zone: 'utc' }).setZone(zone);
  const kept = new Set<T>([
    ...newestPerPeriod(newestFirst, retention.daily, (backup) => local(backup).toISODate() ?? backup.createdAt),
    ...newestPerPeriod(newestFirst, retention.weekly, (backup) => `${local(backup).weekYear}-W${local(backup).weekNumber}`),
  ]);
  return newestFirst.filter((backup) => !kept.has(backup));
}

function newestPerPeriod<T extends DatedBackup>(newestFirst: readonly T[], periods: number, periodOf: (backup: T) => string): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const backup of newestFirst) {
    if (seen.size >= periods) break;
    const period = periodOf(backup);
    if (seen.has(period)) continue;
    seen.add(period);
    kept.push(backup);
  }
  return kept;
}
