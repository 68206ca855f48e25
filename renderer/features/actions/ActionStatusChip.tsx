import Chip from '@mui/material/Chip';
import type { ActionStatus } from '../../../shared/contract';
import { actionStatusColors, actionStatusLabels } from './actionLabels';

export function ActionStatusChip({ status }: { status: ActionStatus }) {
  const finished = status === 'done' || status === 'cancelled';
  return <Chip size="small" label={actionStatusLabels[status]} color={actionStatusColors[status]} variant={finished ? 'outlined' : 'filled'} />;
}
