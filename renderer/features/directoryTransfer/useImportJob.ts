import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ImportJobStatus, ImportProgress } from '../../../shared/contract';
import { ApiError, invoke, subscribeToEvents } from '../../api';
import { directoryQueryScope } from '../../components/directory/directoryQueryScope';

type ImportResult = Extract<ImportJobStatus, { state: 'finished' }>['result'];

/** Polling backs the `import.job` events up: an event can be missed (a reconnecting stream), a status answer cannot. */
const POLL_MS = 500;

type JobState =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string | null; progress: ImportProgress | null; cancelling: boolean }
  | { phase: 'finished'; result: ImportResult }
  | { phase: 'failed'; error: unknown }
  | { phase: 'cancelled' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs an import commit as the host's job: starts it, follows its percent and row count (events, and polling as a
 * backstop), cancels it on request, and refreshes every directory answer when it has written. The shape of a mutation
 * (isPending, data, error, reset) so the dialog reads it as it read the one-call commit.
 */
export function useImportJob() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const current = useRef<string | null>(null);

  const settle = useCallback(
    (jobId: string, status: ImportJobStatus) => {
      if (current.current !== jobId) return;
      if (status.state === 'running') {
        setState((before) => ({ phase: 'running', jobId, progress: status.progress, cancelling: before.phase === 'running' && before.cancelling }));
        return;
      }
      current.current = null;
      if (status.state === 'finished') {
        setState({ phase: 'finished', result: status.result });
        void queryClient.invalidateQueries({ queryKey: [directoryQueryScope] });
      } else if (status.state === 'failed') setState({ phase: 'failed', error: new ApiError(status.error) });
      else setState({ phase: 'cancelled' });
    },
    [queryClient],
  );

  useEffect(() => subscribeToEvents((event) => event.type === 'import.job' && settle(event.jobId, event.status)), [settle]);
  useEffect(
    () => () => {
      current.current = null;
    },
    [],
  );

  const follow = useCallback(
    async (jobId: string) => {
      while (current.current === jobId) {
        await sleep(POLL_MS);
        if (current.current !== jobId) return;
        settle(jobId, await invoke('directory.importJob', { jobId }));
      }
    },
    [settle],
  );

  const start = useCallback(
    (request: ChannelInput<'directory.importStart'>) => {
      setState({ phase: 'running', jobId: null, progress: null, cancelling: false });
      invoke('directory.importStart', request)
        .then(({ jobId }) => {
          current.current = jobId;
          setState((before) => (before.phase === 'running' && before.jobId === null ? { ...before, jobId } : before));
          return follow(jobId);
        })
        .catch((error: unknown) => {
          current.current = null;
          setState({ phase: 'failed', error });
        });
    },
    [follow],
  );

  const cancel = useCallback(() => {
    if (state.phase !== 'running' || !state.jobId) return;
    const { jobId } = state;
    setState({ ...state, cancelling: true });
    invoke('directory.importCancel', { jobId })
      .then((status) => settle(jobId, status))
      .catch((error: unknown) => {
        if (current.current !== jobId) return;
        current.current = null;
        setState({ phase: 'failed', error });
      });
  }, [settle, state]);

  return {
    isPending: state.phase === 'running',
    progress: state.phase === 'running' ? state.progress : null,
    /** True while checking: once the rows are being written, the import runs to its end. */
    canCancel: state.phase === 'running' && state.jobId !== null && !state.cancelling && state.progress?.phase !== 'writing',
    cancelling: state.phase === 'running' && state.cancelling,
    cancelled: state.phase === 'cancelled',
    data: state.phase === 'finished' ? state.result : undefined,
    error: state.phase === 'failed' ? state.error : null,
    start,
    cancel,
    reset: () => {
      current.current = null;
      setState({ phase: 'idle' });
    },
  };
}

export type ImportJob = ReturnType<typeof useImportJob>;
