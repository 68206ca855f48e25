import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { BackupInfo } from '../../../shared/contract';
import { invoke } from '../../api';
import { useNotify } from '../notifications/NotificationContext';
import { formatDateTime } from '../../format/formatDate';
import { BackupSecretField } from './BackupSecretField';
import { useBackupSecret } from './useBackupSecret';

interface VerifyBackupDialogProps {
  path: string;
  backup: BackupInfo;
  onClose: () => void;
}

/** "Verify backup": checks a backup without restoring it, and says plainly what was found. */
export function VerifyBackupDialog({ path, backup, onClose }: VerifyBackupDialogProps) {
  const secret = useBackupSecret();
  const { notifyError } = useNotify();

  const verify = useMutation({
    mutationFn: () => invoke('backups.verify', { path, backupFile: backup.file, ...secret.input }),
    onError: (failure) => {
      if (!secret.showInline(failure)) notifyError(failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (secret.check()) verify.mutate();
  };

  return (
    <Dialog open onClose={verify.isPending ? undefined : onClose} aria-labelledby="verify-backup-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="verify-backup-title">Verify the backup from {formatDateTime(backup.createdAt)}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <DialogContentText>
              This checks that the file is complete and unchanged, that it opens, and that its database passes SQLite&apos;s
              integrity checks. Nothing is restored and the workspace is not changed.
            </DialogContentText>
            {verify.data ? (
              <Alert severity={verify.data.ok ? 'success' : 'error'} role="status">
                {verify.data.message}
              </Alert>
            ) : (
              <BackupSecretField {...secret.field} disabled={verify.isPending} />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {verify.data ? (
            <Button variant="contained" onClick={onClose}>
              Close
            </Button>
          ) : (
            <>
              <Button onClick={onClose} disabled={verify.isPending}>
                Cancel
              </Button>
              <Button
                type="submit"
                variant="contained"
                disabled={verify.isPending}
                startIcon={verify.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
              >
                Verify
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
