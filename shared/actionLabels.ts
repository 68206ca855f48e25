import type { ActionStatus, actionPriorities } from './contract';

/** The words people see for action items' stored values, in the app and in its exports. */
export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const actionPriorityLabels: Record<(typeof actionPriorities)[number], string> = {
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};
