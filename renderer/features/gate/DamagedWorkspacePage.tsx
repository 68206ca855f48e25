import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { BackupInfo } from '../../../shared/contract';
import { invoke } from '../../api';
import { BackupList } from '../../components/backups/BackupList';
import { CenteredPanel } from '../../components/CenteredPanel';
import { errorMessage } from '../../components/errorMessage';

interface DamagedWorkspacePageProps {
  path: string;
  message: string;
  onRestored: (restoredPath: string) => void;
  onBack: () => void;
}

/** A workspace that cannot be opened: explain calmly, offer its backups, and never delete anything. */
export function DamagedWorkspacePage({ path, message, onRestored, onBack }: DamagedWorkspacePageProps) {
  const backups = useQuery({ queryKey: ['workspace.listBackups', path], queryFn: () => invoke('workspace.listBackups', { path }) });

  return (
    <CenteredPanel width={680}>
      <Typography variant="h1">This workspace needs attention</Typography>
      <Typography>{message}</Typography>
      <Typography>
        Nothing has been changed or deleted. You can restore one of its backups into a new workspace; the original stays where it is, so someone can look at it
        later.
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
        Workspace: {path}
      </Typography>
      <Typography variant="h2">Backups</Typography>
      <BackupChoices path={path} backups={backups} onRestored={onRestored} />
      <Box>
        <Button variant="text" onClick={onBack}>
          Back
        </Button>
      </Box>
    </CenteredPanel>
  );
}

interface BackupChoicesProps {
  path: string;
  backups: UseQueryResult<BackupInfo[]>;
  onRestored: (restoredPath: string) => void;
}

function BackupChoices({ path, backups, onRestored }: BackupChoicesProps) {
  if (backups.isPending) return <CircularProgress aria-label="Loading backups" />;
  if (backups.isError) return <Alert severity="error">{errorMessage(backups.error)}</Alert>;
  if (backups.data.length === 0) {
    return <Alert severity="info">There are no backups of this workspace yet.</Alert>;
  }
  return <BackupList path={path} backups={backups.data} restoreIntro="The workspace that needs attention is left exactly as it is." onRestored={onRestored} />;
}
