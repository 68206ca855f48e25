import ArrowBack from '@mui/icons-material/ArrowBack';
import Flag from '@mui/icons-material/Flag';
import Groups from '@mui/icons-material/Groups';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { QuorumIndicator } from '../attendance/QuorumIndicator';
import { shortcutText } from './runShortcuts';

interface RunMeetingHeaderProps {
  detail: MeetingDetail;
  onAttendance: () => void;
  onFinish: () => void;
}

/** The meeting's title, whether it has a quorum, and the two steps that leave the agenda: attendance and finishing. */
export function RunMeetingHeader({ detail, onAttendance, onFinish }: RunMeetingHeaderProps) {
  const { meeting, attendees } = detail;
  const inRoom = attendees.filter((attendee) => attendee.status === 'present' || attendee.status === 'remote').length;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 1.5, justifyContent: 'space-between', alignItems: { md: 'center' } }}>
      <Stack sx={{ gap: 0.5, minWidth: 0 }}>
        <div>
          <Button component={Link} to={meetingPath(meeting.id)} startIcon={<ArrowBack />} size="small">
            Meeting page
          </Button>
        </div>
        <Typography variant="h1" sx={{ fontSize: '1.5rem', overflowWrap: 'anywhere' }}>
          Running: {meeting.title}
        </Typography>
        <QuorumIndicator quorum={detail.quorum} />
      </Stack>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>
        <Tooltip title={`Attendance (${shortcutText('attendance')})`} describeChild>
          <Button variant="outlined" startIcon={<Groups />} onClick={onAttendance} aria-keyshortcuts={shortcutText('attendance')}>
            Attendance ({inRoom} of {attendees.length})
          </Button>
        </Tooltip>
        <Button variant="contained" color="secondary" startIcon={<Flag />} onClick={onFinish}>
          Finish meeting
        </Button>
      </Stack>
    </Stack>
  );
}
