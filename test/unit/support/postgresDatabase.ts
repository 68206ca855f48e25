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
});

/** CREATE DATABASE … TEMPLATE coalition_template under a new random name; dropped after this file's tests. */
export async function freshPostgresDatabase(): Promise<TestPostgresDatabase> {
  const provided = inject('postgres');
  const name = `test_${randomUUID().replaceAll('-', '')}`;
  await withMaintenanceClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${provided.templateDatabase}"`));
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
