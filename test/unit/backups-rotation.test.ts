import { describe, expect, it } from 'vitest';
import { type DatedBackup, backupsToRotateOut } from '../../main/backup/backupRotation';

const DAY = 24 * 60 * 60 * 1000;

/** One automatic backup a day at the given UTC hour, for `days` days ending on `last`. */
function daily(last: string, days: number, hourUtc = 12): DatedBackup[] {
  const end = Date.parse(`${last}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`);
  return Array.from({ length: days }, (_, index) => {
    const createdAt = new Date(end - index * DAY).toISOString();
    return { file: `${createdAt}.cdbackup`, createdAt };
  });
}

function keptDays(backups: DatedBackup[], timeZone = 'UTC'): string[] {
  const removed = new Set(backupsToRotateOut(backups, timeZone));
  return backups.filter((backup) => !removed.has(backup)).map((backup) => backup.createdAt.slice(0, 10));
}

describe('rotation of automatic backups', () => {
  it('keeps everything while there are at most 7 days of backups', () => {
    expect(backupsToRotateOut(daily('2026-03-07', 7), 'UTC')).toEqual([]);
    expect(backupsToRotateOut([], 'UTC')).toEqual([]);
  });

  it('keeps the last 7 days and the newest backup of each of the last 4 ISO weeks', () => {
    // Sunday 29 March 2026 back to Monday 2 February: eight weeks of daily backups.
    expect(keptDays(daily('2026-03-29', 56))).toEqual([
      '2026-03-29',
      '2026-03-28',
      '2026-03-27',
      '2026-03-26',
      '2026-03-25',
      '2026-03-24',
      '2026-03-23',
      '2026-03-22',
      '2026-03-15',
      '2026-03-08',
    ]);
  });

  it('counts days that have a backup, not calendar days: a month away keeps the last 7 backups', () => {
    const beforeBreak = daily('2026-02-10', 10);
    const afterBreak = daily('2026-03-20', 2);
    expect(keptDays([...afterBreak, ...beforeBreak])).toEqual([
      '2026-03-20',
      '2026-03-19',
      '2026-02-10',
      '2026-02-09',
      '2026-02-08',
      '2026-02-07',
      '2026-02-06',
      '2026-02-01',
    ]);
  });

  it('keeps only the newest of several backups made on one day', () => {
    const morning = { file: 'morning', createdAt: '2026-03-02T09:00:00.000Z' };
    const evening = { file: 'evening', createdAt: '2026-03-02T18:00:00.000Z' };
    expect(backupsToRotateOut([morning, evening], 'UTC')).toEqual([morning]);
  });

  it("decides days and weeks in the workspace's time zone", () => {
    // 03:00 UTC on Monday 2 March is still Sunday 1 March in Chicago: same day (and week) as the evening before.
    const sundayEvening = { file: 'sunday', createdAt: '2026-03-01T20:00:00.000Z' };
    const lateNight = { file: 'late', createdAt: '2026-03-02T03:00:00.000Z' };
    expect(backupsToRotateOut([sundayEvening, lateNight], 'UTC')).toEqual([]);
    expect(backupsToRotateOut([sundayEvening, lateNight], 'America/Chicago')).toEqual([sundayEvening]);
  });

  it('falls back to UTC for a time zone it does not know, and ignores input order', () => {
    const backups = daily('2026-03-29', 20).reverse();
    expect(backupsToRotateOut(backups, 'Nowhere/Unknown')).toEqual(backupsToRotateOut(backups, 'UTC'));
    expect(backupsToRotateOut(backups, 'UTC')).toHaveLength(20 - 9);
  });
});
