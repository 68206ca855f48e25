import type { ChipProps } from '@mui/material/Chip';
import type { ActionStatus } from '../../../shared/contract';

export { actionPriorityLabels, actionStatusLabels } from '../../../shared/actionLabels';

export const actionStatusColors: Record<ActionStatus, ChipProps['color']> = {
  open: 'primary',
  'in-progress': 'info',
  blocked: 'warning',
  done: 'success',
  cancelled: 'default',
};

/** Field names as the action item form labels them. */
export const actionFieldLabels = {
  title: 'Title',
  details: 'Details',
  ownerId: 'Owner',
  dueOn: 'Due date',
  priority: 'Priority',
  status: 'Status',
  note: 'Note',
} as const;

/** "1 action item", "12 action items". */
export function actionItemsText(count: number): string {
  return `${count.toLocaleString()} action ${count === 1 ? 'item' : 'items'}`;
}
