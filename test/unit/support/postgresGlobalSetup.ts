// Vitest global setup of the unit project: one throwaway PostgreSQL cluster for the whole run, with a template
// database every test file copies (see postgresDatabase.ts). Stopped and removed in teardown; if this process dies
// instead, the cluster's guard stops and removes it (test/support/postgresCluster.ts).
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migratePostgres } from '../../../main/db/migratePostgres';
import { migrations } from '../../../main/db/migrations';
import { type PostgresLocation, postgresConnectionString, startPostgresCluster } from '../../support/postgresCluster';

/** What every test file copies with CREATE DATABASE … TEMPLATE: the extensions the app needs, no tables. */
export const TEMPLATE_DATABASE = 'coalition_template';
/** The same with the app's whole schema, as `--database` leaves a new database: what service tests copy. */
export const MIGRATED_TEMPLATE_DATABASE = 'coalition_migrated_template';

export interface ProvidedPostgres extends PostgresLocation {
  templateDatabase: string;
  migratedTemplateDatabase: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startPostgresCluster();
  try {
    cluster.psql('postgres', `CREATE DATABASE ${TEMPLATE_DATABASE}`);
    cluster.psql(TEMPLATE_DATABASE, 'CREATE EXTENSION unaccent');
    cluster.psql('postgres', `CREATE DATABASE ${MIGRATED_TEMPLATE_DATABASE} TEMPLATE ${TEMPLATE_DATABASE}`);
    await migrateTemplate(postgresConnectionString(cluster.location, MIGRATED_TEMPLATE_DATABASE));
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide('postgres', { ...cluster.location, templateDatabase: TEMPLATE_DATABASE, migratedTemplateDatabase: MIGRATED_TEMPLATE_DATABASE });
  return () => cluster.stop();
}

async function migrateTemplate(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await migratePostgres(client, migrations);
  } finally {
    await client.end();
  }
}
