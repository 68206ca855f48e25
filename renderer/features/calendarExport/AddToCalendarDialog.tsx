import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';

export type CalendarScope = 'meeting' | 'series';
const scopes: Record<CalendarScope, string> = { meeting: 'This meeting', series: 'The whole series' };

interface AddToCalendarDialogProps {
  inSeries: boolean;
  onCancel: () => void;
  onExport: (scope: CalendarScope) => void;
}

/** What goes into the calendar file, said plainly, and for a series which meetings. */
export function AddToCalendarDialog({ inSeries, onCancel, onExport }: AddToCalendarDialogProps) {
  const [scope, setScope] = useState<CalendarScope>('meeting');
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>Add to calendar</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2 }}>
          <Typography variant="body2">
            Makes a calendar file (.ics) that Outlook, Google Calendar and Apple Calendar can import. Each event has the time, the place or video link, and the
            agenda item titles. Notes are never included.
          </Typography>
          {inSeries && <ChoiceGroup label="Which meetings" value={scope} onChange={setScope} options={scopes} />}
          <Typography variant="body2" color="text.secondary">
            Importing a newer file later updates the same events instead of adding copies; cancelled meetings show as cancelled.
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={() => onExport(inSeries ? scope : 'meeting')}>
          Make calendar file
        </Button>
      </DialogActions>
    </Dialog>
  );
}
