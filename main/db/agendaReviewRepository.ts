import type { AgendaReviewKind } from '../../shared/contract';
import type { PeriodKind } from '../../shared/dataPeriods';
import type { StorageExecutor } from './engine/storageEngine';
import { shownNameOf } from './memberShownName';

/**
 * The rows of plan and data review agenda items (migration 0150). Each read is a function of the executor; the
 * meeting record runs the item reads for many items at once (agendaReviewRecord.ts).
 */

export async function insertReviewKind(db: StorageExecutor, itemId: string, kind: AgendaReviewKind, at: string): Promise<void> {
  await db.insertInto('agenda_review_items').values({ item_id: itemId, kind, created_at: at }).execute();
}

/** The meeting's first item of a review kind, if it has one. */
export function findReviewItem(db: StorageExecutor, meetingId: string, kind: AgendaReviewKind): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('agenda_items as i')
    .innerJoin('agenda_review_items as r', 'r.item_id', 'i.id')
    .select('i.id')
    .where('i.meeting_id', '=', meetingId)
    .where('r.kind', '=', kind)
    .orderBy('i.position')
    .limit(1)
    .executeTakeFirst();
}

/** The next planned meeting from an instant (UTC ISO), in start order. */
export function findNextPlannedMeeting(db: StorageExecutor, fromUtc: string) {
  return db
    .selectFrom('meetings')
    .select(['id', 'title', 'starts_at as startsAt', 'time_zone as timeZone'])
    .where('status', '=', 'planned')
    .where('starts_at_utc', '>=', fromUtc)
    .orderBy('starts_at_utc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

// ---------- Plan review ----------

export async function linkPlanUpdate(db: StorageExecutor, updateId: string, itemId: string, at: string): Promise<void> {
  await db.insertInto('agenda_plan_updates').values({ update_id: updateId, item_id: itemId, created_at: at }).execute();
}

/** The progress updates recorded during these agenda items, oldest first, with their objective's title. */
export function planUpdatesOfItems(db: StorageExecutor, itemIds: readonly string[]) {
  return db
    .selectFrom('agenda_plan_updates as a')
    .innerJoin('plan_progress_updates as u', 'u.id', 'a.update_id')
    .innerJoin('plan_objectives as o', 'o.id', 'u.objective_id')
    .leftJoin('members as m', 'm.id', 'u.recorded_by_id')
    .select([
      'a.item_id as itemId',
      'u.id',
      'u.objective_id as objectiveId',
      'o.title as objectiveTitle',
      'u.recorded_on as recordedOn',
      'u.value',
      'u.status',
      'u.note',
    ])
    .select(['u.created_at as createdAt', 'u.recorded_by_id as recordedById', shownNameOf('m').as('recordedByName')])
    .where('a.item_id', 'in', itemIds.length > 0 ? [...itemIds] : [''])
    .orderBy('a.created_at')
    .orderBy('u.id');
}

export type PlanUpdateRow = Awaited<ReturnType<ReturnType<typeof planUpdatesOfItems>['execute']>>[number];

// ---------- Data review ----------

export interface SnapshotRowFields {
  periodKind: PeriodKind;
  from: string;
  to: string;
  measureIds: readonly string[];
  /** The snapshot as JSON (already suppressed). */
  figures: string;
  takenBy: string;
}

export async function writeSnapshotRow(db: StorageExecutor, itemId: string, fields: SnapshotRowFields, at: string): Promise<void> {
  const values = {
    period_kind: fields.periodKind,
    from_period: fields.from,
    to_period: fields.to,
    measure_ids: JSON.stringify(fields.measureIds),
    figures: fields.figures,
    taken_at: at,
    taken_by: fields.takenBy,
    updated_at: at,
  };
  await db
    .insertInto('agenda_data_snapshots')
    .values({ item_id: itemId, ...values })
    .onConflict((conflict) => conflict.column('item_id').doUpdateSet(values))
    .execute();
}

/** The snapshots of these agenda items (with the choice they were taken for). */
export function snapshotsOfItems(db: StorageExecutor, itemIds: readonly string[]) {
  return db
    .selectFrom('agenda_data_snapshots')
    .select(['item_id as itemId', 'period_kind as periodKind', 'from_period as fromPeriod', 'to_period as toPeriod', 'measure_ids as measureIds', 'figures'])
    .where('item_id', 'in', itemIds.length > 0 ? [...itemIds] : ['']);
}

export type SnapshotRow = Awaited<ReturnType<ReturnType<typeof snapshotsOfItems>['execute']>>[number];
