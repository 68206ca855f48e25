import { type CompiledQuery, DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Db } from '../openDatabase';
import type { Schema } from './schema';
import type { StorageExecutor } from './storageEngine';

/**
 * A query builder that only compiles SQLite; it runs nothing. Repositories build a query once (a function of the
 * executor) and the callers still on a synchronous workspace connection (the exports' worker reads rows while it
 * writes a file) run the same query through `allNow`, so the SQL is written once for both paths.
 */
export const sqliteCompiler: StorageExecutor = new Kysely<Schema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/** Runs a query compiled by `sqliteCompiler` on a synchronous workspace connection; the rows are typed by the query. */
export function allNow<Row>(db: Db, compiled: CompiledQuery<Row>): Row[] {
  return db.prepare(compiled.sql).all(...compiled.parameters) as Row[];
}
