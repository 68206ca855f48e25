import Replay from '@mui/icons-material/Replay';
import Button from '@mui/material/Button';
import type { MeetingDetail } from '../../../shared/contract';
import { useMeetingChange, useMeetingDetail } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatMeetingDate } from '../../format/meetingTime';

/**
 * A meeting in a series starts with an empty list: one click invites everyone from the roster who was on the
 * previous meeting's list (guests are not on the roster, so they are asked again by hand).
 */
export function InviteLastTimeButton({ detail }: { detail: MeetingDetail }) {
  const previous = detail.previousInSeries;
  return previous ? <InviteFrom previous={previous} meeting={detail.meeting} /> : null;
}

function InviteFrom({ previous, meeting }: { previous: NonNullable<MeetingDetail['previousInSeries']>; meeting: MeetingDetail['meeting'] }) {
  const earlier = useMeetingDetail(previous.id);
  const { notify, notifyError } = useNotify();
  const invite = useMeetingChange('attendance.invite', {
    onSuccess: (attendees) => notify(`${attendees.length} ${attendees.length === 1 ? 'person is' : 'people are'} on the attendance list.`, 'success'),
    onError: notifyError,
  });
  const memberIds = [...new Set((earlier.data?.attendees ?? []).flatMap((attendee) => (attendee.memberId ? [attendee.memberId] : [])))];
  if (memberIds.length === 0) return null;
  return (
    <div>
      <Button variant="outlined" startIcon={<Replay />} disabled={invite.isPending} onClick={() => invite.mutate({ meetingId: meeting.id, memberIds })}>
        Invite the {memberIds.length === 1 ? 'person' : `${memberIds.length} people`} from {formatMeetingDate(previous.startsAt, meeting.timeZone)}
      </Button>
    </div>
  );
}
