import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { ExportRequest } from '../../../shared/contract';
import { connectionKind, invoke } from '../../api';
import { errorMessage } from '../errorMessage';
import { downloadFile } from '../files/downloadFile';
import { ExportJobDialog } from './ExportJobDialog';
import type { ExportJobState } from './exportJobState';

const POLL_MS = 250;

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

  const follow = useCallback(
    async (jobId: string, fileName: string) => {
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!alive.current) return;
        const status = await invoke('exports.status', { jobId });
        if (status.state === 'waiting') update({ phase: 'waiting', jobId, fileName, position: status.position });
        else if (status.state === 'running') update({ phase: 'running', jobId, fileName, done: status.done, total: status.total });
        else if (status.state === 'finished') return deliver(jobId, fileName);
        else return update(status.state === 'failed' ? { phase: 'failed', message: status.message } : { phase: 'cancelled' });
      }
    },
    [deliver, update],
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
