import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DataArea } from '../../shared/dataAreas';
import { subscribeToEvents } from '../api';

/** Marks every answer of the changed areas stale; the ones on screen are read again at once (a renamed member everywhere). */
export function refreshAreas(queryClient: QueryClient, areas: readonly DataArea[]): void {
  for (const area of areas) void queryClient.invalidateQueries({ queryKey: [area] });
}

/**
 * Follows the backend's `data.changed` event: whatever changed the records (this window, another window or tab, an
 * import finishing), the views that show them refresh. Each area is a scope, the first part of the query keys.
 */
export function useDataChangeRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribeToEvents((event) => {
        if (event.type === 'data.changed') refreshAreas(queryClient, event.areas);
      }),
    [queryClient],
  );
}
