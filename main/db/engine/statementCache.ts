import type { Db } from '../openDatabase';

type Statement = ReturnType<Db['prepare']>;

/** Prepared statements kept per connection; the oldest unused one goes first. Queries are few and fixed. */
const MAX_STATEMENTS = 256;

/**
 * `prepare` that reuses statements by their SQL text. Kysely prepares every query it runs; reusing the statement took
 * the CPU time of 1,000 point reads through Kysely from 34 ms to 27 ms here (direct driver: 12 ms; docs/architecture.md,
 * "Storage port"). Kysely runs one query at a time on the connection, so a statement is never used by two at once.
 */
export function cachedPrepare(database: Db): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    const cached = statements.get(sql);
    if (cached) {
      statements.delete(sql);
      statements.set(sql, cached);
      return cached;
    }
    const statement = database.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    return statement;
  };
}
