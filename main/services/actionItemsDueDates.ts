import { DUE_SOON_DAYS } from '../../shared/contract';
import { isoDateInZone } from '../../shared/dateFormat';
import type { DueDates } from '../db/actionItemRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadPreferences } from './preferences';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) at `now` in a time zone. */
export const dateIn = (timeZone: string, now: Date): string => isoDateInZone(now, timeZone);

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today and the windows measured from it: due soon (today + DUE_SOON_DAYS) and this Monday-to-Sunday week. */
export function dueDatesOn(today: string): DueDates {
  const daysSinceMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weekStart = addDays(today, -daysSinceMonday);
  return { today, soonUntil: addDays(today, DUE_SOON_DAYS), weekStart, weekEnd: addDays(weekStart, 6) };
}

/** "Today" is the date in the coalition's time zone (Settings), not the computer's. */
export async function loadDueDates(db: StorageExecutor, now: Date): Promise<DueDates> {
  return dueDatesOn(dateIn((await loadPreferences(db)).timeZone, now));
}
