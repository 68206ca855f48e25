// Vitest global setup of the unit project: one throwaway PostgreSQL cluster for the whole run, with a template
// database every test file copies (see postgresDatabase.ts). Stopped and removed in teardown; if this process dies
// instead, the cluster's guard stops and removes it (test/support/postgresCluster.ts).
import type { TestProject } from 'vitest/node';
import { type PostgresLocation, startPostgresCluster } from '../../support/postgresCluster';

/** What every test file copies with CREATE DATABASE … TEMPLATE: the extensions the app needs (later the schema). */
export const TEMPLATE_DATABASE = 'coalition_template';

export interface ProvidedPostgres extends PostgresLocation {
  templateDatabase: string;
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
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide('postgres', { ...cluster.location, templateDatabase: TEMPLATE_DATABASE });
  return () => cluster.stop();
}
