import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { importProgressMessage, importWritingNote } from './importWording';
import type { ImportJob } from './useImportJob';

/** The running import: a bar with its percent, the row it is on, and, while it saves, that it will finish on its own. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { progress } = job;
  const percent = progress?.percent ?? 0;
  const message = job.cancelling ? 'Cancelling the import…' : importProgressMessage(progress);
  return (
    <Stack role="status" aria-live="polite" sx={{ gap: 1 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center' }}>
        <Box sx={{ flexGrow: 1 }}>
          <LinearProgress variant="determinate" value={percent} aria-label="Import progress" />
        </Box>
        <Typography variant="body2" sx={{ minWidth: '3.5em', textAlign: 'right' }}>
          {percent}%
        </Typography>
      </Stack>
      <Typography variant="body2">{message}</Typography>
      {progress?.phase === 'writing' && !job.cancelling && (
        <Typography variant="body2" color="text.secondary">
          {importWritingNote}
        </Typography>
      )}
    </Stack>
  );
}
