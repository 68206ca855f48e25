import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import { directoryQueryScope } from '../../components/directory/directoryQueryScope';
import { useDebounced } from '../../components/useDebounced';

const TYPING_PAUSE_MS = 200;
const RESULT_LIMIT = 20;

/** Searches once the person pauses typing; the previous results stay up meanwhile, so the list does not flicker. */
export function useDirectorySearch(text: string) {
  const query = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const search = useQuery({
    queryKey: [directoryQueryScope, 'search', query],
    queryFn: () => invoke('search.global', { query, limit: RESULT_LIMIT }),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
  const settled = query === text.trim() && !search.isFetching;
  return { results: query ? (search.data ?? []) : [], searching: !settled && text.trim().length > 0, error: search.error };
}
