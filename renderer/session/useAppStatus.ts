import { useQuery } from '@tanstack/react-query';
import { invoke } from '../api';
import { sharedQueryKeys } from './queryKeys';

/** Host kind, lock state, recent workspaces and the default folder for new ones. */
export function useAppStatus() {
  return useQuery({ queryKey: sharedQueryKeys.appStatus, queryFn: () => invoke('app.status', {}) });
}
