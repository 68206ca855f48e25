import Add from '@mui/icons-material/Add';
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useNavigate } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useMeetingChange, useMeetings } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatMeetingDate } from '../../format/meetingTime';

/** "Meeting 3 of 12 in the series", with the previous and next meeting one click away, and a way to add one more. */
export function SeriesNavigation({ detail }: { detail: MeetingDetail }) {
  const { meeting, previousInSeries, nextInSeries } = detail;
  const series = useMeetings({ seriesId: meeting.seriesId });
  const navigate = useNavigate();
  const { notify, notifyError } = useNotify();
  const addNext = useMeetingChange('meetings.addNextInSeries', {
    onSuccess: (added) => {
      notify(`Added ${formatMeetingDate(added.startsAt, added.timeZone)} to the series.`, 'success');
      navigate(meetingPath(added.id));
    },
    onError: notifyError,
  });
  const total = series.data?.length;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'center' }, flexWrap: 'wrap' }} component="nav" aria-label="Series">
      <Typography sx={{ mr: 1 }}>
        Meeting {meeting.seriesIndex}
        {total ? ` of ${total}` : ''} in the series
      </Typography>
      {previousInSeries && (
        <Button component={Link} to={meetingPath(previousInSeries.id)} startIcon={<ChevronLeft />} size="small">
          Previous: {formatMeetingDate(previousInSeries.startsAt, meeting.timeZone)}
        </Button>
      )}
      {nextInSeries && (
        <Button component={Link} to={meetingPath(nextInSeries.id)} endIcon={<ChevronRight />} size="small">
          Next: {formatMeetingDate(nextInSeries.startsAt, meeting.timeZone)}
        </Button>
      )}
      {!nextInSeries && (
        <Button startIcon={<Add />} size="small" onClick={() => addNext.mutate({ id: meeting.id })} disabled={addNext.isPending}>
          Add next meeting in series
        </Button>
      )}
    </Stack>
  );
}
