import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { BackupVerifyProgress } from '../../../shared/contract';

function progressMessage(progress: BackupVerifyProgress | null, cancelling: boolean): string {
  if (cancelling) return 'Stopping the check…';
  if (!progress) return 'Opening the backup…';
  return progress.phase === 'copying'
    ? 'Reading the backup and comparing its checksum…'
    : 'Checking every table of its database…';
}

/** A running verification: a bar with its percent and the step it is on. */
export function VerifyProgress({ progress, cancelling }: { progress: BackupVerifyProgress | null; cancelling: boolean }) {
  const percent = progress?.percent ?? 0;
  return (
    <Stack role="status" aria-live="polite" sx={{ gap: 1 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <LinearProgress variant="determinate" value={percent} aria-label="Verification progress" />
        </Box>
        <Typography variant="body2" sx={{ minWidth: '3.5em', textAlign: 'right' }}>
          {percent}%
        </Typography>
      </Stack>
      <Typography variant="body2">{progressMessage(progress, cancelling)}</Typography>
    </Stack>
  );
}
