import type { ActionItem } from '../../shared/contract';
import { unfinishedActionStatuses } from '../../shared/contract';
import { type SectorId, sectorIds } from '../../shared/stakeholderSectors';
import { type ActionListOptions, readActionItemIds } from '../db/actionItemQuery';
import { type ActionItemRow, type DueDates, readActionItemRows } from '../db/actionItemRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';

const isSector = (value: string | null): value is SectorId => value !== null && (sectorIds as readonly string[]).includes(value);

/** An item as the app shows it: its stored row, with "overdue" and "due soon" measured from today. */
export function toActionItem(row: ActionItemRow, due: DueDates): ActionItem {
  const unfinished = (unfinishedActionStatuses as readonly string[]).includes(row.status);
  const { dueOn, sector } = row;
  return {
    ...row,
    sector: isSector(sector) ? sector : null,
    overdue: unfinished && dueOn !== null && dueOn < due.today,
    dueSoon: unfinished && dueOn !== null && dueOn >= due.today && dueOn <= due.soonUntil,
  };
}

/** Items by id in that order; unknown ids are left out. */
export async function loadActionItems(db: StorageExecutor, ids: readonly string[], due: DueDates): Promise<ActionItem[]> {
  return (await readActionItemRows(db, ids)).map((row) => toActionItem(row, due));
}

/** Every item the list's filters select, in the list's order, without paging (the calendar and digests). */
export async function loadAllActionItems(db: StorageExecutor, options: ActionListOptions, due: DueDates): Promise<ActionItem[]> {
  return loadActionItems(db, await readActionItemIds(db, options, due), due);
}
