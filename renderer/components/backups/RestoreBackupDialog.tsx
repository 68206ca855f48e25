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

interface RestoreBackupDialogProps {
  /** The workspace the backup belongs to. */
  path: string;
  backup: BackupInfo;
  /** What happens to the workspace the person is looking at: it is never changed. */
  intro: string;
  onClose: () => void;
  onRestored: (restoredPath: string) => void;
}

/** Verifies a backup and copies it into a new workspace folder beside the original; never over it. */
export function RestoreBackupDialog({ path, backup, intro, onClose, onRestored }: RestoreBackupDialogProps) {
  const secret = useBackupSecret();
  const { notifyError } = useNotify();

  const restore = useMutation({
    mutationFn: () => invoke('workspace.restoreBackup', { path, backupFile: backup.file, ...secret.input }),
    onSuccess: (result) => onRestored(result.restoredPath),
    onError: (failure) => {
      if (!secret.showInline(failure)) notifyError(failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (secret.check()) restore.mutate();
  };

  return (
    <Dialog open onClose={restore.isPending ? undefined : onClose} aria-labelledby="restore-backup-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="restore-backup-title">Restore the backup from {formatDateTime(backup.createdAt)}</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <DialogContentText>The backup is checked first, then copied into a new workspace folder beside this one. {intro}</DialogContentText>
            <BackupSecretField {...secret.field} disabled={restore.isPending} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={restore.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={restore.isPending}
            startIcon={restore.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
          >
            Restore
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
