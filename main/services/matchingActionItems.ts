import type { ActionItem, ChannelParsedInput } from '../../shared/contract';
import type { DueDates } from '../db/actionItemRepository';
import { queryAllActionItems } from '../db/actionItemQuery';
import type { Db } from '../db/openDatabase';

export type ActionItemFilters = Omit<ChannelParsedInput<'actions.query'>, 'offset' | 'limit' | 'groupBy'>;

/** Every action item the filters select, in their order: the whole set an export needs. */
export function matchingActionItems(db: Db, filters: ActionItemFilters, due: DueDates): ActionItem[] {
  return queryAllActionItems(db, filters, due);
}
