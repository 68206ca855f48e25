import { useQuery } from '@tanstack/react-query';
import { invoke } from '../api';
import { sharedQueryKeys } from './queryKeys';

export function useWorkspaceDetails() {
  return useQuery({ queryKey: sharedQueryKeys.workspaceDetails, queryFn: () => invoke('workspace.details', {}) });
}
