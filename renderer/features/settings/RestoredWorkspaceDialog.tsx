import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { flushPendingSaves } from '../../session/beforeLock';
import { sharedQueryKeys } from '../../session/queryKeys';
import { useSession } from '../../session/SessionContext';

/**
 * After a restore from Settings: the copy is a separate workspace. Opening it locks this one first;
 * the Unlock screen then offers the restored copy, which is now the most recent workspace.
 */
export function RestoredWorkspaceDialog({ restoredPath, onClose }: { restoredPath: string; onClose: () => void }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const { notifyError } = useNotify();
  const open = useMutation({
    mutationFn: async () => {
      await flushPendingSaves();
      // The Unlock screen starts on the newest recent workspace, and may appear as soon as the host reports the
      // lock: it must already know the restored copy.
      await queryClient.refetchQueries({ queryKey: sharedQueryKeys.appStatus });
      return invoke('workspace.lock', {});
    },
    onSuccess: () => session.leave('user'),
    onError: notifyError,
  });
  return (
    <Dialog open onClose={onClose} aria-labelledby="restored-workspace-title" fullWidth maxWidth="sm">
      <DialogTitle id="restored-workspace-title">Backup restored</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 1.5 }}>
          <DialogContentText>The backup passed its checks and is now a separate workspace. This workspace was not changed.</DialogContentText>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {restoredPath}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={open.isPending}>
          Stay here
        </Button>
        <Button variant="contained" onClick={() => open.mutate()} disabled={open.isPending}>
          Lock this one and open the restored workspace
        </Button>
      </DialogActions>
    </Dialog>
  );
}
