import { type Driver, Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import type { Pool } from 'pg';
import type { Db } from '../openDatabase';
import { guardSameTurn } from './macrotaskGuard';
import { nameSortKey } from './nameSortKey';
import { cachedPrepare } from './statementCache';
import type { Schema } from './schema';
import { reportingConflicts } from './storageErrors';

export type StorageDialect = 'sqlcipher' | 'postgres';

/** What a query runs on: the engine's Kysely or an open transaction of it. */
export type StorageExecutor = Kysely<Schema>;

/**
 * One typed query layer over either engine: the desktop's encrypted SQLite (SQLCipher) or PostgreSQL. Repositories
 * take a StorageExecutor and write Kysely queries; where the dialects differ they ask `dialect` (see dialectSql.ts).
 */
export interface StorageEngine {
  readonly dialect: StorageDialect;
  readonly db: Kysely<Schema>;
  /**
   * One user action, all or nothing. On PostgreSQL it is SERIALIZABLE, so two people changing the same rows at once
   * never lose an update: one of them gets CONFLICT. On SQLCipher the workspace has one writer and SQLite runs
   * transactions one at a time. Unique-index races are reported as CONFLICT on both.
   */
  transaction<T>(work: (trx: StorageExecutor) => Promise<T>): Promise<T>;
  /** Ends the PostgreSQL pool; the workspace owns (and closes) the SQLCipher connection. */
  close(): Promise<void>;
}

/** Over the open workspace's connection. Kysely never closes it: the workspace does, on lock. */
export function sqlcipherEngine(database: Db): StorageEngine {
  database.function('name_sort_key', { deterministic: true }, (name: unknown) => (typeof name === 'string' ? nameSortKey(name) : name));
  const db = new Kysely<Schema>({ dialect: new WorkspaceSqliteDialect(database, { database: { prepare: cachedPrepare(database), close: () => undefined } }) });
  return {
    dialect: 'sqlcipher',
    db,
    transaction: (work) =>
      reportingConflicts(() =>
        // Inside a transaction already open on the connection, the action joins it.
        database.inTransaction ? withinOneTurn(() => work(db)) : db.transaction().execute((trx) => withinOneTurn(() => work(trx))),
      ),
    close: () => db.destroy(),
  };
}

/**
 * SQLite rolls a transaction back by itself on some failures (a full disk, at a statement or at COMMIT): Kysely's
 * ROLLBACK would then fail with "no transaction is active" and hide the cause, which is what the person is told.
 */
class WorkspaceSqliteDialect extends SqliteDialect {
  readonly #database: Db;

  constructor(database: Db, config: SqliteDialectConfig) {
    super(config);
    this.#database = database;
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.#database.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

async function withinOneTurn<T>(work: () => Promise<T>): Promise<T> {
  const guard = guardSameTurn();
  try {
    return await work();
  } finally {
    guard.assertSameTurn();
  }
}

/** Over a pool from createPostgresPool (its type parsers give numbers where SQLite gives numbers). */
export function postgresEngine(pool: Pool): StorageEngine {
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    transaction: (work) => reportingConflicts(() => db.transaction().setIsolationLevel('serializable').execute(work)),
    close: () => db.destroy(),
  };
}

/**
 * An engine whose transactions join one that is already open (`trx`): many user actions as one transaction on either
 * engine, each action's own `transaction` and every read running in it (the sample coalition is loaded all or
 * nothing). It closes nothing: the open transaction's engine does.
 */
export function joinedEngine(dialect: StorageDialect, trx: StorageExecutor): StorageEngine {
  return { dialect, db: trx, transaction: (work) => work(trx), close: () => Promise.resolve() };
}

/** Which engine a query executor (the engine's Kysely or one of its transactions) runs on, for dialectSql.ts. */
export function dialectOf(db: StorageExecutor): StorageDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlcipher';
}
