import { randomUUID } from 'node:crypto';
import type { BackupVerification, BackupVerifyJobStatus, BackupVerifyPhase } from '../../shared/contract';
import { AppError, type AppErrorShape } from '../../shared/errors';
import type { EventHub } from '../app/eventHub';
import { ioAppError } from '../fs/ioErrors';
import { logError } from '../log';

/** What a running verification sees of its job: where to report progress, and how it is stopped. */
export interface BackupVerifyControl {
  progress(phase: BackupVerifyPhase, done: number, total: number): void;
  /** Called once if the job is cancelled (or the session locked) while it runs: stop the worker. */
  onStop(stop: () => void): void;
}

/** Copying and hashing cost about a fifth of the checks' CPU time (docs/benchmarks.md, "Verifying a backup as a job"). */
const COPYING_SHARE = 20;

export function verifyPercent(phase: BackupVerifyPhase, done: number, total: number): number {
  const fraction = total > 0 ? Math.min(done, total) / total : 1;
  return phase === 'copying' ? Math.floor(fraction * COPYING_SHARE) : COPYING_SHARE + Math.floor(fraction * (100 - COPYING_SHARE));
}

interface Job {
  id: string;
  status: BackupVerifyJobStatus;
  stopped: boolean;
  stop: () => void;
  ended: Promise<BackupVerifyJobStatus>;
}

const KEPT_JOBS = 5;

const unexpectedFailure: AppErrorShape = { code: 'INTERNAL', message: 'The backup could not be checked. Nothing was changed; please try again.' };

/**
 * Backup verifications as jobs. The work runs in a reader worker, so the backend answers other calls meanwhile;
 * progress goes out as `backup.verify` events whenever the percent moves. A verification changes nothing but its own
 * scratch copy, so it can be cancelled at any moment; locking cancels every running one.
 */
export class BackupVerifyJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly events: EventHub) {}

  start(run: (control: BackupVerifyControl) => Promise<BackupVerification>): { jobId: string; ended: Promise<BackupVerifyJobStatus> } {
    const job: Job = { id: randomUUID(), status: { state: 'running', progress: { phase: 'copying', percent: 0 } }, stopped: false, stop: () => undefined, ended: Promise.resolve({ state: 'cancelled' }) };
    this.jobs.set(job.id, job);
    this.dropOldJobs();
    job.ended = this.run(job, run);
    return { jobId: job.id, ended: job.ended };
  }

  private async run(job: Job, work: (control: BackupVerifyControl) => Promise<BackupVerification>): Promise<BackupVerifyJobStatus> {
    const control: BackupVerifyControl = {
      progress: (phase, done, total) => this.progress(job, phase, done, total),
      onStop: (stop) => {
        job.stop = stop;
        if (job.stopped) stop();
      },
    };
    try {
      // The job starts after the call that started it has been answered.
      await new Promise<void>((resolve) => setImmediate(resolve));
      const result = await work(control);
      this.settle(job, job.stopped ? { state: 'cancelled' } : { state: 'finished', result });
    } catch (error) {
      this.settle(job, job.stopped ? { state: 'cancelled' } : { state: 'failed', error: failureOf(error) });
    }
    return job.status;
  }

  private progress(job: Job, phase: BackupVerifyPhase, done: number, total: number): void {
    if (job.status.state !== 'running' || job.stopped) return;
    const before = job.status.progress;
    const percent = verifyPercent(phase, done, total);
    if (before.percent === percent && before.phase === phase) return;
    job.status = { state: 'running', progress: { phase, percent } };
    this.announce(job);
  }

  status(id: string): BackupVerifyJobStatus {
    return this.require(id).status;
  }

  async cancel(id: string): Promise<BackupVerifyJobStatus> {
    const job = this.require(id);
    if (job.status.state !== 'running') return job.status;
    this.stopJob(job);
    return job.ended;
  }

  /** On lock and close: every running job stops, and no status outlives the session. */
  forgetAll(): void {
    for (const job of this.jobs.values()) if (job.status.state === 'running') this.stopJob(job);
    this.jobs.clear();
  }

  private stopJob(job: Job): void {
    if (job.stopped) return;
    job.stopped = true;
    job.stop();
  }

  private settle(job: Job, status: BackupVerifyJobStatus): void {
    job.status = status;
    this.announce(job);
  }

  private announce(job: Job): void {
    this.events.emit({ type: 'backup.verify', jobId: job.id, status: job.status });
  }

  private require(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'That verification is no longer known (the workspace was locked since). Verify the backup again.');
    return job;
  }

  private dropOldJobs(): void {
    const settled = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of settled.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(job.id);
  }
}

function failureOf(error: unknown): AppErrorShape {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const io = ioAppError(error);
  if (io) return { code: io.code, message: io.message };
  logError('backup verification failed', error);
  return unexpectedFailure;
}
