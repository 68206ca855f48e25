import { AppError } from '../../../shared/errors';

/**
 * The engines' own failures that people can act on, as the same AppError on both. Anything else is rethrown as it
 * is (and becomes INTERNAL at the router). Services still give their own, more specific CONFLICT messages when they
 * check first; these are the last line, for races no check can see.
 */
const SAME_MOMENT = 'Someone else saved a change to the same record at the same moment, so nothing of yours was saved. Look at it again and retry.';
const ALREADY_TAKEN = 'That would make a second record where only one may exist, so nothing was saved. Look at the list again and retry.';

/** PostgreSQL SQLSTATEs: serialization_failure, deadlock_detected, unique_violation. */
const POSTGRES_CONFLICTS: Record<string, string> = { '40001': SAME_MOMENT, '40P01': SAME_MOMENT, '23505': ALREADY_TAKEN };
/** better-sqlite3's extended result codes. */
const SQLITE_CONFLICTS: Record<string, string> = {
  SQLITE_BUSY: SAME_MOMENT,
  SQLITE_BUSY_SNAPSHOT: SAME_MOMENT,
  SQLITE_CONSTRAINT_UNIQUE: ALREADY_TAKEN,
  SQLITE_CONSTRAINT_PRIMARYKEY: ALREADY_TAKEN,
};

export function toStorageError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return error;
  const message = POSTGRES_CONFLICTS[error.code] ?? SQLITE_CONFLICTS[error.code];
  return message ? new AppError('CONFLICT', message) : error;
}

/** Runs one storage call and reports the engine's conflicts as CONFLICT. */
export async function reportingConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
