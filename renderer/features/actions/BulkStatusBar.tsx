import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { actionItemsText } from './actionLabels';
import { StatusChangeDialog } from './StatusChangeDialog';

interface BulkStatusBarProps {
  selectedIds: ReadonlySet<string>;
  onDone: () => void;
}

/** Shown while items are ticked: how many, and "Change status" for all of them after a confirmation. */
export function BulkStatusBar({ selectedIds, onDone }: BulkStatusBarProps) {
  const [changing, setChanging] = useState(false);
  const { notify } = useNotify();
  const bulk = useMeetingChange('actions.bulkSetStatus');
  const count = selectedIds.size;
  if (count === 0) return null;
  const items = actionItemsText(count);

  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label="Selected action items"
      sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', px: 2, py: 1, bgcolor: 'action.selected' }}
    >
      <Typography sx={{ fontWeight: 600 }}>{items} selected</Typography>
      <Button variant="contained" size="small" onClick={() => setChanging(true)}>
        Change status
      </Button>
      <Button size="small" onClick={onDone}>
        Clear selection
      </Button>
      {changing && (
        <StatusChangeDialog
          title={`Change the status of ${items}`}
          explanation={`The new status and the note are recorded in the history of each of the ${items}.`}
          submitLabel={`Change ${items}`}
          initialStatus=""
          onClose={() => setChanging(false)}
          onSubmit={async (change) => {
            const { changed } = await bulk.mutateAsync({ ids: [...selectedIds], ...change });
            notify(`${actionItemsText(changed)} changed.`, 'success');
            onDone();
          }}
        />
      )}
    </Paper>
  );
}
