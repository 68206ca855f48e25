import Typography from '@mui/material/Typography';
import { CenteredPanel } from './CenteredPanel';

/** Browser mode opened without its per-launch link: nothing can be reached, so say how to get in. */
export function MissingTokenNotice() {
  return (
    <CenteredPanel>
      <Typography variant="h1">Coalition Desk</Typography>
      <Typography>Open Coalition Desk from the link printed by `npm start`.</Typography>
    </CenteredPanel>
  );
}
