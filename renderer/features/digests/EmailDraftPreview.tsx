import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { EmailDraftResult } from '../../../shared/contract';
import { openMailDraft } from './openMailDraft';

interface EmailDraftPreviewProps {
  draft: EmailDraftResult;
  onSaveText: () => void;
  onClose: () => void;
}

/** The draft as it will read, then: open it in the mail program, or save it as a text file when it is too long for a link. */
export function EmailDraftPreview({ draft, onSaveText, onClose }: EmailDraftPreviewProps) {
  const { mailto } = draft;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle>Email to {draft.recipientName}</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2 }}>
          {!draft.hasAddress && (
            <Alert severity="info">There is no email address to use for {draft.recipientName}. Add the recipient in your mail program.</Alert>
          )}
          {!mailto && (
            <Alert severity="info">This email is too long to hand to a mail program directly. Save it as a text file and paste it into an email.</Alert>
          )}
          <Typography variant="subtitle2">Subject: {draft.subject}</Typography>
          <Box
            component="pre"
            aria-label="Email text"
            sx={{ m: 0, p: 2, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: '0.875rem' }}
          >
            {draft.body}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button variant={mailto ? 'outlined' : 'contained'} onClick={onSaveText}>
          Save as text file
        </Button>
        {mailto && (
          <Button variant="contained" onClick={() => openMailDraft(mailto)}>
            Open in mail program
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
