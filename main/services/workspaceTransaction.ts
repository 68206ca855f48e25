import { AppError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import type { ServiceContext } from './serviceContext';

/** One user action: one transaction on the open workspace, stamped with one time. */
export function inWorkspaceTransaction<T>(context: ServiceContext, action: (db: Db, at: string) => T): T {
  const { db } = context.session.require();
  const at = context.now().toISOString();
  return db.transaction(() => action(db, at))();
}

export function workspaceDb(context: ServiceContext): Db {
  return context.session.require().db;
}

export function requireFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new AppError('NOT_FOUND', `That ${what} no longer exists. It may have been removed; reload and try again.`);
  return value;
}
