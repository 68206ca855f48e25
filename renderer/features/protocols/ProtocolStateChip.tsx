import Chip from '@mui/material/Chip';
import { type RegisterState, registerStateLabels } from '../../../shared/protocolLabels';

const colors: Record<RegisterState, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  draft: 'default',
  'in-review': 'info',
  adopted: 'success',
  'due-for-review': 'warning',
  superseded: 'default',
  expired: 'error',
};

/** A protocol's or version's state as a small colored label. */
export function ProtocolStateChip({ state }: { state: RegisterState }) {
  return <Chip size="small" label={registerStateLabels[state]} color={colors[state]} variant={state === 'superseded' ? 'outlined' : 'filled'} />;
}
