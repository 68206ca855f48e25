import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobStatus, ExportRequest } from '../../../shared/contract';
import { connectionKind, invoke, subscribeToEvents } from '../../api';
import { errorMessage } from '../errorMessage';
import { downloadFile } from '../files/downloadFile';
import { ExportJobDialog } from './ExportJobDialog';
import type { ExportJobState } from './exportJobState';

/** The backend pushes each change as an `export.job` event; asking now and then backs that up (a reconnecting stream can miss one). */
const BACKSTOP_MS = 2_000;

/**
 * Runs one export the way every export runs: start it, show its progress with Cancel, then save it where the person
 * chooses (desktop) or hand it to the browser's download. Render `exportDialog` once; call `startExport(request)`.
 */
export function useExportJob(): {
  startExport: (request: ExportRequest) => void;
  startJob: (begin: () => Promise<{ jobId: string; fileName: string }>) => void;
  exportDialog: ReactNode;
  busy: boolean;
} {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const update = useCallback((next: ExportJobState) => alive.current && setState(next), []);

  const deliver = useCallback(
    async (jobId: string, fileName: string) => {
      update({ phase: 'delivering', jobId, fileName });
      try {
        if (connectionKind() === 'desktop') {
          const { path } = await invoke('exports.save', { jobId });
          update(path === null ? { phase: 'not-saved', jobId, fileName } : { phase: 'saved', jobId, fileName, path });
        } else {
          downloadFile(await invoke('exports.download', { jobId }));
          update({ phase: 'saved', jobId, fileName, path: null });
        }
      } catch (error) {
        update({ phase: 'failed', message: errorMessage(error) });
      }
    },
    [update],
  );

  /** The job this dialog follows; cleared once it ends, so its end is acted on once whichever way it arrives. */
  const following = useRef<{ jobId: string; fileName: string } | null>(null);
  const apply = useCallback(
    (jobId: string, status: ExportJobStatus) => {
      const job = following.current;
      if (job?.jobId !== jobId) return;
      if (status.state === 'waiting') return update({ phase: 'waiting', jobId, fileName: job.fileName, position: status.position });
      if (status.state === 'running') return update({ phase: 'running', jobId, fileName: job.fileName, done: status.done, total: status.total });
      following.current = null;
      if (status.state === 'finished') return void deliver(jobId, job.fileName);
      update(status.state === 'failed' ? { phase: 'failed', message: status.message } : { phase: 'cancelled' });
    },
    [deliver, update],
  );
  useEffect(
    () =>
      subscribeToEvents((event) => {
        if (event.type === 'export.job') apply(event.jobId, event.status);
      }),
    [apply],
  );
  useEffect(
    () => () => {
      following.current = null;
    },
    [],
  );

  const follow = useCallback(
    async (jobId: string, fileName: string) => {
      following.current = { jobId, fileName };
      // An event may have come before this job was followed: ask once now, then only as a backstop.
      while (following.current?.jobId === jobId) {
        apply(jobId, await invoke('exports.status', { jobId }));
        await new Promise((resolve) => setTimeout(resolve, BACKSTOP_MS));
      }
    },
    [apply],
  );

  /** Follows a job another channel started (the plan's export, on either storage engine). */
  const startJob = useCallback(
    (begin: () => Promise<{ jobId: string; fileName: string }>) => {
      update({ phase: 'starting' });
      begin()
        .then(({ jobId, fileName }) => {
          update({ phase: 'running', jobId, fileName, done: 0, total: 1 });
          return follow(jobId, fileName);
        })
        .catch((error: unknown) => update({ phase: 'failed', message: errorMessage(error) }));
    },
    [follow, update],
  );
  const startExport = useCallback((request: ExportRequest) => startJob(() => invoke('exports.start', request)), [startJob]);

  const cancel = useCallback(() => {
    if (state.phase === 'running' || state.phase === 'waiting') void invoke('exports.cancel', { jobId: state.jobId }).catch(() => undefined);
  }, [state]);

  const exportDialog = (
    <ExportJobDialog
      state={state}
      onCancel={cancel}
      onClose={() => update({ phase: 'idle' })}
      onSaveAgain={(jobId, fileName) => void deliver(jobId, fileName)}
      onShowInFolder={(path) =>
        void invoke('exports.showInFolder', { path }).catch((error: unknown) => update({ phase: 'failed', message: errorMessage(error) }))
      }
    />
  );
  const busy = state.phase === 'starting' || state.phase === 'waiting' || state.phase === 'running' || state.phase === 'delivering';
  return { startExport, startJob, exportDialog, busy };
}
