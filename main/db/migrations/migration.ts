import type { Db } from '../openDatabase';
import type { PostgresClient } from '../postgresClient';

/**
 * One schema step. Versions go up in tens, strictly increasing; a step is never edited once shipped.
 * `up` is its SQLite (SQLCipher) form, run on desktop workspaces; the SQLite runner needs nothing else.
 */
export interface Migration {
  version: number;
  name: string;
  /** `table.column`s the step works out for the rows already there, instead of leaving them at the column's default. */
  backfilledColumns?: readonly string[];
  up(db: Db): void;
  /**
   * Data the step fills in with the app's own repository code, which expects the latest schema: run after every
   * pending step's `up`, in the same transaction (a later step may add a column that code reads).
   */
  fillAfterSchema?(db: Db): void;
}

/** A step of the shipped list: the same step in its PostgreSQL form too (docs/architecture.md, "Migrations on two engines"). */
export interface TwoEngineMigration extends Migration {
  postgres(client: PostgresClient): Promise<void>;
}

/** What the PostgreSQL runner needs of a step. */
export type PostgresMigration = Pick<TwoEngineMigration, 'version' | 'name' | 'postgres'>;
