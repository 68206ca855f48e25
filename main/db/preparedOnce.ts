import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './openDatabase';

type Statement = Database.Statement<unknown[]>;

const byConnection = new WeakMap<Db, Map<string, Statement>>();

/**
 * The connection's statement for this SQL, prepared once: for the statements an import runs per row (insert, audit,
 * search entry), where preparing again each time cost a third of a 10,000-row commit (docs/benchmarks.md). Only for
 * fixed SQL run with run() or get(): a shared statement must never be left mid-iteration or switched to raw/pluck.
 * A closed connection's statements go with it (the map is keyed weakly by the connection).
 */
export function preparedOnce(db: Db, sql: string): Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare<unknown[]>(sql);
    statements.set(sql, statement);
  }
  return statement;
}
