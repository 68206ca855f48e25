import AddTask from '@mui/icons-material/AddTask';
import Gavel from '@mui/icons-material/Gavel';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { shortcutText } from './runShortcuts';

/** Capture a decision or an action item on the current item without leaving the agenda. */
export function QuickCapture({ onDecision, onAction }: { onDecision: () => void; onAction: () => void }) {
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
      <Button variant="outlined" startIcon={<Gavel />} onClick={onDecision} aria-keyshortcuts={shortcutText('decision')}>
        Record decision
      </Button>
      <Button variant="outlined" startIcon={<AddTask />} onClick={onAction} aria-keyshortcuts={shortcutText('action')}>
        Add action item
      </Button>
    </Stack>
  );
}
