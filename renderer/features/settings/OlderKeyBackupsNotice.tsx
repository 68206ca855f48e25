import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OlderKeyBackups } from '../../../shared/contract';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { refreshBackups } from './backupQueries';

const backupsWord = (count: number) => (count === 1 ? '1 backup' : `${count} backups`);
const them = (count: number) => (count === 1 ? 'it' : 'them');

/**
 * After a re-key: says plainly that older backups still open with the old passphrase and recovery code, and
 * offers to re-encrypt them with the current key or to delete them (after a confirmation).
 */
export function OlderKeyBackupsNotice({ olderKey }: { olderKey: OlderKeyBackups }) {
  const queryClient = useQueryClient();
  const { notify, notifyError } = useNotify();
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const reEncrypt = useMutation({
    mutationFn: () => invoke('backups.reEncryptOlder', {}),
    onSuccess: async ({ reEncrypted, notReEncrypted }) => {
      await refreshBackups(queryClient);
      if (notReEncrypted === 0)
        notify(`${backupsWord(reEncrypted)} re-encrypted. Only the current passphrase and recovery code open ${them(reEncrypted)} now.`, 'success');
      else notify(`${backupsWord(reEncrypted)} re-encrypted; ${backupsWord(notReEncrypted)} could not be. You can delete those instead.`, 'warning');
    },
    onError: notifyError,
  });
  const remove = useMutation({
    mutationFn: () => invoke('backups.deleteOlder', { confirm: true }),
    onSuccess: async ({ deleted }) => {
      setConfirmingDelete(false);
      await refreshBackups(queryClient);
      notify(`${backupsWord(deleted)} deleted.`, 'success');
    },
    onError: notifyError,
  });
  const busy = reEncrypt.isPending || remove.isPending;

  if (olderKey.count === 0) return null;
  const made = olderKey.count === 1 ? '1 backup was' : `${olderKey.count} backups were`;
  return (
    <Alert severity="warning" role="region" aria-label="Backups made before re-encryption">
      <AlertTitle>Older backups still open with the old secrets</AlertTitle>
      <Stack sx={{ gap: 1.5 }}>
        <Typography variant="body2">
          {made} made before the workspace was re-encrypted; {olderKey.count === 1 ? 'it still opens' : 'they still open'} with the old passphrase and recovery
          code. Re-encrypt {them(olderKey.count)} so only the current ones work, or delete {them(olderKey.count)}.
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {olderKey.reEncryptable > 0 && (
            <Button
              variant="contained"
              size="small"
              onClick={() => reEncrypt.mutate()}
              disabled={busy}
              startIcon={reEncrypt.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
            >
              {reEncrypt.isPending ? 'Re-encrypting…' : 'Re-encrypt with the new key'}
            </Button>
          )}
          <Button variant="outlined" color="error" size="small" onClick={() => setConfirmingDelete(true)} disabled={busy}>
            Delete older backups…
          </Button>
        </Stack>
      </Stack>
      {confirmingDelete && (
        <Dialog open onClose={remove.isPending ? undefined : () => setConfirmingDelete(false)} aria-labelledby="delete-older-backups-title">
          <DialogTitle id="delete-older-backups-title">Delete {backupsWord(olderKey.count)} made before re-encryption?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              They cannot be brought back. Backups made since the workspace was re-encrypted are kept. Copies you made elsewhere, such as on a USB drive, are
              not touched and still open with the old secrets.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirmingDelete(false)} disabled={remove.isPending}>
              Cancel
            </Button>
            <Button variant="contained" color="error" onClick={() => remove.mutate()} disabled={remove.isPending}>
              Delete {backupsWord(olderKey.count)}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </Alert>
  );
}
