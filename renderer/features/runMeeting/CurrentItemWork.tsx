import Stack from '@mui/material/Stack';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { isRecordLocked } from '../../components/meetings/meetingRecordLock';
import { NotesEditor } from '../notes/NotesEditor';
import { DataReviewItem } from '../agendaReviews/DataReviewItem';
import { PlanReviewItem } from '../agendaReviews/PlanReviewItem';
import { ApproveMinutesItem } from './ApproveMinutesItem';
import { ReviewOpenActions } from './ReviewOpenActions';

/** What the current item needs besides notes: the open action items to review, the minutes to approve, the plan or the data to review. */
export function CurrentItemWork({ detail, item }: { detail: MeetingDetail; item: AgendaItem }) {
  return (
    <Stack sx={{ gap: 2 }}>
      {item.role === 'review-actions' && <ReviewOpenActions detail={detail} />}
      {item.role === 'approve-minutes' && item.approvesMeetingId && (
        <ApproveMinutesItem approvesMeetingId={item.approvesMeetingId} atMeetingId={detail.meeting.id} />
      )}
      {item.role === 'plan-review' && <PlanReviewItem itemId={item.id} />}
      {item.role === 'data-review' && <DataReviewItem itemId={item.id} />}
      <NotesEditor key={item.id} item={item} itemName={`${item.position}. ${item.title}`} readOnly={isRecordLocked(detail)} />
    </Stack>
  );
}
