import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/contract';
import { invoke } from '../../api';
import { CenteredPanel } from '../../components/CenteredPanel';
import { errorMessage } from '../../components/errorMessage';
import { formatBytes } from '../../format/formatBytes';
import { formatDateTime } from '../../format/formatDate';
import { describeBackupReason } from './backupReason';
import { RestoreBackupDialog } from './RestoreBackupDialog';

interface DamagedWorkspacePageProps {
  path: string;
  message: string;
  onRestored: (restoredPath: string) => void;
  onBack: () => void;
}

/** A workspace that cannot be opened: explain calmly, offer its backups, and never delete anything. */
export function DamagedWorkspacePage({ path, message, onRestored, onBack }: DamagedWorkspacePageProps) {
  const backups = useQuery({ queryKey: ['workspace.listBackups', path], queryFn: () => invoke('workspace.listBackups', { path }) });
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  return (
    <CenteredPanel width={680}>
      <Typography variant="h1">This workspace needs attention</Typography>
      <Typography>{message}</Typography>
      <Typography>
        Nothing has been changed or deleted. You can restore one of its backups into a new workspace; the original stays
        where it is, so someone can look at it later.
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
        Workspace: {path}
      </Typography>
      <Typography variant="h2">Backups</Typography>
      <BackupChoices backups={backups} onRestore={setRestoring} />
      <Box>
        <Button variant="text" onClick={onBack}>
          Back
        </Button>
      </Box>
      {restoring && (
        <RestoreBackupDialog path={path} backup={restoring} onClose={() => setRestoring(null)} onRestored={onRestored} />
      )}
    </CenteredPanel>
  );
}

interface BackupChoicesProps {
  backups: UseQueryResult<BackupInfo[]>;
  onRestore: (backup: BackupInfo) => void;
}

function BackupChoices({ backups, onRestore }: BackupChoicesProps) {
  if (backups.isPending) return <CircularProgress aria-label="Loading backups" />;
  if (backups.isError) return <Alert severity="error">{errorMessage(backups.error)}</Alert>;
  if (backups.data.length === 0) {
    return <Alert severity="info">There are no backups of this workspace yet.</Alert>;
  }
  return (
    <List aria-label="Backups" disablePadding>
      {backups.data.map((backup) => (
        <ListItem key={backup.file} divider sx={{ gap: 2, flexWrap: 'wrap', px: 0 }}>
          <ListItemText
            primary={formatDateTime(backup.createdAt)}
            secondary={`${describeBackupReason(backup.reason)} · ${formatBytes(backup.sizeBytes)}`}
          />
          <Button variant="outlined" onClick={() => onRestore(backup)}>
            Restore into a new workspace
          </Button>
        </ListItem>
      ))}
    </List>
  );
}
