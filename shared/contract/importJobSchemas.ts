import { z } from 'zod';
import { errorCodes } from '../errors';
import { importResultSchema } from './directoryTransferSchemas';

/** An import commit as a job: started, followed (percent, row N of M), cancelled while it is safe, and its result. */
export const importJobIdSchema = z.object({ jobId: z.string().uuid() }).strict();

export const importJobStartedSchema = z.object({ jobId: z.string(), rows: z.number().int() });

/** checking: rows read and validated (nothing written yet); writing: rows written inside the one transaction. */
export const importPhases = ['checking', 'writing'] as const;
export type ImportPhase = (typeof importPhases)[number];

export const importProgressSchema = z.object({
  phase: z.enum(importPhases),
  /** Rows of this phase done, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  /** The whole job, 0-100: checking is the first quarter, writing the rest (docs/architecture.md, "Jobs"). */
  percent: z.number().int().min(0).max(100),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const importJobStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), progress: importProgressSchema }),
  z.object({ state: z.literal('finished'), result: importResultSchema }),
  /** Nothing was written. `error` is what importCommit would have answered (row problems in fieldErrors.rows). */
  z.object({
    state: z.literal('failed'),
    error: z.object({ code: z.enum(errorCodes), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }),
  }),
  /** Stopped before anything was written. */
  z.object({ state: z.literal('cancelled') }),
]);
export type ImportJobStatus = z.infer<typeof importJobStatusSchema>;
