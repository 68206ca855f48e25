import type { ActionItem, ChannelParsedInput } from '../../shared/contract';
import type { DueDates } from '../db/actionItemRepository';
import { queryActionItems } from '../db/actionItemQuery';
import type { Db } from '../db/openDatabase';

const PAGE = 1000;

export type ActionItemFilters = Omit<ChannelParsedInput<'actions.query'>, 'offset' | 'limit' | 'groupBy'>;

/** Every action item the filters select, in their order: the whole set an export needs, read a page at a time. */
export function matchingActionItems(db: Db, filters: ActionItemFilters, due: DueDates): ActionItem[] {
  const items: ActionItem[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = queryActionItems(db, { ...filters, groupBy: 'none', limit: PAGE, offset }, due);
    items.push(...page.rows);
    if (page.rows.length < PAGE) return items;
  }
}
