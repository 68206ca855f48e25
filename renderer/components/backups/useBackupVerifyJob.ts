import type { BackupVerification, BackupVerifyProgress, ChannelInput } from '../../../shared/contract';
import { invoke } from '../../api';
import { type BackendJobChannels, useBackendJob } from '../jobs/useBackendJob';

const verifyChannels: BackendJobChannels<ChannelInput<'backups.verifyStart'>, BackupVerifyProgress, BackupVerification> = {
  start: (request) => invoke('backups.verifyStart', request),
  status: (jobId) => invoke('backups.verifyJob', { jobId }),
  cancel: (jobId) => invoke('backups.verifyCancel', { jobId }),
  eventStatus: (event) => (event.type === 'backup.verify' ? event : null),
  cancelOnLeave: true,
};

/**
 * Verifies a backup as the backend's job (components/jobs/useBackendJob.ts): a wrong secret refuses the start, so the
 * field can say so. Cancelling is always safe (it changes nothing), and leaving the dialog cancels it.
 */
export function useBackupVerifyJob() {
  return useBackendJob(verifyChannels);
}
