import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/contract';
import { invoke } from '../../api';
import { BackupList } from '../../components/backups/BackupList';
import { backupKindLabel } from '../../components/backups/backupKindLabel';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { SectionCard } from '../../components/SectionCard';
import { formatBytes } from '../../format/formatBytes';
import { formatDateTime } from '../../format/formatDate';
import { BackupFolderForm } from './BackupFolderForm';
import { refreshBackups, useBackupsOverview } from './backupQueries';
import { OlderKeyBackupsNotice } from './OlderKeyBackupsNotice';
import { RestoredWorkspaceDialog } from './RestoredWorkspaceDialog';

interface BackupsSectionProps {
  workspacePath: string;
  lastBackup: BackupInfo | null;
}

export function BackupsSection({ workspacePath, lastBackup }: BackupsSectionProps) {
  const queryClient = useQueryClient();
  const overview = useBackupsOverview();
  const { notify, notifyError } = useNotify();
  const [restoredPath, setRestoredPath] = useState<string | null>(null);
  const backUp = useMutation({
    mutationFn: () => invoke('workspace.backupNow', {}),
    onSuccess: async () => {
      await refreshBackups(queryClient);
      notify('Backup saved.', 'success');
    },
    onError: notifyError,
  });

  return (
    <SectionCard title="Backups">
      <Typography>
        Backups are encrypted copies of the workspace: the passphrase or the recovery code opens them. Coalition Desk makes one when you unlock if the last is
        more than a day old, and one before every upgrade. It keeps automatic backups of the last 7 days and one a week for the last 4 weeks; manual and
        before-upgrade backups are never removed by the app.
      </Typography>
      <Typography>
        {lastBackup
          ? `Last backup: ${formatDateTime(lastBackup.createdAt)} (${backupKindLabel[lastBackup.kind].toLowerCase()}, ${formatBytes(lastBackup.sizeBytes)})`
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
      <Divider />
      {overview.isPending && <CircularProgress aria-label="Loading backups" />}
      {overview.isError && <Alert severity="error">{errorMessage(overview.error)}</Alert>}
      {overview.data && (
        <>
          <OlderKeyBackupsNotice olderKey={overview.data.olderKey} />
          <BackupFolderForm key={overview.data.folder.path} folder={overview.data.folder} />
          <Divider />
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            All backups
          </Typography>
          {overview.data.backups.length === 0 ? (
            <Typography color="text.secondary">There are no backups yet. Use “Back up now” to make the first.</Typography>
          ) : (
            <BackupList
              path={workspacePath}
              backups={overview.data.backups}
              restoreIntro="This workspace stays open and is not changed."
              onRestored={setRestoredPath}
            />
          )}
        </>
      )}
      {restoredPath && <RestoredWorkspaceDialog restoredPath={restoredPath} onClose={() => setRestoredPath(null)} />}
    </SectionCard>
  );
}
