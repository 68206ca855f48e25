import Stack from '@mui/material/Stack';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { isRecordLocked } from '../meetings/meetingRecord';
import { NotesEditor } from '../notes/NotesEditor';
import { ApproveMinutesItem } from './ApproveMinutesItem';
import { ReviewOpenActions } from './ReviewOpenActions';

/** What the current item needs besides notes: the open action items to review, or the minutes to approve. */
export function CurrentItemWork({ detail, item }: { detail: MeetingDetail; item: AgendaItem }) {
  return (
    <Stack sx={{ gap: 2 }}>
      {item.role === 'review-actions' && <ReviewOpenActions detail={detail} />}
      {item.role === 'approve-minutes' && item.approvesMeetingId && <ApproveMinutesItem approvesMeetingId={item.approvesMeetingId} atMeetingId={detail.meeting.id} />}
      <NotesEditor key={item.id} item={item} itemName={`${item.position}. ${item.title}`} readOnly={isRecordLocked(detail)} />
    </Stack>
  );
}
