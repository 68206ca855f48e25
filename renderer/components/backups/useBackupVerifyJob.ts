import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupVerification, BackupVerifyJobStatus, BackupVerifyProgress, ChannelInput } from '../../../shared/contract';
import { ApiError, invoke, subscribeToEvents } from '../../api';

/** Polling backs the `backup.verify` events up: an event can be missed (a reconnecting stream), a status answer cannot. */
const POLL_MS = 500;

type JobState =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string | null; progress: BackupVerifyProgress | null; cancelling: boolean }
  | { phase: 'finished'; result: BackupVerification }
  | { phase: 'failed'; error: unknown }
  | { phase: 'cancelled' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Verifies a backup as the backend's job: starts it (a wrong secret fails the start, so the field can say so), follows
 * its percent (events, polling as a backstop), and cancels it on request. Cancelling is always safe: it changes nothing.
 */
export function useBackupVerifyJob() {
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const current = useRef<string | null>(null);

  const settle = useCallback((jobId: string, status: BackupVerifyJobStatus) => {
    if (current.current !== jobId) return;
    if (status.state === 'running') {
      setState((before) => ({ phase: 'running', jobId, progress: status.progress, cancelling: before.phase === 'running' && before.cancelling }));
      return;
    }
    current.current = null;
    if (status.state === 'finished') setState({ phase: 'finished', result: status.result });
    else if (status.state === 'failed') setState({ phase: 'failed', error: new ApiError(status.error) });
    else setState({ phase: 'cancelled' });
  }, []);

  useEffect(() => subscribeToEvents((event) => event.type === 'backup.verify' && settle(event.jobId, event.status)), [settle]);
  useEffect(() => {
    const jobId = current;
    return () => {
      // Leaving the dialog stops a verification nobody will read.
      if (jobId.current) void invoke('backups.verifyCancel', { jobId: jobId.current }).catch(() => undefined);
      jobId.current = null;
    };
  }, []);

  const follow = useCallback(
    async (jobId: string) => {
      while (current.current === jobId) {
        await sleep(POLL_MS);
        if (current.current !== jobId) return;
        settle(jobId, await invoke('backups.verifyJob', { jobId }));
      }
    },
    [settle],
  );

  const start = useCallback(
    (request: ChannelInput<'backups.verifyStart'>, onStartRefused: (error: unknown) => void) => {
      setState({ phase: 'running', jobId: null, progress: null, cancelling: false });
      invoke('backups.verifyStart', request)
        .then(({ jobId }) => {
          current.current = jobId;
          setState((before) => (before.phase === 'running' && before.jobId === null ? { ...before, jobId } : before));
          return follow(jobId);
        })
        .catch((error: unknown) => {
          const started = current.current !== null;
          current.current = null;
          setState(started ? { phase: 'failed', error } : { phase: 'idle' });
          if (!started) onStartRefused(error);
        });
    },
    [follow],
  );

  const cancel = useCallback(() => {
    if (state.phase !== 'running' || !state.jobId) return;
    const { jobId } = state;
    setState({ ...state, cancelling: true });
    invoke('backups.verifyCancel', { jobId })
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
    canCancel: state.phase === 'running' && state.jobId !== null && !state.cancelling,
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

export type BackupVerifyJob = ReturnType<typeof useBackupVerifyJob>;
