import Button from '@mui/material/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProtocolDetail } from '../../../shared/contract';
import { invoke } from '../../api';
import { meetingQueryScope } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatDate, formatWeekdayDate } from '../../format/formatDate';
import { localToday } from './DateDialog';

/** Puts "Review: <title>" on the agenda of the next planned meeting, through the meetings' own channels. */
export function ReviewAgendaButton({ protocol }: { protocol: ProtocolDetail }) {
  const { notify, notifyError } = useNotify();
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: async () => {
      const planned = await invoke('meetings.list', { from: localToday(), statuses: ['planned'] });
      const next = [...planned].sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc))[0];
      if (!next) return null;
      const version = protocol.currentVersion ? `Version ${protocol.currentVersion.label}` : 'The current version';
      const due = protocol.nextReviewOn ? `, review due ${formatDate(protocol.nextReviewOn)}` : '';
      await invoke('agenda.addItem', {
        meetingId: next.id,
        title: `Review: ${protocol.title}`.slice(0, 300),
        type: 'discussion',
        timeboxMinutes: 15,
        description: `${version}${due}. Keep it as it is, or start a new version.`,
      });
      return next;
    },
    onSuccess: async (next) => {
      if (!next) {
        notify('There is no planned meeting yet. Plan the next meeting, then add the review to its agenda.', 'info');
        return;
      }
      await queryClient.invalidateQueries({ queryKey: [meetingQueryScope] });
      notify(`Added to the agenda of ${next.title} (${formatWeekdayDate(next.startsAt)}).`, 'success');
    },
    onError: notifyError,
  });
  return (
    <Button variant="outlined" onClick={() => add.mutate()} disabled={add.isPending}>
      Add review to next meeting&apos;s agenda
    </Button>
  );
}
