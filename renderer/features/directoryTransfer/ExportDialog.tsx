import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ExportRequest } from '../../../shared/contract';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';

const formats = { csv: 'CSV', xlsx: 'Excel (XLSX)' } as const;
const protectedChoices = {
  'display-name': 'Show display name only',
  'leave-out': 'Leave them out',
  include: 'Include full names and contact details (this export only)',
} as const;

/** The roster as a file for partners without the app, with protected identities kept back unless chosen otherwise. */
export function ExportDialog({ onClose, onExport }: { onClose: () => void; onExport: (request: ExportRequest) => void }) {
  const [format, setFormat] = useState<keyof typeof formats>('csv');
  const [protectedMembers, setProtectedMembers] = useState<keyof typeof protectedChoices>('display-name');
  const runExport = () => {
    onExport({ kind: 'roster', format, protectedMembers });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle>Export roster</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">Every current organization and its members, one row per member, for partners who do not use Coalition Desk.</Typography>
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} />
          <ChoiceGroup label="Protected members" value={protectedMembers} onChange={setProtectedMembers} options={protectedChoices} />
          {protectedMembers === 'include' && (
            <Alert severity="warning">
              This file will hold the real names and contact details of people whose identity is protected. Share it only with people who must have them, and
              delete it when done. The export is recorded in the history, and the file name says what it holds.
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={runExport}>
          Export
        </Button>
      </DialogActions>
    </Dialog>
  );
}
