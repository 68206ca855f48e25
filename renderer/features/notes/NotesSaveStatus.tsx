import Typography from '@mui/material/Typography';
import { errorMessage } from '../../components/errorMessage';
import { formatTimeOfDay } from '../../format/formatDate';
import type { AutosaveStatus } from './notesAutosaveScheduler';

/** "Saving…", "Saved 14:02" or "Not saved: <reason> (retrying)"; only a failure is announced. */
export function NotesSaveStatus({ status }: { status: AutosaveStatus }) {
  if (status.state === 'failed') {
    return (
      <Typography role="status" variant="body2" color="error">
        Not saved: {errorMessage(status.error)}
        {status.retrying ? ' (retrying)' : ' Copy your text somewhere safe.'}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      {status.state === 'saved' ? savedWords(status.savedAt) : 'Saving…'}
    </Typography>
  );
}

function savedWords(savedAt: string | null): string {
  if (!savedAt) return 'Notes are saved as you type.';
  const date = new Date(savedAt);
  return Number.isNaN(date.getTime()) ? 'Saved' : `Saved ${formatTimeOfDay(date)}`;
}
