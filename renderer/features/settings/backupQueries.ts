import { useQuery, type QueryClient } from '@tanstack/react-query';
import { invoke } from '../../api';
import { sharedQueryKeys } from '../../session/queryKeys';

export const backupsOverviewKey = ['backups.overview'] as const;

export function useBackupsOverview() {
  return useQuery({ queryKey: backupsOverviewKey, queryFn: () => invoke('backups.overview', {}) });
}

/** After a backup is made or the folder changes: the list, and the "last backup" line. */
export async function refreshBackups(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: backupsOverviewKey }),
    queryClient.invalidateQueries({ queryKey: sharedQueryKeys.workspaceDetails }),
  ]);
}
