import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { MeetingStatus, MeetingSummary } from '../../../shared/contract';
import { meetingPath, meetingsPath } from '../../components/meetings/meetingPaths';
import { useMeetings } from '../../components/meetings/meetingQueries';
import { SectionCard } from '../../components/SectionCard';
import { meetingStatusLabels } from '../meetings/meetingLabels';
import { formatMeetingWhen } from '../../format/meetingTime';
import { CardStatus } from './CardStatus';
import { nextMeetingOf } from './nextMeeting';

const unfinishedMeetings: MeetingStatus[] = ['planned', 'in-progress'];

export function NextMeetingCard() {
  const meetings = useMeetings({ statuses: unfinishedMeetings });
  const next = meetings.data ? nextMeetingOf(meetings.data, new Date()) : null;
  return (
    <SectionCard title="Next meeting">
      <CardStatus query={meetings} loadingLabel="Loading meetings" />
      {meetings.data && (next ? <NextMeeting meeting={next} /> : <NoMeeting />)}
    </SectionCard>
  );
}

function NextMeeting({ meeting }: { meeting: MeetingSummary }) {
  return (
    <Stack sx={{ gap: 1, alignItems: 'flex-start' }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600, fontSize: '1.1rem', overflowWrap: 'anywhere' }}>{meeting.title}</Typography>
        {meeting.status === 'in-progress' && <Chip size="small" color="warning" label={meetingStatusLabels[meeting.status]} />}
      </Stack>
      <Typography>{formatMeetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes)}</Typography>
      {meeting.location && <Typography color="text.secondary">{meeting.location}</Typography>}
      {meeting.videoLink && (
        <Link href={meeting.videoLink} target="_blank" rel="noreferrer" sx={{ overflowWrap: 'anywhere' }}>
          {meeting.videoLink}
        </Link>
      )}
      <Button component={RouterLink} to={meetingPath(meeting.id)} variant="outlined" aria-label={`Open ${meeting.title}`}>
        Open
      </Button>
    </Stack>
  );
}

function NoMeeting() {
  return (
    <Typography color="text.secondary">
      No meeting is planned.{' '}
      <Link component={RouterLink} to={meetingsPath}>
        Plan one under Meetings
      </Link>
      .
    </Typography>
  );
}
