import { sql } from 'kysely';
import type { StorageExecutor } from './engine/storageEngine';

/** What the coalition health section reads of meetings, attendance and action items (counts, never names). */

/** Meetings that took place: planned ones have no attendance yet, and cancelled ones consulted nobody. */
const HELD = ['in-progress', 'minutes-draft', 'approved'] as const;

/** One row per person present (in person or remote) at a held meeting in the months: the month and their sector. */
export async function attendanceSectors(db: StorageExecutor, fromMonth: string, toMonth: string): Promise<{ month: string; sector: string | null }[]> {
  const month = sql<string>`substr(m.starts_at, 1, 7)`;
  return db
    .selectFrom('attendees as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .leftJoin('members as p', 'p.id', 'a.member_id')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .select([month.as('month'), sql<string | null>`coalesce(o.sector, a.guest_sector)`.as('sector')])
    .where('m.status', 'in', [...HELD])
    .where('a.status', 'in', ['present', 'remote'])
    .where(month, '>=', fromMonth)
    .where(month, '<=', toMonth)
    .execute();
}

export interface ActionItemDates {
  createdAt: string;
  completedOn: string | null;
  status: string;
}

export function actionItemDates(db: StorageExecutor): Promise<ActionItemDates[]> {
  return db.selectFrom('action_items').select(['created_at as createdAt', 'completed_on as completedOn', 'status']).execute();
}
