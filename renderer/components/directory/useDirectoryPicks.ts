import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import { useDebounced } from '../useDebounced';
import { PICK_LIMIT } from './DirectoryPicker';
import { directoryQueryScope } from './directoryQueryScope';

const TYPING_PAUSE_MS = 250;

const channels = { member: 'directory.pickMembers', organization: 'directory.pickOrganizations' } as const;

/**
 * Active members (or organizations) whose name starts with what was typed, found by the host, so a picker never
 * loads the whole roster; and the chosen ones by id, so their names show whatever was typed.
 */
export function useDirectoryPicks(kind: keyof typeof channels, typed: string, chosenIds: readonly string[]) {
  const query = useDebounced(typed, TYPING_PAUSE_MS);
  const picks = useQuery({
    queryKey: [directoryQueryScope, 'pick', kind, { query, chosenId: null, activeOnly: true }],
    queryFn: () => invoke(channels[kind], { query, limit: PICK_LIMIT, chosenId: null, activeOnly: true }),
    placeholderData: keepPreviousData,
  });
  const chosen = useQueries({
    queries: chosenIds.map((id) => ({
      queryKey: [directoryQueryScope, 'pick', kind, { query: '', chosenId: id, activeOnly: true, limit: 1 }],
      queryFn: () => invoke(channels[kind], { query: '', limit: 1, chosenId: id, activeOnly: true }),
    })),
  });
  const chosenOptions = chosen.flatMap((answer) => (answer.data?.chosen ? [answer.data.chosen] : []));
  return { options: picks.data?.options ?? [], chosen: chosenOptions, loading: picks.isFetching };
}
