import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { WorkspaceDetails } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useMeetings } from '../../components/meetings/meetingQueries';
import { formatDate } from '../../format/formatDate';
import { useWorkspaceDetails } from '../../session/useWorkspaceDetails';
import { ActionCountsCard } from './ActionCountsCard';
import { NextMeetingCard } from './NextMeetingCard';
import { RecentDecisionsCard } from './RecentDecisionsCard';

export function DashboardPage() {
  const details = useWorkspaceDetails();
  if (details.isPending) return <CircularProgress aria-label="Loading the workspace" />;
  if (details.isError) return <Alert severity="error">{errorMessage(details.error)}</Alert>;
  return <Dashboard details={details.data} />;
}

function Dashboard({ details }: { details: WorkspaceDetails }) {
  const { name, jurisdiction } = details.workspace;
  const place = [jurisdiction.state, jurisdiction.region].filter(Boolean).join(' · ');
  // Until the first meeting is planned, the cards below have nothing to show: the way to start comes first.
  const gettingStarted = useMeetings().data?.length === 0;

  return (
    <Stack sx={{ gap: 3, maxWidth: 1100 }}>
      <Stack sx={{ gap: 0.5 }}>
        <Typography variant="h1" sx={{ overflowWrap: 'break-word' }}>
          {name}
        </Typography>
        <Typography color="text.secondary">{place}</Typography>
        <Typography variant="body2" color="text.secondary">
          Workspace created {formatDate(details.createdAt)}
        </Typography>
      </Stack>
      {gettingStarted && <WelcomeCard />}
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <Stack sx={{ gap: 3 }}>
          <NextMeetingCard />
          <RecentDecisionsCard />
        </Stack>
        <ActionCountsCard />
      </Box>
      {!gettingStarted && <WelcomeCard />}
    </Stack>
  );
}

function WelcomeCard() {
  return (
    <Card component="section" aria-labelledby="welcome-heading">
      <CardContent>
        <Stack sx={{ gap: 1.5 }}>
          <Typography id="welcome-heading" variant="h3" component="h2">
            Welcome
          </Typography>
          <Typography>
            Your workspace is ready and locked with your passphrase. Everything you keep here stays on this computer,
            encrypted.
          </Typography>
          <Typography>
            Start with the roster: add the agencies at your table under Organizations and the people who represent
            them under Members, or import them from a spreadsheet. Coverage then shows which sectors are still missing.
          </Typography>
          <Typography color="text.secondary">
            Plan and run your meetings under Meetings; what they decide and who does what by when follows under Action
            items. In Settings, choose how soon the workspace locks itself and make a first backup.
          </Typography>
        </Stack>
      </CardContent>
    </Card>
  );
}
