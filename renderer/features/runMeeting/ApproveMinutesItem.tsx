import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { errorMessage } from '../../components/errorMessage';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useMeetingChange, useMeetingDetail } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatDate } from '../../format/formatDate';
import { ConfirmArchiveDialog } from '../directory/ConfirmArchiveDialog';
import { MeetingStatusChip } from '../meetings/MeetingStatusChip';
import { formatMeetingWhen } from '../../format/meetingTime';

/** "Approve minutes of …": where those minutes stand, a link to read them, and the approval (recorded at this meeting). */
export function ApproveMinutesItem({ approvesMeetingId, atMeetingId }: { approvesMeetingId: string; atMeetingId: string }) {
  const earlier = useMeetingDetail(approvesMeetingId);
  const [confirming, setConfirming] = useState(false);
  const { notify, notifyError } = useNotify();
  const approve = useMeetingChange('meetings.approveMinutes', {
    onSuccess: () => {
      setConfirming(false);
      notify('Minutes approved.', 'success');
    },
    onError: notifyError,
  });
  if (earlier.isPending) return <CircularProgress size={24} aria-label="Loading the minutes to approve" />;
  if (earlier.isError) return <Alert severity="error">{errorMessage(earlier.error)}</Alert>;
  const { meeting } = earlier.data;

  return (
    <Stack component="section" aria-label="Minutes to approve" sx={{ gap: 1.5, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>
          {meeting.title}, {formatMeetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes)}
        </Typography>
        <MeetingStatusChip status={meeting.status} />
      </Stack>
      <Link component={RouterLink} to={meetingPath(meeting.id)}>
        Read those minutes
      </Link>
      {meeting.status === 'minutes-draft' && (
        <div>
          <Button variant="contained" onClick={() => setConfirming(true)}>
            Approve minutes
          </Button>
        </div>
      )}
      {meeting.status === 'approved' && (
        <Typography color="success.main">Approved{meeting.approvedOn ? ` on ${formatDate(meeting.approvedOn)}` : ''}. The record is locked.</Typography>
      )}
      {(meeting.status === 'planned' || meeting.status === 'in-progress') && (
        <Typography color="text.secondary">These minutes cannot be approved yet: that meeting has not been finished.</Typography>
      )}
      {meeting.status === 'cancelled' && <Typography color="text.secondary">That meeting was cancelled, so it has no minutes to approve.</Typography>}
      {confirming && (
        <ConfirmArchiveDialog
          title="Approve these minutes?"
          explanation={`The minutes of "${meeting.title}" become the approved record and are locked. A later correction needs an amendment with its reason.`}
          confirmLabel="Approve minutes"
          busy={approve.isPending}
          onConfirm={() => approve.mutate({ id: meeting.id, atMeetingId })}
          onCancel={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
