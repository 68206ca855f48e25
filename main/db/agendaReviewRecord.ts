import { type PlanUpdateRow, type SnapshotRow, planUpdatesOfItems, snapshotsOfItems } from './agendaReviewRepository';
import type { StorageExecutor } from './engine/storageEngine';

export interface AgendaReviewRows {
  planUpdates: Map<string, PlanUpdateRow[]>;
  snapshots: Map<string, SnapshotRow>;
}

/** The plan updates and data snapshots of some agenda items, for the meeting record. */
export async function loadAgendaReviewRows(db: StorageExecutor, itemIds: readonly string[]): Promise<AgendaReviewRows> {
  const planUpdates = new Map<string, PlanUpdateRow[]>();
  const snapshots = new Map<string, SnapshotRow>();
  if (itemIds.length === 0) return { planUpdates, snapshots };
  for (const row of await planUpdatesOfItems(db, itemIds).execute()) planUpdates.set(row.itemId, [...(planUpdates.get(row.itemId) ?? []), row]);
  for (const row of await snapshotsOfItems(db, itemIds).execute()) snapshots.set(row.itemId, row);
  return { planUpdates, snapshots };
}
