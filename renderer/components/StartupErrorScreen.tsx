import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { errorMessage } from './errorMessage';
import { CenteredPanel } from './CenteredPanel';

export function StartupErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <CenteredPanel>
      <Typography variant="h1">Coalition Desk could not start</Typography>
      <Typography>{errorMessage(error)}</Typography>
      <Button variant="contained" onClick={onRetry} sx={{ alignSelf: 'flex-start' }}>
        Try again
      </Button>
    </CenteredPanel>
  );
}
