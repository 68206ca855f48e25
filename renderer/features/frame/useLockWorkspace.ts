import { useMutation } from '@tanstack/react-query';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { flushPendingSaves } from '../../session/beforeLock';
import { useSession } from '../../session/SessionContext';

/** Saves what is pending (for at most a second), then locks; the window goes to Unlock without waiting for the host's event. */
export function useLockWorkspace() {
  const session = useSession();
  const { notifyError } = useNotify();
  return useMutation({
    mutationFn: async () => {
      await flushPendingSaves();
      return invoke('workspace.lock', {});
    },
    onSuccess: () => session.leave('user'),
    onError: notifyError,
  });
}
