import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { type FormEvent, useEffect } from 'react';
import type { BackupInfo } from '../../../shared/contract';
import { useNotify } from '../notifications/NotificationContext';
import { formatDateTime } from '../../format/formatDate';
import { BackupSecretField } from './BackupSecretField';
import { useBackupSecret } from './useBackupSecret';
import { useBackupVerifyJob } from './useBackupVerifyJob';
import { VerifyProgress } from './VerifyProgress';

interface VerifyBackupDialogProps {
  path: string;
  backup: BackupInfo;
  onClose: () => void;
}

/** "Verify backup": checks a backup without restoring it (a job with its percent, which Cancel stops), and says plainly what was found. */
export function VerifyBackupDialog({ path, backup, onClose }: VerifyBackupDialogProps) {
  const secret = useBackupSecret();
  const { notifyError } = useNotify();

  const verify = useBackupVerifyJob();
  const { error } = verify;

  useEffect(() => {
    if (error) notifyError(error);
  }, [error, notifyError]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!secret.check()) return;
    verify.start({ path, backupFile: backup.file, ...secret.input }, (failure) => {
      if (!secret.showInline(failure)) notifyError(failure);
    });
  };

  return (
    <Dialog open onClose={verify.isPending ? undefined : onClose} aria-labelledby="verify-backup-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="verify-backup-title">Verify the backup from {formatDateTime(backup.createdAt)}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <DialogContentText>
              This checks that the file is complete and unchanged, that it opens, and that its database passes SQLite&apos;s integrity checks. Nothing is
              restored and the workspace is not changed.
            </DialogContentText>
            {verify.data ? (
              <Alert severity={verify.data.ok ? 'success' : 'error'} role="status">
                {verify.data.message}
              </Alert>
            ) : verify.isPending ? (
              <VerifyProgress progress={verify.progress} cancelling={verify.cancelling} />
            ) : (
              <>
                {verify.cancelled && <Alert severity="info">The check was stopped before it finished. Nothing was changed.</Alert>}
                <BackupSecretField {...secret.field} />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {verify.data ? (
            <Button variant="contained" onClick={onClose}>
              Close
            </Button>
          ) : verify.isPending ? (
            <Button onClick={verify.cancel} disabled={!verify.canCancel}>
              Stop checking
            </Button>
          ) : (
            <>
              <Button onClick={onClose}>Cancel</Button>
              <Button type="submit" variant="contained">
                Verify
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
