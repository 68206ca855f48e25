import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { WorkspaceDetails } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { formatDate } from '../../format/formatDate';
import { useWorkspaceDetails } from '../../session/useWorkspaceDetails';
import { ActionCountsCard } from './ActionCountsCard';
import { NextMeetingCard } from './NextMeetingCard';
import { ProtocolReviewsCard } from './ProtocolReviewsCard';
import { RecentDecisionsCard } from './RecentDecisionsCard';
import { SetupChecklistCard } from './SetupChecklistCard';

/** `toolbarActions`: what other features offer under the coalition's name (composed in appPages.tsx). */
export function DashboardPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const details = useWorkspaceDetails();
  if (details.isPending) return <CircularProgress aria-label="Loading the workspace" />;
  if (details.isError) return <Alert severity="error">{errorMessage(details.error)}</Alert>;
  return <Dashboard details={details.data} toolbarActions={toolbarActions} />;
}

function Dashboard({ details, toolbarActions }: { details: WorkspaceDetails; toolbarActions?: ReactNode }) {
  const { name, jurisdiction } = details.workspace;
  const place = [jurisdiction.state, jurisdiction.region].filter(Boolean).join(' · ');

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
        {toolbarActions && (
          <Stack direction="row" sx={{ gap: 1, pt: 1, flexWrap: 'wrap' }}>
            {toolbarActions}
          </Stack>
        )}
      </Stack>
      <SetupChecklistCard />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, alignItems: 'start' }}>
        <Stack sx={{ gap: 3 }}>
          <NextMeetingCard />
          <RecentDecisionsCard />
        </Stack>
        <Stack sx={{ gap: 3 }}>
          <ActionCountsCard />
          <ProtocolReviewsCard />
        </Stack>
      </Box>
    </Stack>
  );
}
