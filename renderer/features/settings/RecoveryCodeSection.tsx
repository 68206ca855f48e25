import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { NewRecoveryCodeDialog } from './NewRecoveryCodeDialog';
import { SectionCard } from '../../components/SectionCard';

export function RecoveryCodeSection({ coalitionName }: { coalitionName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <SectionCard title="Recovery code">
      <Typography>
        The recovery code opens the workspace if the passphrase is forgotten. Make a new one if the old code may have been seen by someone else or cannot be
        found; the old code then stops working.
      </Typography>
      <Box>
        <Button variant="outlined" onClick={() => setOpen(true)}>
          Create a new recovery code
        </Button>
      </Box>
      {open && <NewRecoveryCodeDialog coalitionName={coalitionName} onClose={() => setOpen(false)} />}
    </SectionCard>
  );
}
