import { type PlanUpdateRow, type SnapshotRow, planUpdatesOfItems, snapshotsOfItems } from './agendaReviewRepository';
import { allNow, sqliteCompiler } from './engine/sqliteNow';
import type { Db } from './openDatabase';

export interface AgendaReviewRows {
  planUpdates: Map<string, PlanUpdateRow[]>;
  snapshots: Map<string, SnapshotRow>;
}

/**
 * The plan updates and data snapshots of some agenda items, for the meeting record: the engine's own queries run on
 * the workspace connection, because the record's export still reads synchronously (see documentPreReads.ts).
 */
export function agendaReviewRowsNow(db: Db, itemIds: readonly string[]): AgendaReviewRows {
  const planUpdates = new Map<string, PlanUpdateRow[]>();
  const snapshots = new Map<string, SnapshotRow>();
  if (itemIds.length === 0) return { planUpdates, snapshots };
  for (const row of allNow(db, planUpdatesOfItems(sqliteCompiler, itemIds).compile())) planUpdates.set(row.itemId, [...(planUpdates.get(row.itemId) ?? []), row]);
  for (const row of allNow(db, snapshotsOfItems(sqliteCompiler, itemIds).compile())) snapshots.set(row.itemId, row);
  return { planUpdates, snapshots };
}
