import { AppError } from '../../shared/errors';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { ServiceContext } from './serviceContext';

/**
 * One user action on the storage engine (either engine): one transaction, stamped with one time. Await only the
 * engine inside it: read files and ask workers before (main/db/engine/macrotaskGuard.ts).
 */
export function inTransaction<T>(context: ServiceContext, action: (trx: StorageExecutor, at: string) => Promise<T>): Promise<T> {
  const engine = context.session.storage();
  const at = context.now().toISOString();
  return engine.transaction((trx) => action(trx, at));
}

/**
 * Many user actions as one transaction on either engine, all or nothing (the sample coalition): `work` gets a context
 * whose services' transactions and reads all join this one. As in any transaction, await only the engine inside.
 */
export function inOneTransaction<T>(context: ServiceContext, work: (batch: ServiceContext) => Promise<T>): Promise<T> {
  return inTransaction(context, (trx) => work({ ...context, session: context.session.joining(trx) }));
}

/** For reads that need no transaction: the engine's query builder. */
export function storage(context: ServiceContext): StorageExecutor {
  return context.session.storage().db;
}

export function requireFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', `That ${what} no longer exists. It may have been removed; reload and try again.`);
  return value;
}
