import type { BackupVerification, BackupVerifyJobStatus, BackupVerifyPhase, BackupVerifyProgress } from '../../shared/contract';
import type { EventHub } from './eventHub';
import { BackendJobs, twoPhasePercent } from './backendJobs';

/** What a running verification sees of its job: where to report progress, and how it is stopped. */
export interface BackupVerifyControl {
  progress(phase: BackupVerifyPhase, done: number, total: number): void;
  /** Called once if the job is cancelled (or the session locked) while it runs: stop the worker. */
  onStop(stop: () => void): void;
}

/** Copying and hashing cost about a fifth of the checks' CPU time (docs/benchmarks.md, "Verifying a backup as a job"). */
const COPYING_SHARE = 20;

export function verifyPercent(phase: BackupVerifyPhase, done: number, total: number): number {
  return twoPhasePercent(COPYING_SHARE, phase === 'copying', done, total);
}

/**
 * Backup verifications as jobs (services/backendJobs.ts). The work runs in a reader worker, so the backend answers
 * other calls meanwhile; progress goes out as `backup.verify` events whenever the percent moves. A verification changes
 * nothing but its own scratch copy, so it can be cancelled at any moment; locking cancels every running one.
 */
export class BackupVerifyJobs {
  private readonly jobs: BackendJobs<BackupVerifyProgress, BackupVerification>;

  constructor(events: EventHub) {
    this.jobs = new BackendJobs(events, {
      event: (jobId, status) => ({ type: 'backup.verify', jobId, status }),
      initialProgress: { phase: 'copying', percent: 0 },
      announces: (before, after) => before.percent !== after.percent || before.phase !== after.phase,
      unknownJob: 'That verification is no longer known (the workspace was locked since). Verify the backup again.',
      unexpectedFailure: 'The backup could not be checked. Nothing was changed; please try again.',
      logLabel: 'backup verification failed',
    });
  }

  start(run: (control: BackupVerifyControl) => Promise<BackupVerification>): { jobId: string; ended: Promise<BackupVerifyJobStatus> } {
    return this.jobs.start(async (control) => {
      const result = await run({
        progress: (phase, done, total) => control.report({ phase, percent: verifyPercent(phase, done, total) }),
        onStop: (stop) => control.onStop(stop),
      });
      // A verification stopped meanwhile ends cancelled, whatever its worker answered.
      control.throwIfStopped();
      return result;
    });
  }

  status(id: string): BackupVerifyJobStatus {
    return this.jobs.status(id);
  }

  cancel(id: string): Promise<BackupVerifyJobStatus> {
    return this.jobs.cancel(id);
  }

  /** On lock and close: every running job stops, and no status outlives the session. */
  forgetAll(): void {
    this.jobs.forgetAll();
  }
}
