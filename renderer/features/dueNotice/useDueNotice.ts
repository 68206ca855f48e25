import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';

/**
 * Asks once per unlock whether today's notice is due (the host answers `announce: true` once a day). Its key is
 * outside the meetings scope, so no later change asks again; locking drops it, so the next unlock asks afresh.
 */
export function useDueNotice() {
  return useQuery({ queryKey: ['due-notice'], queryFn: () => invoke('actions.takeDueNotice', {}), staleTime: Infinity, gcTime: Infinity });
}
