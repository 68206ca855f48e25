import type { ActionItem, ActionStatus, actionPriorities } from '../../../shared/contract';

/** What the action item form holds while someone types: '' where the contract has null. */
export interface ActionItemDraft {
  title: string;
  details: string;
  ownerId: string | null;
  dueOn: string;
  priority: (typeof actionPriorities)[number];
  status: ActionStatus;
}

export const actionItemFormKeys = ['title', 'details', 'ownerId', 'dueOn', 'priority', 'status'] as const;

export const emptyActionItemDraft: ActionItemDraft = { title: '', details: '', ownerId: null, dueOn: '', priority: 'normal', status: 'open' };

export function draftFromActionItem(item: ActionItem): ActionItemDraft {
  return { title: item.title, details: item.details, ownerId: item.ownerId, dueOn: item.dueOn ?? '', priority: item.priority, status: item.status };
}

/** The fields both create and update take. */
export function actionItemFieldsFromDraft({ status: _status, ...draft }: ActionItemDraft) {
  return { ...draft, dueOn: draft.dueOn || null };
}
