import Lock from '@mui/icons-material/Lock';
import Chip from '@mui/material/Chip';

/** The word CONFIDENTIAL with a lock, dark on amber: never colour alone. */
export function ConfidentialMark({ size = 'medium' }: { size?: 'small' | 'medium' }) {
  return (
    <Chip
      icon={<Lock />}
      label="CONFIDENTIAL"
      color="warning"
      size={size}
      sx={{ fontWeight: 700, letterSpacing: '0.06em', color: 'common.black', '& .MuiChip-icon': { color: 'common.black' } }}
    />
  );
}
