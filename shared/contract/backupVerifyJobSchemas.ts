import { z } from 'zod';
import { errorCodes } from '../errors';
import { backupSecretInputSchema, backupVerificationSchema } from './backupSchemas';
import { channel } from './channel';

/** Verifying a backup as a job: started, followed (percent), cancelled at any point (it changes nothing), and its answer. */
export const backupVerifyJobIdSchema = z.object({ jobId: z.string().uuid() }).strict();

export const backupVerifyStartedSchema = z.object({ jobId: z.string() });

/** copying: the backup's content copied to a scratch file and its checksum computed; checking: SQLite's checks, table by table. */
export const backupVerifyPhases = ['copying', 'checking'] as const;
export type BackupVerifyPhase = (typeof backupVerifyPhases)[number];

export const backupVerifyProgressSchema = z.object({
  phase: z.enum(backupVerifyPhases),
  /** The whole job, 0-100: copying is the first fifth, checking the rest (docs/architecture.md, "Jobs: verifying a backup"). */
  percent: z.number().int().min(0).max(100),
});
export type BackupVerifyProgress = z.infer<typeof backupVerifyProgressSchema>;

export const backupVerifyJobStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), progress: backupVerifyProgressSchema }),
  /** What `backups.verify` answers: sound, or damaged with the reason. */
  z.object({ state: z.literal('finished'), result: backupVerificationSchema }),
  z.object({ state: z.literal('failed'), error: z.object({ code: z.enum(errorCodes), message: z.string() }) }),
  z.object({ state: z.literal('cancelled') }),
]);
export type BackupVerifyJobStatus = z.infer<typeof backupVerifyJobStatusSchema>;

export const backupVerifyChannels = {
  /** Checks the secret (an error on `secret` when wrong), then starts the job: the copy and the checks run in a worker thread. */
  'backups.verifyStart': channel(backupSecretInputSchema, backupVerifyStartedSchema, { touchesSession: true }),
  /** The job's percent or its end. Also sent as `backup.verify` events. */
  'backups.verifyJob': channel(backupVerifyJobIdSchema, backupVerifyJobStatusSchema),
  /** Stops the job at once (it changes nothing) and answers how it ended. */
  'backups.verifyCancel': channel(backupVerifyJobIdSchema, backupVerifyJobStatusSchema),
};
