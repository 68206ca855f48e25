import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { type ExportJobState, percentDone } from './exportJobState';

interface Props {
  state: ExportJobState;
  onCancel: () => void;
  onClose: () => void;
  onSaveAgain: (jobId: string, fileName: string) => void;
  onShowInFolder: (path: string) => void;
}

const titles: Record<Exclude<ExportJobState['phase'], 'idle'>, string> = {
  starting: 'Preparing the export',
  waiting: 'Waiting to start',
  running: 'Making the file',
  delivering: 'Saving the file',
  saved: 'Export ready',
  'not-saved': 'The file was not saved',
  failed: 'The export did not finish',
  cancelled: 'Export cancelled',
};

/** One export's progress with Cancel, then where the file went. The window stays usable while it works. */
export function ExportJobDialog({ state, onCancel, onClose, onSaveAgain, onShowInFolder }: Props) {
  if (state.phase === 'idle') return null;
  const working = state.phase === 'starting' || state.phase === 'waiting' || state.phase === 'running' || state.phase === 'delivering';
  return (
    <Dialog open onClose={working ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="export-job-title">
      <DialogTitle id="export-job-title">{titles[state.phase]}</DialogTitle>
      <DialogContent>
        <ExportJobBody state={state} />
      </DialogContent>
      <DialogActions>
        {(state.phase === 'running' || state.phase === 'waiting') && <Button onClick={onCancel}>Cancel export</Button>}
        {state.phase === 'not-saved' && (
          <Button variant="contained" onClick={() => onSaveAgain(state.jobId, state.fileName)}>
            Save…
          </Button>
        )}
        {state.phase === 'saved' && state.path !== null && <Button onClick={() => onShowInFolder(state.path as string)}>Show in folder</Button>}
        {!working && (
          <Button variant={state.phase === 'saved' ? 'contained' : 'text'} onClick={onClose}>
            Close
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}

function ExportJobBody({ state }: { state: ExportJobState }) {
  switch (state.phase) {
    case 'starting':
      return <LinearProgress aria-label="Preparing the export" />;
    case 'waiting':
      return (
        <Box>
          <Typography variant="body2" sx={{ mb: 1.5, overflowWrap: 'anywhere' }}>
            {state.fileName}
          </Typography>
          <LinearProgress aria-label="Waiting to start" />
          <Typography variant="body2" sx={{ mt: 1 }}>
            Waiting for another export to finish…
          </Typography>
          <Typography variant="caption" color="text.secondary">
            At most two files are made at once, so the app stays quick. You can keep working, or cancel.
          </Typography>
        </Box>
      );
    case 'running': {
      const percent = percentDone(state);
      return (
        <Box>
          <Typography variant="body2" sx={{ mb: 1.5, overflowWrap: 'anywhere' }}>
            {state.fileName}
          </Typography>
          <LinearProgress variant="determinate" value={percent} aria-label="Export progress" />
          <Typography variant="caption" color="text.secondary">
            {percent}% · you can keep working while the file is made.
          </Typography>
        </Box>
      );
    }
    case 'delivering':
      return <Typography variant="body2">Choose where to save {state.fileName}.</Typography>;
    case 'saved':
      return (
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {state.path === null ? `${state.fileName} was handed to your browser's downloads.` : `Saved as ${state.path}.`}
        </Typography>
      );
    case 'not-saved':
      return <Typography variant="body2">You closed the save window, so {state.fileName} was not saved. It is kept until you close this message.</Typography>;
    case 'failed':
      return <Alert severity="error">{state.message}</Alert>;
    case 'cancelled':
      return <Typography variant="body2">Nothing was saved.</Typography>;
    default:
      return null;
  }
}
