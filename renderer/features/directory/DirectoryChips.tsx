import Shield from '@mui/icons-material/Shield';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Chip, { type ChipProps } from '@mui/material/Chip';
import type { involvementLevels, representativeRoles } from '../../../shared/contract';
import { involvementLabels, representativeRoleLabels } from './directoryLabels';

const involvementColors: Record<(typeof involvementLevels)[number], ChipProps['color']> = {
  core: 'primary',
  periodic: 'secondary',
  prospective: 'default',
  former: 'default',
};

export function InvolvementChip({ involvement }: { involvement: (typeof involvementLevels)[number] }) {
  return (
    <Chip size="small" label={involvementLabels[involvement]} color={involvementColors[involvement]} variant={involvement === 'core' ? 'filled' : 'outlined'} />
  );
}

export function RepresentativeChip({ role }: { role: (typeof representativeRoles)[number] }) {
  if (role === 'none') return null;
  return (
    <Chip
      size="small"
      label={representativeRoleLabels[role]}
      color={role === 'primary' ? 'primary' : 'secondary'}
      variant={role === 'primary' ? 'filled' : 'outlined'}
    />
  );
}

export function ProtectedChip() {
  return <Chip size="small" icon={<Shield />} label="Protected" color="secondary" variant="outlined" />;
}

export function NoPrimaryChip() {
  return <Chip size="small" icon={<WarningAmber />} label="No primary" color="warning" />;
}

export function ArchivedChip() {
  return <Chip size="small" label="Archived" variant="outlined" />;
}
