import { type MigrateResult, type Step, assertKnownHistory, assertNotNewer, assertStrictlyIncreasing, stepLabel } from './migrationPlan';
import type { PostgresMigration } from './migrations';
import type { PostgresClient } from './postgresClient';

/** Held for the transaction, so two app processes starting on one empty database do not both create it. */
const MIGRATION_LOCK = "hashtext('coalition-desk schema migrations')";

/**
 * The PostgreSQL runner of the same numbered list: every pending step and its schema_migrations row in one
 * transaction (PostgreSQL's DDL is transactional), under an advisory lock. The version is the last row of
 * schema_migrations (PostgreSQL has no user_version). A database from a newer app, or with a history this list does
 * not start with, is refused with nothing changed, as a workspace file is. Backing the database up is its
 * operator's job (pg_dump, the server's own backups), not the app's.
 */
export async function migratePostgres(client: PostgresClient, list: readonly PostgresMigration[]): Promise<MigrateResult> {
  assertStrictlyIncreasing(list);
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    const applied = await appliedSteps(client);
    const fromVersion = applied.at(-1)?.version ?? 0;
    assertNotNewer(list, fromVersion, 'database');
    assertKnownHistory(applied, list, fromVersion, 'database');

    const pending = list.filter((migration) => migration.version > fromVersion);
    const appliedAt = new Date().toISOString();
    for (const migration of pending) {
      await migration.postgres(client);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, appliedAt]);
    }
    await client.query('COMMIT');
    return { fromVersion, toVersion: pending.at(-1)?.version ?? fromVersion, applied: pending.map(stepLabel) };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The last step recorded in the database; 0 when it is empty. */
export async function postgresSchemaVersion(client: PostgresClient): Promise<number> {
  return (await appliedSteps(client)).at(-1)?.version ?? 0;
}

async function appliedSteps(client: PostgresClient): Promise<Step[]> {
  const { rows } = await client.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  if (!rows[0]?.present) return [];
  return (await client.query<Step>('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
}
