import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppEvent } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import { ApiError, subscribeToEvents } from '../../api';

/** How a backend job stands (main/services/backendJobs.ts): what its status channel answers and its events carry. */
export type BackendJobStatus<Progress, Result> =
  { state: 'running'; progress: Progress } | { state: 'finished'; result: Result } | { state: 'failed'; error: AppErrorShape } | { state: 'cancelled' };

/** One kind of backend job as the window reaches it: its channels, its event, and what to do when it finishes. */
export interface BackendJobChannels<Request, Progress, Result> {
  start(request: Request): Promise<{ jobId: string }>;
  status(jobId: string): Promise<BackendJobStatus<Progress, Result>>;
  cancel(jobId: string): Promise<BackendJobStatus<Progress, Result>>;
  /** The job's status if this event is about one of this kind. */
  eventStatus(event: AppEvent): { jobId: string; status: BackendJobStatus<Progress, Result> } | null;
  onFinished?(result: Result): void;
  /** Leaving the page cancels a job nobody will read (a verification); an import is left to finish. */
  cancelOnLeave?: boolean;
}

/** Polling backs the events up: an event can be missed (a reconnecting stream), a status answer cannot. */
const POLL_MS = 500;

type JobState<Progress, Result> =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string | null; progress: Progress | null; cancelling: boolean }
  | { phase: 'finished'; result: Result }
  | { phase: 'failed'; error: unknown }
  | { phase: 'cancelled' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one backend job at a time: starts it, follows its progress (events, polling as a backstop), cancels it on
 * request. The shape of a mutation (isPending, data, error, reset), so a dialog reads it as it would a single call.
 */
export function useBackendJob<Request, Progress, Result>(channels: BackendJobChannels<Request, Progress, Result>) {
  const [state, setState] = useState<JobState<Progress, Result>>({ phase: 'idle' });
  const current = useRef<string | null>(null);
  const kind = useRef(channels);
  useEffect(() => {
    kind.current = channels;
  }, [channels]);

  const settle = useCallback((jobId: string, status: BackendJobStatus<Progress, Result>) => {
    if (current.current !== jobId) return;
    if (status.state === 'running') {
      setState((before) => ({ phase: 'running', jobId, progress: status.progress, cancelling: before.phase === 'running' && before.cancelling }));
      return;
    }
    current.current = null;
    if (status.state === 'finished') {
      setState({ phase: 'finished', result: status.result });
      kind.current.onFinished?.(status.result);
    } else if (status.state === 'failed') setState({ phase: 'failed', error: new ApiError(status.error) });
    else setState({ phase: 'cancelled' });
  }, []);

  useEffect(
    () =>
      subscribeToEvents((event) => {
        const about = kind.current.eventStatus(event);
        if (about) settle(about.jobId, about.status);
      }),
    [settle],
  );
  useEffect(() => {
    const jobId = current;
    return () => {
      if (jobId.current && kind.current.cancelOnLeave) void kind.current.cancel(jobId.current).catch(() => undefined);
      jobId.current = null;
    };
  }, []);

  const follow = useCallback(
    async (jobId: string) => {
      while (current.current === jobId) {
        await sleep(POLL_MS);
        if (current.current !== jobId) return;
        settle(jobId, await kind.current.status(jobId));
      }
    },
    [settle],
  );

  /** With onStartRefused, a start the backend refuses (no job) goes back to idle and is handed over, so a field can say why. */
  const start = useCallback(
    (request: Request, onStartRefused?: (error: unknown) => void) => {
      setState({ phase: 'running', jobId: null, progress: null, cancelling: false });
      kind.current
        .start(request)
        .then(({ jobId }) => {
          current.current = jobId;
          setState((before) => (before.phase === 'running' && before.jobId === null ? { ...before, jobId } : before));
          return follow(jobId);
        })
        .catch((error: unknown) => {
          const started = current.current !== null;
          current.current = null;
          setState(started || !onStartRefused ? { phase: 'failed', error } : { phase: 'idle' });
          if (!started) onStartRefused?.(error);
        });
    },
    [follow],
  );

  const cancel = useCallback(() => {
    if (state.phase !== 'running' || !state.jobId) return;
    const { jobId } = state;
    setState({ ...state, cancelling: true });
    kind.current
      .cancel(jobId)
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
