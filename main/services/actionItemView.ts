import type { ActionItem } from '../../shared/contract';
import { unfinishedActionStatuses } from '../../shared/contract';
import { type SectorId, sectorIds } from '../../shared/stakeholderSectors';
import { type ActionListOptions, actionItemIdsNow } from '../db/actionItemQuery';
import { type ActionItemRow, type DueDates, actionItemRowsNow } from '../db/actionItemRepository';
import type { Db } from '../db/openDatabase';

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

/** Items by id in that order, on the synchronous workspace connection the exports read from. */
export function actionItemsNow(db: Db, ids: readonly string[], due: DueDates): ActionItem[] {
  return actionItemRowsNow(db, ids).map((row) => toActionItem(row, due));
}

/** Every item the list's filters select, in the list's order, without paging (the calendar and digests). */
export function allActionItemsNow(db: Db, options: ActionListOptions, due: DueDates): ActionItem[] {
  return actionItemsNow(db, actionItemIdsNow(db, options, due), due);
}
