import EventNote from '@mui/icons-material/EventNote';
import Button from '@mui/material/Button';
import { formatDate } from '../../../shared/dateFormat';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useReviewChange } from './agendaReviewQueries';

/** On the Plan page: puts a plan review on the next planned meeting's agenda (once). */
export function AddPlanReviewToNextMeeting() {
  const { notify, notifyError } = useNotify();
  const add = useReviewChange('agendaReviews.addToNextMeeting', {
    onSuccess: (result) => {
      const when = formatDate(result.startsAt.slice(0, 10));
      notify(
        result.alreadyThere
          ? `"${result.meetingTitle}" (${when}) already has a plan review on its agenda.`
          : `Plan review added to "${result.meetingTitle}" (${when}).`,
        result.alreadyThere ? 'info' : 'success',
      );
    },
    onError: notifyError,
  });
  return (
    <Button variant="outlined" startIcon={<EventNote />} onClick={() => add.mutate({ kind: 'plan-review' })} disabled={add.isPending}>
      Add plan review to next meeting
    </Button>
  );
}
