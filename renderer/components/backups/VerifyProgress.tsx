import type { BackupVerifyProgress } from '../../../shared/contract';
import { JobProgress } from '../jobs/JobProgress';

function progressMessage(progress: BackupVerifyProgress | null, cancelling: boolean): string {
  if (cancelling) return 'Stopping the check…';
  if (!progress) return 'Opening the backup…';
  return progress.phase === 'copying' ? 'Reading the backup and comparing its checksum…' : 'Checking every table of its database…';
}

/** A running verification: a bar with its percent and the step it is on. */
export function VerifyProgress({ progress, cancelling }: { progress: BackupVerifyProgress | null; cancelling: boolean }) {
  return <JobProgress percent={progress?.percent ?? 0} label="Verification progress" message={progressMessage(progress, cancelling)} />;
}
