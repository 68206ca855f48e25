import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { CenteredPanel } from '../../components/CenteredPanel';

/** A workspace saved by a newer Coalition Desk: it is never "repaired", only left alone. */
export function WorkspaceTooNewPage({ message, onBack }: { message: string; onBack: () => void }) {
  return (
    <CenteredPanel>
      <Typography variant="h1">This workspace needs a newer Coalition Desk</Typography>
      <Typography>{message}</Typography>
      <Typography>
        The workspace was saved by a newer version of Coalition Desk. It has not been changed. Install the newer version on this computer to open it.
      </Typography>
      <Box>
        <Button variant="contained" onClick={onBack}>
          Back
        </Button>
      </Box>
    </CenteredPanel>
  );
}
