import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { errorMessage } from '../../components/errorMessage';
import { useSession } from '../../session/SessionContext';
import { useWorkspaceDetails } from '../../session/useWorkspaceDetails';
import { AutoLockSection } from './AutoLockSection';
import { BackupsSection } from './BackupsSection';
import { ChangePassphraseSection } from './ChangePassphraseSection';
import { CoalitionSection } from './CoalitionSection';
import { MeetingsSection } from './MeetingsSection';
import { RecoveryCodeSection } from './RecoveryCodeSection';
import { ServerDatabaseSection } from './ServerDatabaseSection';
import { WorkspaceFileSection } from './WorkspaceFileSection';

export function SettingsPage() {
  const details = useWorkspaceDetails();
  const { storage } = useSession();
  return (
    <Stack sx={{ gap: 3, maxWidth: 820 }}>
      <Typography variant="h1">Settings</Typography>
      {details.isPending && <CircularProgress aria-label="Loading settings" />}
      {details.isError && <Alert severity="error">{errorMessage(details.error)}</Alert>}
      {details.data && storage === 'postgres' && (
        <>
          <CoalitionSection workspace={details.data.workspace} />
          <ServerDatabaseSection details={details.data} />
          <MeetingsSection />
        </>
      )}
      {details.data && storage === 'workspace' && (
        <>
          <CoalitionSection workspace={details.data.workspace} />
          <ChangePassphraseSection coalitionName={details.data.workspace.name} />
          <RecoveryCodeSection coalitionName={details.data.workspace.name} />
          <AutoLockSection minutes={details.data.autoLockMinutes} />
          <WorkspaceFileSection details={details.data} />
          <BackupsSection workspacePath={details.data.workspace.path} lastBackup={details.data.lastBackup} />
          <MeetingsSection />
        </>
      )}
    </Stack>
  );
}
