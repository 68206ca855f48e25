import { arrayMove } from '@dnd-kit/sortable';
import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/contract';
import { errorMessage } from '../../../components/errorMessage';
import { useMeetingChange } from '../../../components/meetings/meetingQueries';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { inOrder } from './agendaDraft';

/**
 * The agenda in the order on screen. A move shows at once and is then saved; if saving fails, the agenda goes back
 * to the saved order and the snackbar says so.
 */
export function useAgendaOrder(meetingId: string, saved: readonly AgendaItem[]) {
  const [pending, setPending] = useState<string[] | null>(null);
  const { notify } = useNotify();
  const reorder = useMeetingChange('agenda.reorder', {
    onSuccess: () => setPending(null),
    onError: (error) => {
      setPending(null);
      notify(`The new order could not be saved, so the agenda is back as it was. ${errorMessage(error)}`, 'error');
    },
  });
  const items = inOrder(saved, pending);

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= items.length) return;
    const itemIds = arrayMove(items, from, to).map((item) => item.id);
    setPending(itemIds);
    reorder.mutate({ meetingId, itemIds });
  };

  return { items, move, saving: reorder.isPending };
}
