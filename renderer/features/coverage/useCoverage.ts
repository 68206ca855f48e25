import { useQuery } from '@tanstack/react-query';
import { invoke } from '../../api';
import { directoryQueryScope } from '../../components/directory/directoryQueryScope';

/** Under the directory's query scope, so adding or archiving an organization refreshes coverage too. */
export function useCoverage() {
  return useQuery({ queryKey: [directoryQueryScope, 'coverage'], queryFn: () => invoke('directory.coverage', {}) });
}
