import { randomUUID } from 'node:crypto';
import type { ImportJobStatus, ImportPhase } from '../../shared/contract';
import { AppError, type AppErrorShape } from '../../shared/errors';
import type { EventHub } from '../app/eventHub';
import { ioAppError } from '../fs/ioErrors';
import { logError } from '../log';

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
  const fraction = total > 0 ? Math.min(done, total) / total : 1;
  return phase === 'checking' ? Math.floor(fraction * CHECKING_SHARE) : CHECKING_SHARE + Math.floor(fraction * (100 - CHECKING_SHARE));
}

class ImportCancelled extends Error {}

interface Job {
  id: string;
  workspace: object;
  status: ImportJobStatus;
  cancelRequested: boolean;
  ended: Promise<ImportJobStatus>;
}

/** Finished jobs kept for their status (their result is counts only). */
const KEPT_JOBS = 5;

const unexpectedFailure: AppErrorShape = { code: 'INTERNAL', message: 'Something went wrong. Nothing was imported; please try again.' };

/**
 * Import commits as jobs: one at a time per app, each pinned to the workspace it started in. A job runs its checking
 * in slices with pauses in between, where it can be cancelled; once it writes (one synchronous transaction) it runs
 * to the end, so a cancel that arrives then finds it finished. Locking cancels a job that is still checking.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly events: EventHub,
    private readonly currentWorkspace: () => object | null,
  ) {}

  start(workspace: object, run: (control: ImportJobControl) => Promise<ImportResult>): { jobId: string; ended: Promise<ImportJobStatus> } {
    if ([...this.jobs.values()].some((job) => job.status.state === 'running')) {
      throw new AppError('CONFLICT', 'Another import is still running. Wait for it to finish, or cancel it, then import this file.');
    }
    const job: Job = { id: randomUUID(), workspace, status: { state: 'running', progress: { phase: 'checking', done: 0, total: 0, percent: 0 } }, cancelRequested: false, ended: Promise.resolve({ state: 'cancelled' }) };
    this.jobs.set(job.id, job);
    this.dropOldJobs();
    job.ended = this.run(job, run);
    return { jobId: job.id, ended: job.ended };
  }

  private async run(job: Job, work: (control: ImportJobControl) => Promise<ImportResult>): Promise<ImportJobStatus> {
    try {
      // The job starts after the call that started it has been answered.
      await this.pauseOf(job)();
      const result = await work({ progress: (phase, done, total) => this.progress(job, phase, done, total), pause: this.pauseOf(job) });
      this.settle(job, { state: 'finished', result });
    } catch (error) {
      this.settle(job, error instanceof ImportCancelled ? { state: 'cancelled' } : { state: 'failed', error: failureOf(error) });
    }
    return job.status;
  }

  private pauseOf(job: Job): () => Promise<void> {
    return async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (job.cancelRequested) throw new ImportCancelled();
      if (this.currentWorkspace() !== job.workspace) throw new AppError('LOCKED', 'The workspace was locked, so nothing was imported. Unlock it and import the file again.');
    };
  }

  private progress(job: Job, phase: ImportPhase, done: number, total: number): void {
    if (job.status.state !== 'running') return;
    const percent = importPercent(phase, done, total);
    const before = job.status.progress;
    job.status = { state: 'running', progress: { phase, done, total, percent } };
    if (before.percent !== percent || before.phase !== phase) this.announce(job);
  }

  status(id: string): ImportJobStatus {
    return this.require(id).status;
  }

  /** Asks a running job to stop at its next pause and answers how it ended (cancelled, or finished if it was writing). */
  async cancel(id: string): Promise<ImportJobStatus> {
    const job = this.require(id);
    if (job.status.state !== 'running') return job.status;
    job.cancelRequested = true;
    return job.ended;
  }

  /** On lock: running jobs stop at their next pause, and no status outlives the session. */
  forgetAll(): void {
    for (const job of this.jobs.values()) job.cancelRequested = true;
    this.jobs.clear();
  }

  private settle(job: Job, status: ImportJobStatus): void {
    job.status = status;
    this.announce(job);
  }

  private announce(job: Job): void {
    this.events.emit({ type: 'import.job', jobId: job.id, status: job.status });
  }

  private require(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'That import is no longer known (the workspace was locked since). Check the directory, then import the file again if needed.');
    return job;
  }

  private dropOldJobs(): void {
    const settled = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of settled.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(job.id);
  }
}

function failureOf(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  const io = ioAppError(error);
  if (io) return io.toShape();
  logError('import job failed', error);
  return unexpectedFailure;
}
