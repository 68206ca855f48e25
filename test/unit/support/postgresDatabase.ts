// A fresh PostgreSQL database for a test file, copied from the run's template (postgresGlobalSetup.ts), dropped after
// the file's tests. Each file gets its own, so files running in parallel never see each other's rows.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { postgresConnectionString } from '../../support/postgresCluster';

export interface TestPostgresDatabase {
  name: string;
  connectionString: string;
}

const created: string[] = [];
afterAll(async () => {
  if (created.length === 0) return;
  await withMaintenanceClient(async (client) => {
    for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  // Each DROP DATABASE waits for a checkpoint: on a busy machine a file's clean-up can outlast the usual hook time.
}, 180_000);

/**
 * CREATE DATABASE … TEMPLATE under a new random name; dropped after this file's tests. 'empty' has the extensions
 * only; 'migrated' holds the app's whole schema, as a new `--database` has after start.
 */
export async function freshPostgresDatabase(schema: 'empty' | 'migrated' = 'empty'): Promise<TestPostgresDatabase> {
  const provided = inject('postgres');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  const template = schema === 'migrated' ? provided.migratedTemplateDatabase : provided.templateDatabase;
  await withMaintenanceClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  created.push(name);
  return { name, connectionString: postgresConnectionString(provided, name) };
}

async function withMaintenanceClient<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresConnectionString(inject('postgres'), 'postgres') });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
