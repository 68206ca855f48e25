import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';

/** Where the facilitator is in the agenda, and the moves: next (marking the item done), previous, or any item. */
export function useAgendaSteps(detail: MeetingDetail) {
  const { notifyError } = useNotify();
  const setCurrent = useMeetingChange('meetings.setCurrentItem', { onError: notifyError });
  const setStatus = useMeetingChange('agenda.setItemStatus', { onError: notifyError });
  const agenda = [...detail.agenda].sort((a, b) => a.position - b.position);
  const index = agenda.findIndex((item) => item.id === detail.currentItem?.id);
  const current = agenda[index] ?? null;
  const previousItem = index > 0 ? agenda[index - 1] : undefined;
  const nextItem = index >= 0 ? agenda[index + 1] : agenda[0];
  const moving = setCurrent.isPending || setStatus.isPending;

  const goTo = (item: AgendaItem) => setCurrent.mutateAsync({ meetingId: detail.meeting.id, itemId: item.id }).catch(() => undefined);

  const next = async () => {
    if (moving) return;
    try {
      if (current?.status === 'open') await setStatus.mutateAsync({ id: current.id, status: 'done' });
      if (nextItem) await setCurrent.mutateAsync({ meetingId: detail.meeting.id, itemId: nextItem.id });
    } catch {
      // Already shown by onError; the facilitator stays on the item.
    }
  };

  const previous = async () => {
    if (!moving && previousItem) await goTo(previousItem);
  };

  return { agenda, index, current, previousItem, nextItem, moving, next, previous, goTo };
}
