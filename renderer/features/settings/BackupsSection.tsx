import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupInfo } from '../../../shared/contract';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatBytes } from '../../format/formatBytes';
import { formatDateTime } from '../../format/formatDate';
import { sharedQueryKeys } from '../../session/queryKeys';
import { SectionCard } from '../../components/SectionCard';

export function BackupsSection({ lastBackup }: { lastBackup: BackupInfo | null }) {
  const queryClient = useQueryClient();
  const { notify, notifyError } = useNotify();
  const backUp = useMutation({
    mutationFn: () => invoke('workspace.backupNow', {}),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.workspaceDetails });
      notify('Backup saved.', 'success');
    },
    onError: notifyError,
  });

  return (
    <SectionCard title="Backups">
      <Typography>
        Backups are encrypted copies of the workspace, kept beside it. Coalition Desk also makes one before every update.
      </Typography>
      <Typography>
        {lastBackup
          ? `Last backup: ${formatDateTime(lastBackup.createdAt)} (${formatBytes(lastBackup.sizeBytes)})`
          : 'No backup yet'}
      </Typography>
      <Box>
        <Button
          variant="outlined"
          onClick={() => backUp.mutate()}
          disabled={backUp.isPending}
          startIcon={backUp.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
        >
          Back up now
        </Button>
      </Box>
    </SectionCard>
  );
}
