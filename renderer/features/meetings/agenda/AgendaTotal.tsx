import WarningAmber from '@mui/icons-material/WarningAmber';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';

const overTimeText = {
  fontWeight: 600,
  color: (theme: Theme) => (theme.palette.mode === 'light' ? theme.palette.warning.dark : theme.palette.warning.light),
};

/** "75 of 90 minutes planned", or in warning colour and words when the timeboxes add up to more than the meeting. */
export function AgendaTotal({ plannedMinutes, durationMinutes }: { plannedMinutes: number; durationMinutes: number }) {
  const over = plannedMinutes - durationMinutes;
  return (
    <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }} role="status">
      {over > 0 && <WarningAmber color="warning" fontSize="small" aria-hidden />}
      <Typography sx={over > 0 ? overTimeText : { color: 'text.secondary' }}>
        {plannedMinutes} of {durationMinutes} minutes planned
        {over > 0 && `: ${over} ${over === 1 ? 'minute' : 'minutes'} over time`}
      </Typography>
    </Stack>
  );
}
