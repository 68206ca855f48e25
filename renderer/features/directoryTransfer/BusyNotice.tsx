import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** A long call under way that sends no progress (reading the file, a preview), so the bar only says "still working". */
export function BusyNotice({ message }: { message: string }) {
  return (
    <Stack role="status" sx={{ gap: 1 }}>
      <Typography variant="body2">{message}</Typography>
      <LinearProgress aria-label={message} />
    </Stack>
  );
}
