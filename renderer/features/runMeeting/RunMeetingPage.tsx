import PlayArrow from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useParams } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useMeetingChange, useMeetingDetail } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { meetingStatusLabels } from '../meetings/meetingLabels';
import { RunMeetingView } from './RunMeetingView';

/** /meetings/:id/run: the focused view while a meeting is in progress; otherwise says why not and offers a way on. */
export function RunMeetingPage() {
  const { id = '' } = useParams();
  const detail = useMeetingDetail(id);
  if (detail.isPending) return <CircularProgress aria-label="Loading the meeting" />;
  if (detail.isError) return <Alert severity="error">{errorMessage(detail.error)}</Alert>;
  if (detail.data.meeting.status === 'in-progress') return <RunMeetingView detail={detail.data} />;
  return <NotInProgress detail={detail.data} />;
}

function NotInProgress({ detail: { meeting } }: { detail: MeetingDetail }) {
  const { notifyError } = useNotify();
  const start = useMeetingChange('meetings.start', { onError: notifyError });
  const planned = meeting.status === 'planned';
  return (
    <Stack sx={{ gap: 2, maxWidth: 640 }}>
      <Typography variant="h1">{meeting.title}</Typography>
      <Alert severity="info">
        {planned
          ? 'This meeting has not started yet. Start it when everyone is ready: the first agenda item opens and its timer begins.'
          : `This meeting is not in progress (${meetingStatusLabels[meeting.status].toLowerCase()}), so there is nothing to run.`}
      </Alert>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {planned && (
          <Button variant="contained" startIcon={<PlayArrow />} disabled={start.isPending} onClick={() => start.mutate({ id: meeting.id })}>
            Start meeting
          </Button>
        )}
        <Button component={Link} to={meetingPath(meeting.id)} variant="outlined">
          Back to the meeting page
        </Button>
      </Stack>
    </Stack>
  );
}
