import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { meetingKindLabels } from './meetingLabels';
import { MeetingStatusChip } from './MeetingStatusChip';
import { formatMeetingDate, formatMeetingTimes } from '../../format/meetingTime';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One meeting in a list: when (in its own zone), what, and who leads it; the whole row opens the meeting. */
export function MeetingListItem({ meeting }: { meeting: MeetingSummary }) {
  const details = [
    meeting.facilitatorName && `Facilitator: ${meeting.facilitatorName}`,
    count(meeting.agendaItemCount, 'agenda item', 'agenda items'),
    count(meeting.attendeeCount, 'attendee', 'attendees'),
  ].filter(Boolean);
  return (
    <ListItem disablePadding divider>
      <ListItemButton component={Link} to={meetingPath(meeting.id)} sx={{ alignItems: 'flex-start', py: 1.5 }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { xs: 0.5, sm: 3 }, width: '100%', minWidth: 0 }}>
          <Box sx={{ width: { sm: 200 }, flexShrink: 0 }}>
            <Typography sx={{ fontWeight: 600 }}>{formatMeetingDate(meeting.startsAt, meeting.timeZone)}</Typography>
            <Typography variant="body2" color="text.secondary">
              {formatMeetingTimes(meeting.startsAt, meeting.timeZone, meeting.durationMinutes)}
            </Typography>
          </Box>
          <Stack sx={{ gap: 0.75, minWidth: 0, flex: 1 }}>
            <Typography
              component="span"
              title={meeting.title}
              sx={{ fontWeight: 600, overflowWrap: 'anywhere', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
            >
              {meeting.title}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              <MeetingStatusChip status={meeting.status} />
              <Chip size="small" variant="outlined" label={meeting.workgroupName ? `Workgroup: ${meeting.workgroupName}` : meetingKindLabels[meeting.kind]} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {details.join(' · ')}
            </Typography>
          </Stack>
        </Stack>
      </ListItemButton>
    </ListItem>
  );
}
