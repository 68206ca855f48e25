import type { ImportJobStatus, ImportPhase, ImportProgress } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { EventHub } from './eventHub';
import { BackendJobs, type BackendJobControl, twoPhasePercent } from './backendJobs';

export type ImportResult = Extract<ImportJobStatus, { state: 'finished' }>['result'];

/**
 * What a running import sees of its job: where to report progress, and a point between slices of work where it gives
 * the event loop back (other calls are answered there) and learns that it must stop.
 */
export interface ImportJobControl {
  /** Rows of a phase done so far; sent on (status and `import.job` event) whenever the whole job's percent moves. */
  progress(phase: ImportPhase, done: number, total: number): void;
  /** Yields to the event loop; throws when the job was cancelled or its workspace locked meanwhile. Never call it inside a transaction. */
  pause(): Promise<void>;
}

/** Checking is the cheap quarter of an import, writing (audit and search index per row) the rest: docs/benchmarks.md. */
const CHECKING_SHARE = 25;

export function importPercent(phase: ImportPhase, done: number, total: number): number {
  return twoPhasePercent(CHECKING_SHARE, phase === 'checking', done, total);
}

/**
 * Import commits as jobs (services/backendJobs.ts): one at a time per app, each pinned to the workspace or server
 * database it started in. A job checks its rows in slices with pauses in between, where it can be cancelled; once it
 * writes (one transaction) it runs to the end, so a cancel that arrives then finds it finished.
 */
export class ImportJobs {
  private readonly jobs: BackendJobs<ImportProgress, ImportResult>;

  constructor(
    events: EventHub,
    private readonly currentWorkspace: () => object | null,
  ) {
    this.jobs = new BackendJobs(events, {
      event: (jobId, status) => ({ type: 'import.job', jobId, status }),
      initialProgress: { phase: 'checking', done: 0, total: 0, percent: 0 },
      announces: (before, after) => before.percent !== after.percent || before.phase !== after.phase,
      unknownJob: 'That import is no longer known (the workspace was locked since). Check the directory, then import the file again if needed.',
      unexpectedFailure: 'Something went wrong. Nothing was imported; please try again.',
      logLabel: 'import job failed',
    });
  }

  start(workspace: object, run: (control: ImportJobControl) => Promise<ImportResult>): { jobId: string; ended: Promise<ImportJobStatus> } {
    if (this.jobs.running) throw new AppError('CONFLICT', 'Another import is still running. Wait for it to finish, or cancel it, then import this file.');
    return this.jobs.start((control) => run(this.importControl(workspace, control)));
  }

  private importControl(workspace: object, control: BackendJobControl<ImportProgress>): ImportJobControl {
    return {
      progress: (phase, done, total) => control.report({ phase, done, total, percent: importPercent(phase, done, total) }),
      pause: async () => {
        await new Promise<void>((resolve) => setImmediate(resolve));
        control.throwIfStopped();
        if (this.currentWorkspace() !== workspace)
          throw new AppError('LOCKED', 'The workspace was locked, so nothing was imported. Unlock it and import the file again.');
      },
    };
  }

  status(id: string): ImportJobStatus {
    return this.jobs.status(id);
  }

  /** Asks a running job to stop at its next pause and answers how it ended (cancelled, or finished if it was writing). */
  cancel(id: string): Promise<ImportJobStatus> {
    return this.jobs.cancel(id);
  }

  /** On lock: running jobs stop at their next pause, and no status outlives the session. */
  forgetAll(): void {
    this.jobs.forgetAll();
  }
}
