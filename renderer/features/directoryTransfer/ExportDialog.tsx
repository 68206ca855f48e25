import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { BusyNotice } from './BusyNotice';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { downloadFile } from '../../components/files/downloadFile';
import { useRosterExport } from './transferQueries';

const formats = { csv: 'CSV', xlsx: 'Excel (XLSX)' } as const;
const protectedChoices = {
  'display-name': 'Show display name only',
  'leave-out': 'Leave them out',
  include: 'Include full names and contact details (this export only)',
} as const;

/** The roster as a file for partners without the app, with protected identities kept back unless chosen otherwise. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [format, setFormat] = useState<keyof typeof formats>('csv');
  const [protectedMembers, setProtectedMembers] = useState<keyof typeof protectedChoices>('display-name');
  const exportRoster = useRosterExport();
  const { notify } = useNotify();

  const runExport = () =>
    exportRoster.mutate(
      { format, protectedMembers },
      {
        onSuccess: (file) => {
          downloadFile(file);
          notify(`Roster exported: ${file.fileName}`, 'success');
          onClose();
        },
      },
    );

  return (
    <Dialog open onClose={exportRoster.isPending ? undefined : onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle>Export roster</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">Every current organization and its members, one row per member, for partners who do not use Coalition Desk.</Typography>
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} disabled={exportRoster.isPending} />
          <ChoiceGroup label="Protected members" value={protectedMembers} onChange={setProtectedMembers} options={protectedChoices} disabled={exportRoster.isPending} />
          {protectedMembers === 'include' && (
            <Alert severity="warning">
              This file will hold the real names and contact details of people whose identity is protected. Share it only with people who
              must have them, and delete it when done. The export is recorded in the history, and the file name says what it holds.
            </Alert>
          )}
          {exportRoster.isPending && <BusyNotice message="Exporting…" />}
          {exportRoster.error && <Alert severity="error">{errorMessage(exportRoster.error)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={exportRoster.isPending}>
          Cancel
        </Button>
        <Button variant="contained" onClick={runExport} disabled={exportRoster.isPending}>
          Export
        </Button>
      </DialogActions>
    </Dialog>
  );
}
