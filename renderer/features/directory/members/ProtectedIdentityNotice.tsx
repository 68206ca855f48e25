import Visibility from '@mui/icons-material/Visibility';
import Shield from '@mui/icons-material/Shield';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

interface ProtectedIdentityNoticeProps {
  revealed: boolean;
  revealing: boolean;
  onReveal: () => void;
}

/** Says why the name is hidden, and offers the one, recorded, way to see it. */
export function ProtectedIdentityNotice({ revealed, revealing, onReveal }: ProtectedIdentityNoticeProps) {
  return (
    <Alert severity="info" icon={<Shield />}>
      <Stack sx={{ gap: 1, alignItems: 'flex-start' }}>
        <Typography variant="body2">
          Protected identity: lists show only the display name, and exports leave this person out unless you choose otherwise.
        </Typography>
        {revealed ? (
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Full name and contact are shown below. This reveal has been recorded in the history, and they are hidden again when you leave this page.
          </Typography>
        ) : (
          <>
            <Typography variant="body2">Revealing the full name and contact details is recorded in the history.</Typography>
            <Button variant="outlined" size="small" startIcon={<Visibility />} onClick={onReveal} disabled={revealing}>
              Reveal full name and contact
            </Button>
          </>
        )}
      </Stack>
    </Alert>
  );
}
