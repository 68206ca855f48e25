import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../../api';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { directoryKeys } from '../directoryQueries';

/**
 * Asks for a protected member's full name and contact. The answer lives only in this page's mutation state
 * (gcTime 0), never in the query cache, so it is gone once the page is left.
 */
export function useRevealMember(id: string) {
  const queryClient = useQueryClient();
  const { notifyError } = useNotify();
  return useMutation({
    mutationFn: () => invoke('directory.revealMember', { id }),
    gcTime: 0,
    // The reveal is audited: refresh the history so the new entry shows.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.member(id) }),
    onError: notifyError,
  });
}
