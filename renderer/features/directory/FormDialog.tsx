import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { FormEvent, ReactNode } from 'react';

interface FormDialogProps {
  title: string;
  open: boolean;
  saving: boolean;
  onClose: () => void;
  onSubmit: () => void;
  /** The submit button's words when "Save" says too little, e.g. "Change 12 items". */
  submitLabel?: string;
  /** The dismissing button's words, when "Cancel" would be ambiguous (e.g. beside "Cancel meeting"). */
  dismissLabel?: string;
  children: ReactNode;
}

/** A dialog holding one form, with Save and Cancel; it fills the window on narrow screens. */
export function FormDialog({ title, open, saving, onClose, onSubmit, submitLabel = 'Save', dismissLabel = 'Cancel', children }: FormDialogProps) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={saving ? undefined : onClose} fullWidth maxWidth="sm" fullScreen={narrow} scroll="paper">
      <DialogTitle>{title}</DialogTitle>
      <form noValidate onSubmit={submit} aria-label={title} style={{ display: 'contents' }}>
        <DialogContent dividers>
          <Stack sx={{ gap: 2, pt: 1 }}>{children}</Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>
            {dismissLabel}
          </Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
