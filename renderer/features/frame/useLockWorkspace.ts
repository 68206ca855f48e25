import { useMutation } from '@tanstack/react-query';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useSession } from '../../session/SessionContext';

/** Locks now; the window goes to Unlock without waiting for the host's event. */
export function useLockWorkspace() {
  const session = useSession();
  const { notifyError } = useNotify();
  return useMutation({
    mutationFn: () => invoke('workspace.lock', {}),
    onSuccess: () => session.leave('user'),
    onError: notifyError,
  });
}
