import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { BackupInfo } from '../../../shared/contract';
import { invoke, isApiError } from '../../api';
import { fieldErrorsOf, firstError } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { PassphraseField } from '../../components/passphrase/PassphraseField';
import { formatDateTime } from '../../format/formatDate';

interface RestoreBackupDialogProps {
  path: string;
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (restoredPath: string) => void;
}

export function RestoreBackupDialog({ path, backup, onClose, onRestored }: RestoreBackupDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { notifyError } = useNotify();

  const restore = useMutation({
    mutationFn: () => invoke('workspace.restoreBackup', { path, backupFile: backup.file, secret: passphrase }),
    onSuccess: (result) => onRestored(result.restoredPath),
    onError: (failure) => {
      const inline = isApiError(failure, 'WRONG_PASSPHRASE') ? failure.message : firstError(fieldErrorsOf(failure), 'secret');
      if (inline) setError(inline);
      else notifyError(failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) restore.mutate();
    else setError('Enter the passphrase.');
  };

  return (
    <Dialog open onClose={restore.isPending ? undefined : onClose} aria-labelledby="restore-backup-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="restore-backup-title">Restore the backup from {formatDateTime(backup.createdAt)}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <DialogContentText>
              The backup is copied into a new workspace. The workspace that needs attention is left exactly as it is.
            </DialogContentText>
            <PassphraseField
              label="Passphrase for this backup"
              value={passphrase}
              onChange={(value) => {
                setPassphrase(value);
                setError(undefined);
              }}
              error={error}
              helperText="The passphrase the workspace had when this backup was made."
              autoComplete="current-password"
              autoFocus
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={restore.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={restore.isPending}>
            Restore
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
