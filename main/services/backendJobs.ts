import { randomUUID } from 'node:crypto';
import type { AppEvent } from '../../shared/contract';
import { AppError, type AppErrorShape } from '../../shared/errors';
import type { EventHub } from './eventHub';
import { ioAppError } from '../fs/ioErrors';
import { logError } from '../log';

/** How any backend job stands: what `<area>Job` channels answer and `<area>` events carry. */
export type BackendJobStatus<Progress, Result> =
  { state: 'running'; progress: Progress } | { state: 'finished'; result: Result } | { state: 'failed'; error: AppErrorShape } | { state: 'cancelled' };

/** What a running job sees of itself: where it reports progress, and how it learns that it must stop. */
export interface BackendJobControl<Progress> {
  /** Stored as the job's status; announced as an event when `announces` says it moved. */
  report(progress: Progress): void;
  /** Throws when the job was cancelled (or the session locked): the job then ends `cancelled`. */
  throwIfStopped(): void;
  /** Called once if the job is cancelled while it runs (at once if it already was): stop a worker. */
  onStop(stop: () => void): void;
}

/** What differs between kinds of jobs (an import, a backup verification). */
export interface BackendJobKind<Progress, Result> {
  event(jobId: string, status: BackendJobStatus<Progress, Result>): AppEvent;
  initialProgress: Progress;
  /** Whether a new progress is worth an event (its percent or phase moved): at most about a hundred per job. */
  announces(before: Progress, after: Progress): boolean;
  /** Said when the job is asked about after the session forgot it. */
  unknownJob: string;
  /** Said when the job fails for a reason that is not an AppError (logged, never shown). */
  unexpectedFailure: string;
  logLabel: string;
}

class JobStopped extends Error {}

interface Job<Progress, Result> {
  id: string;
  status: BackendJobStatus<Progress, Result>;
  stopRequested: boolean;
  stop: () => void;
  ended: Promise<BackendJobStatus<Progress, Result>>;
}

/** Finished jobs kept for their status (their result is small). */
const KEPT_JOBS = 5;

/**
 * Jobs of one kind: each runs after the call that started it has been answered, reports progress (status and event),
 * and ends finished, failed (an AppError's shape) or cancelled. A cancel asks it to stop and answers how it ended;
 * locking stops every running one and forgets them all.
 */
export class BackendJobs<Progress, Result> {
  private readonly jobs = new Map<string, Job<Progress, Result>>();

  constructor(
    private readonly events: EventHub,
    private readonly kind: BackendJobKind<Progress, Result>,
  ) {}

  get running(): boolean {
    return [...this.jobs.values()].some((job) => job.status.state === 'running');
  }

  start(work: (control: BackendJobControl<Progress>) => Promise<Result>): { jobId: string; ended: Promise<BackendJobStatus<Progress, Result>> } {
    const job: Job<Progress, Result> = {
      id: randomUUID(),
      status: { state: 'running', progress: this.kind.initialProgress },
      stopRequested: false,
      stop: () => undefined,
      ended: Promise.resolve({ state: 'cancelled' }),
    };
    this.jobs.set(job.id, job);
    this.dropOldJobs();
    job.ended = this.run(job, work);
    return { jobId: job.id, ended: job.ended };
  }

  private async run(job: Job<Progress, Result>, work: (control: BackendJobControl<Progress>) => Promise<Result>): Promise<BackendJobStatus<Progress, Result>> {
    const control: BackendJobControl<Progress> = {
      report: (progress) => this.report(job, progress),
      throwIfStopped: () => {
        if (job.stopRequested) throw new JobStopped();
      },
      onStop: (stop) => {
        job.stop = stop;
        if (job.stopRequested) stop();
      },
    };
    try {
      await new Promise<void>((resolve) => setImmediate(resolve));
      control.throwIfStopped();
      this.settle(job, { state: 'finished', result: await work(control) });
    } catch (error) {
      this.settle(job, error instanceof JobStopped || job.stopRequested ? { state: 'cancelled' } : { state: 'failed', error: this.failureOf(error) });
    }
    return job.status;
  }

  private report(job: Job<Progress, Result>, progress: Progress): void {
    if (job.status.state !== 'running' || job.stopRequested) return;
    const before = job.status.progress;
    job.status = { state: 'running', progress };
    if (this.kind.announces(before, progress)) this.announce(job);
  }

  status(id: string): BackendJobStatus<Progress, Result> {
    return this.require(id).status;
  }

  /** Asks a running job to stop and answers how it ended (cancelled, or finished if it was past stopping). */
  async cancel(id: string): Promise<BackendJobStatus<Progress, Result>> {
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

  private stopJob(job: Job<Progress, Result>): void {
    if (job.stopRequested) return;
    job.stopRequested = true;
    job.stop();
  }

  private settle(job: Job<Progress, Result>, status: BackendJobStatus<Progress, Result>): void {
    job.status = status;
    this.announce(job);
  }

  private announce(job: Job<Progress, Result>): void {
    this.events.emit(this.kind.event(job.id, job.status));
  }

  private require(id: string): Job<Progress, Result> {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', this.kind.unknownJob);
    return job;
  }

  private dropOldJobs(): void {
    const settled = [...this.jobs.values()].filter((job) => job.status.state !== 'running');
    for (const job of settled.slice(0, Math.max(0, this.jobs.size - KEPT_JOBS))) this.jobs.delete(job.id);
  }

  private failureOf(error: unknown): AppErrorShape {
    if (error instanceof AppError) return error.toShape();
    const io = ioAppError(error);
    if (io) return io.toShape();
    logError(this.kind.logLabel, error);
    return { code: 'INTERNAL', message: this.kind.unexpectedFailure };
  }
}

/** A job's percent when its first phase is worth `firstShare` of 100 and the second the rest. */
export function twoPhasePercent(firstShare: number, inFirstPhase: boolean, done: number, total: number): number {
  const fraction = total > 0 ? Math.min(done, total) / total : 1;
  return inFirstPhase ? Math.floor(fraction * firstShare) : firstShare + Math.floor(fraction * (100 - firstShare));
}
