import { JobProgress } from '../../components/jobs/JobProgress';
import { importProgressMessage, importWritingNote } from './importWording';
import type { ImportJob } from './useImportJob';

/** The running import: a bar with its percent, the row it is on, and, while it saves, that it will finish on its own. */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { progress } = job;
  return (
    <JobProgress
      percent={progress?.percent ?? 0}
      label="Import progress"
      message={job.cancelling ? 'Cancelling the import…' : importProgressMessage(progress)}
      note={progress?.phase === 'writing' && !job.cancelling ? importWritingNote : undefined}
    />
  );
}
