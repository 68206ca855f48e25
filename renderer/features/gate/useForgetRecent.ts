import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { sharedQueryKeys } from '../../session/queryKeys';

/** Takes a workspace off the recent list; its folder stays exactly where it is. */
export function useForgetRecent() {
  const queryClient = useQueryClient();
  const { notify, notifyError } = useNotify();
  return useMutation({
    mutationFn: (path: string) => invoke('workspace.forgetRecent', { path }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sharedQueryKeys.appStatus });
      notify('Removed from the list. The workspace files were not deleted.', 'success');
    },
    onError: notifyError,
  });
}
