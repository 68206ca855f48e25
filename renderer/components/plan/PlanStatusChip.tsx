import Chip, { type ChipProps } from '@mui/material/Chip';
import { type PlanStatus, planStatusLabels } from '../../../shared/planStatus';

const colors: Record<PlanStatus, ChipProps['color']> = {
  'on-track': 'success',
  'at-risk': 'warning',
  'off-track': 'error',
  done: 'primary',
  dropped: 'default',
};

/** An objective's status in words and colour (the words carry the meaning; the colour only helps). */
export function PlanStatusChip({ status, overdue = false }: { status: PlanStatus; overdue?: boolean }) {
  return (
    <>
      <Chip size="small" label={planStatusLabels[status]} color={colors[status]} variant={status === 'dropped' ? 'outlined' : 'filled'} />
      {overdue && <Chip size="small" label="Overdue" color="error" variant="outlined" />}
    </>
  );
}
