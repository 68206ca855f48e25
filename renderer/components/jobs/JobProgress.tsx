import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** A running backend job: a bar with its percent, the step it is on, and an optional note under it. */
export function JobProgress({ percent, label, message, note }: { percent: number; label: string; message: string; note?: ReactNode }) {
  return (
    <Stack role="status" aria-live="polite" sx={{ gap: 1 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <LinearProgress variant="determinate" value={percent} aria-label={label} />
        </Box>
        <Typography variant="body2" sx={{ minWidth: '3.5em', textAlign: 'right' }}>
          {percent}%
        </Typography>
      </Stack>
      <Typography variant="body2">{message}</Typography>
      {note && (
        <Typography variant="body2" color="text.secondary">
          {note}
        </Typography>
      )}
    </Stack>
  );
}
