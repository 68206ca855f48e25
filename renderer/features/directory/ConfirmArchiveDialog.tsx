import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface ConfirmArchiveDialogProps {
  title: string;
  /** What archiving means for this kind of record. */
  explanation: string;
  busy: boolean;
  /** The confirming button's words, when the step is not an archive (e.g. "Remove", "Approve minutes"). */
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a step that is hard to undo; the safe choice has the focus. */
export function ConfirmArchiveDialog({ title, explanation, busy, confirmLabel = 'Archive', onConfirm, onCancel }: ConfirmArchiveDialogProps) {
  return (
    <Dialog open onClose={busy ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{explanation}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy} autoFocus>
          Cancel
        </Button>
        <Button variant="contained" color="warning" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
