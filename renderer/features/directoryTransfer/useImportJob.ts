import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ChannelInput, ImportJobStatus, ImportProgress } from '../../../shared/contract';
import { invoke } from '../../api';
import { directoryQueryScope } from '../../components/directory/directoryQueryScope';
import { type BackendJobChannels, useBackendJob } from '../../components/jobs/useBackendJob';

type ImportResult = Extract<ImportJobStatus, { state: 'finished' }>['result'];

/**
 * Runs an import commit as the backend's job (components/jobs/useBackendJob.ts) and refreshes every directory answer
 * when it has written. Cancel is offered while rows are checked: once they are written, the import runs to its end.
 */
export function useImportJob() {
  const queryClient = useQueryClient();
  const channels = useMemo<BackendJobChannels<ChannelInput<'directory.importStart'>, ImportProgress, ImportResult>>(
    () => ({
      start: (request) => invoke('directory.importStart', request),
      status: (jobId) => invoke('directory.importJob', { jobId }),
      cancel: (jobId) => invoke('directory.importCancel', { jobId }),
      eventStatus: (event) => (event.type === 'import.job' ? event : null),
      onFinished: () => void queryClient.invalidateQueries({ queryKey: [directoryQueryScope] }),
    }),
    [queryClient],
  );
  const job = useBackendJob(channels);
  return {
    ...job,
    /** True while checking: once the rows are being written, the import runs to its end. */
    canCancel: job.canCancel && job.progress?.phase !== 'writing',
  };
}

export type ImportJob = ReturnType<typeof useImportJob>;
