import { guardSameTurn } from './engine/macrotaskGuard';
import type { Db } from './openDatabase';

/**
 * Many user actions as one transaction on the workspace file (the sample coalition is filled all or nothing): the
 * services' own transactions join this one. Like every workspace transaction it must not wait on anything but the
 * database (engine/macrotaskGuard.ts).
 */
export async function inOneSqliteTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const guard = guardSameTurn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    guard.assertSameTurn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
