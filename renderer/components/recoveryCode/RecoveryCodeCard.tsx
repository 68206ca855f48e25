import ContentCopy from '@mui/icons-material/ContentCopy';
import Print from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNotify } from '../notifications/NotificationContext';
import { RecoveryCodePrintStyles } from './RecoveryCodePrintStyles';

interface RecoveryCodeCardProps {
  code: string;
  coalitionName: string;
  onContinue: () => void;
  headingComponent?: 'h1' | 'h2';
  headingId?: string;
  /** Extra words for where the card is shown, e.g. that the previous code no longer works. */
  note?: string;
}

/** Shows a freshly made recovery code and lets the person go on only once they say it is saved. */
export function RecoveryCodeCard({ code, coalitionName, onContinue, headingComponent = 'h1', headingId, note }: RecoveryCodeCardProps) {
  const [saved, setSaved] = useState(false);
  const { notify } = useNotify();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      notify('Recovery code copied. Paste it somewhere safe, then clear your clipboard.', 'success');
    } catch {
      notify('Copying did not work here. Please write the code down or print it.', 'warning');
    }
  };

  return (
    <Stack sx={{ gap: 2 }}>
      <RecoveryCodePrintStyles />
      <Typography variant="h2" component={headingComponent} id={headingId}>
        Save your recovery code
      </Typography>
      <Typography>
        If you ever forget the passphrase, this code opens <strong>{coalitionName}</strong> and lets you choose a new passphrase.
      </Typography>
      <Paper role="group" aria-label="Recovery code" variant="outlined" sx={{ p: 2, textAlign: 'center' }}>
        <Typography sx={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '1.5rem', letterSpacing: '0.08em', overflowWrap: 'break-word' }}>
          {code}
        </Typography>
      </Paper>
      <Typography>
        Keep it somewhere safe and separate from this computer, such as printed in a locked drawer. Nobody, including the makers of Coalition Desk, can recover
        the workspace if both the passphrase and this code are lost.
      </Typography>
      {note && <Typography>{note}</Typography>}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<Print />} onClick={() => window.print()}>
          Print
        </Button>
        <Button variant="outlined" startIcon={<ContentCopy />} onClick={() => void copy()}>
          Copy
        </Button>
      </Stack>
      <FormControlLabel
        control={<Checkbox checked={saved} onChange={(event) => setSaved(event.target.checked)} />}
        label="I have saved this recovery code in a safe place"
      />
      <Box>
        <Button variant="contained" disabled={!saved} onClick={onContinue}>
          Continue
        </Button>
      </Box>
      <Box data-print-area="">
        <Typography variant="h4" component="p" sx={{ color: 'inherit' }}>
          {coalitionName}
        </Typography>
        <Typography sx={{ mt: 1, color: 'inherit' }}>Coalition Desk recovery code</Typography>
        <Typography sx={{ mt: 2, fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '1.6rem', color: 'inherit' }}>{code}</Typography>
      </Box>
    </Stack>
  );
}
