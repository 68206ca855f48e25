import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresPool } from '../../main/db/engine/postgresPool';
import { postgresSearchIndex } from '../../main/db/engine/search/postgresSearchIndex';
import { createPostgresSearchTables } from '../../main/db/engine/search/postgresSearchSchema';
import { postgresEngine } from '../../main/db/engine/storageEngine';
import { migrate } from '../../main/db/migrate';
import { migratePostgres, postgresSchemaVersion } from '../../main/db/migratePostgres';
import { type PostgresMigration, migrations } from '../../main/db/migrations';
import { POSTGRES_SEARCH_CONFIG } from '../../main/db/migrations/postgresSearch';
import { DEFAULT_CIPHER, type Db, openEncryptedDatabase } from '../../main/db/openDatabase';
import { type Catalogue, catalogueObjects, fts5ShadowTables, namesTable, postgresCatalogue, sqliteCatalogue } from './support/schemaCatalogue';
import { committedSchemaObjects } from './support/schemaObjects';
import { dataTables, seedEveryTable } from './support/schemaSeeds';
import { freshPostgresDatabase } from './support/postgresDatabase';
import { tempDir } from './support/testDesk';

const clients: pg.Client[] = [];
const sqliteDatabases: Db[] = [];
afterAll(async () => {
  for (const db of sqliteDatabases.splice(0)) db.close();
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

async function connectTo(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  clients.push(client);
  return client;
}

async function emptyPostgres(): Promise<pg.Client> {
  const client = await connectTo((await freshPostgresDatabase()).connectionString);
  expect(await postgresSchemaVersion(client), 'the test database starts without the schema').toBe(0);
  return client;
}

async function postgresAt(list: readonly PostgresMigration[]): Promise<pg.Client> {
  const client = await emptyPostgres();
  await migratePostgres(client, list);
  return client;
}

function sqliteAt(upTo: number): Db {
  const db = openEncryptedDatabase(path.join(tempDir(), 'workspace.db'), crypto.randomBytes(32), DEFAULT_CIPHER);
  sqliteDatabases.push(db);
  migrate(db, migrations.slice(0, upTo + 1), { backupBeforeMigrating: () => undefined });
  return db;
}

/** Where the PostgreSQL form of full-text search differs from FTS5's tables (docs/architecture.md). */
const POSTGRES_SEARCH_PARTS = {
  /** Kept beside FTS5's columns: the search port's key and its tsvector. */
  columns: [
    'directory_search.document',
    'meeting_search.kind',
    'meeting_search.ref_id',
    'meeting_search.document',
    'action_item_search.kind',
    'action_item_search.ref_id',
    'action_item_search.document',
    'document_search.kind',
    'document_search.ref_id',
    'document_search.document',
  ],
  /** FTS5 columns take any value; the PostgreSQL tables require the text the search port always writes. */
  required: [
    'directory_search.kind',
    'directory_search.ref_id',
    'directory_search.title',
    'directory_search.body',
    'meeting_search.title',
    'meeting_search.body',
    'action_item_search.title',
    'action_item_search.body',
    'document_search.title',
    'document_search.body',
  ],
  indexes: ['directory_search_document', 'meeting_search_document', 'action_item_search_document', 'document_search_document'],
  keys: [
    'primary key directory_search (kind, ref_id)',
    'primary key meeting_search (kind, ref_id)',
    'primary key action_item_search (kind, ref_id)',
    'primary key document_search (kind, ref_id)',
  ],
};
const isSearchPart = (column: string) => POSTGRES_SEARCH_PARTS.columns.includes(column);

function withoutSearchParts(catalogue: Catalogue): Catalogue {
  const columns = Object.entries(catalogue.columns)
    .filter(([name]) => !isSearchPart(name))
    .map(([name, description]) => [name, POSTGRES_SEARCH_PARTS.required.includes(name) ? description.replace('notnull=true', 'notnull=false') : description]);
  return {
    columns: Object.fromEntries(columns),
    indexes: Object.fromEntries(Object.entries(catalogue.indexes).filter(([name]) => !POSTGRES_SEARCH_PARTS.indexes.includes(name))),
    keys: catalogue.keys.filter((key) => !POSTGRES_SEARCH_PARTS.keys.includes(key)),
    checks: catalogue.checks,
  };
}

const applied = (list: readonly PostgresMigration[]) => list.map((step) => `${step.version}-${step.name}`);

const rowsOf = async (client: pg.Client, table: string) =>
  (await client.query<Record<string, unknown>>(`SELECT * FROM "${table}"`)).rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([column]) => !isSearchPart(`${table}.${column}`))),
  );

/**
 * The rows seeded in the SQLite database, written as they are into PostgreSQL: both engines accept the same values.
 * A search table's PostgreSQL-only columns get a key and the document of its text, as the search port writes them.
 */
async function copySeededRows(db: Db, client: pg.Client, tables: Iterable<string>): Promise<void> {
  for (const table of tables) {
    const row = db.prepare(`SELECT * FROM "${table}"`).get() as Record<string, unknown>;
    const columns = (
      await client.query<{ name: string; type: string }>(
        'SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_name = $1',
        [table],
      )
    ).rows;
    const values: Array<[string, string, unknown]> = [];
    for (const { name, type } of columns) {
      if (name in row) values.push([name, `$${values.length + 1}`, row[name]]);
      else if (type === 'tsvector') values.push([name, `to_tsvector('${POSTGRES_SEARCH_CONFIG}', $${values.length + 1})`, `${row.title} ${row.body}`]);
      else values.push([name, `$${values.length + 1}`, `seed ${table}.${name}`]);
    }
    await client.query(
      `INSERT INTO "${table}" (${values.map(([name]) => `"${name}"`).join(', ')}) VALUES (${values.map(([, placeholder]) => placeholder).join(', ')})`,
      values.map(([, , value]) => value),
    );
  }
}

describe('the migration list on PostgreSQL', () => {
  it('creates every table, column and index of the committed list, and the same schema as SQLite: columns, indexes, keys and checks', async () => {
    const sqlite = sqliteAt(migrations.length - 1);
    const postgres = await postgresCatalogue(await postgresAt(migrations));

    const objects = catalogueObjects(postgres);
    const shadows = fts5ShadowTables(sqlite);
    const missing = committedSchemaObjects().filter((line) => !namesTable(line, shadows) && !objects.includes(line));
    expect(missing, 'in the committed list (test/unit/fixtures/schema-objects.txt) but not on PostgreSQL').toEqual([]);

    expect(withoutSearchParts(postgres)).toEqual(sqliteCatalogue(sqlite));
    for (const part of POSTGRES_SEARCH_PARTS.columns) expect(postgres.columns).toHaveProperty([part]);
    for (const part of POSTGRES_SEARCH_PARTS.indexes) expect(postgres.indexes).toHaveProperty([part]);
  });

  it('is a no-op the second time', async () => {
    const client = await postgresAt(migrations);
    const before = await postgresCatalogue(client);
    const latest = migrations.at(-1)!.version;
    expect(await migratePostgres(client, migrations)).toEqual({ fromVersion: latest, toVersion: latest, applied: [] });
    expect(await postgresCatalogue(client)).toEqual(before);
    expect((await client.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0]).toEqual({ n: migrations.length });
  });

  it.each(migrations.slice(1).map((step, index) => [`${step.version}-${step.name}`, index + 1] as const))(
    'gives the same schema applied up to before %s, then the rest',
    async (_name, split) => {
      const whole = await postgresCatalogue(await postgresAt(migrations));
      const client = await postgresAt(migrations.slice(0, split));
      const rest = await migratePostgres(client, migrations);
      expect(rest.applied).toEqual(applied(migrations.slice(split)));
      expect(await postgresCatalogue(client)).toEqual(whole);
    },
  );

  it('refuses a database saved by a newer version, or with a history it does not know, changing nothing', async () => {
    const client = await postgresAt(migrations);
    await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99990, 'from-the-future', '2030-01-01T00:00:00.000Z')");
    const before = await postgresCatalogue(client);
    await expect(migratePostgres(client, migrations)).rejects.toMatchObject({
      code: 'WORKSPACE_TOO_NEW',
      message: expect.stringMatching(/database was saved by a newer version/),
    });

    await client.query("DELETE FROM schema_migrations WHERE version = 99990; UPDATE schema_migrations SET name = 'something-else' WHERE version = 10");
    await expect(migratePostgres(client, migrations)).rejects.toMatchObject({ code: 'WORKSPACE_TOO_NEW', message: expect.stringMatching(/schema history/) });
    expect(await postgresCatalogue(client)).toEqual(before);
  });

  it('rolls back every pending step when one fails, leaving the database as it was', async () => {
    const client = await emptyPostgres();
    const broken: PostgresMigration = { version: 99990, name: 'broken', postgres: async (c) => void (await c.query('CREATE TABLE nope (; broken sql')) };
    await expect(migratePostgres(client, [...migrations, broken])).rejects.toThrow(/syntax error/);
    expect(await postgresSchemaVersion(client)).toBe(0);
    expect((await client.query("SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace")).rows[0]).toEqual({ n: 0 });
  });

  it('lets two app processes start on one empty database: one creates the schema, the other finds it done', async () => {
    const { connectionString } = await freshPostgresDatabase();
    const [a, b] = [new pg.Client({ connectionString }), new pg.Client({ connectionString })];
    await Promise.all([a.connect(), b.connect()]);
    clients.push(a, b);
    const results = await Promise.all([migratePostgres(a, migrations), migratePostgres(b, migrations)]);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, migrations.length]);
  });

  it('folds accents and case in the search configuration, as FTS5 does: "munoz" matches "Muñoz"', async () => {
    const client = await postgresAt(migrations);
    await client.query(
      `INSERT INTO directory_search (kind, ref_id, title, body, document)
       VALUES ('member', 'm1', 'Ana MUÑOZ', 'Éducatrice', to_tsvector('${POSTGRES_SEARCH_CONFIG}', 'Ana MUÑOZ Éducatrice'))`,
    );
    const found = await client.query(`SELECT ref_id FROM directory_search WHERE document @@ to_tsquery('${POSTGRES_SEARCH_CONFIG}', 'munoz & educatrice')`);
    expect(found.rows).toEqual([{ ref_id: 'm1' }]);
  });
});

describe('the migration list and the search port on PostgreSQL', () => {
  const searchTables = ['directory_search', 'meeting_search', 'action_item_search', 'document_search'];
  const onlySearchTables = (catalogue: Catalogue): Catalogue => ({
    columns: Object.fromEntries(Object.entries(catalogue.columns).filter(([name]) => searchTables.includes(name.split('.')[0]!))),
    indexes: Object.fromEntries(Object.entries(catalogue.indexes).filter(([, description]) => searchTables.includes(description.split(' ')[0]!))),
    keys: catalogue.keys.filter((key) => searchTables.some((table) => key.includes(` ${table} (`))),
    checks: Object.fromEntries(Object.entries(catalogue.checks).filter(([table]) => searchTables.includes(table))),
  });

  it('creates the search tables exactly as the search port describes them', async () => {
    const migrated = await postgresCatalogue(await postgresAt(migrations));
    const { connectionString } = await freshPostgresDatabase();
    const engine = postgresEngine(createPostgresPool(connectionString, { max: 1 }));
    try {
      await createPostgresSearchTables(engine.db);
      expect(onlySearchTables(await postgresCatalogue(await connectTo(connectionString)))).toEqual(onlySearchTables(migrated));
    } finally {
      await engine.close();
    }
  });

  it('lets the search port find "Muñoz" by "munoz" in a database the migrations made', async () => {
    const { connectionString } = await freshPostgresDatabase();
    await migratePostgres(await connectTo(connectionString), migrations);
    const engine = postgresEngine(createPostgresPool(connectionString, { max: 1 }));
    try {
      await postgresSearchIndex.put(engine.db, 'directory', { kind: 'member', refId: 'm1', title: 'Ana Muñoz', body: ['Éducatrice'] });
      await postgresSearchIndex.put(engine.db, 'meetings', { kind: 'decision', refId: 'd1', title: 'Budget', body: ['Muñoz presented'] });
      expect(await postgresSearchIndex.search(engine.db, 'directory', 'munoz', 10)).toMatchObject([{ kind: 'member', refId: 'm1' }]);
      expect(await postgresSearchIndex.search(engine.db, 'meetings', 'munoz', 10)).toMatchObject([{ kind: 'decision', refId: 'd1' }]);
    } finally {
      await engine.close();
    }
  });
});

describe('each migration step upgrades a PostgreSQL database that holds data', () => {
  it.each(migrations.slice(1).map((step, index) => [`${step.version}-${step.name}`, index + 1] as const))(
    '%s: every row of the step before survives, and the rows then match SQLite upgraded the same way',
    async (_name, step) => {
      const sqlite = sqliteAt(step - 1);
      const client = await postgresAt(migrations.slice(0, step));
      const seeded = seedEveryTable(sqlite);
      await copySeededRows(sqlite, client, seeded.keys());
      const before = new Map<string, Array<Record<string, unknown>>>();
      for (const table of seeded.keys()) before.set(table, await rowsOf(client, table));
      expect([...before.values()].every((rows) => rows.length === 1)).toBe(true);

      const result = await migratePostgres(client, migrations.slice(0, step + 1));
      expect(result.applied).toEqual(applied([migrations[step]!]));
      migrate(sqlite, migrations.slice(0, step + 1), { backupBeforeMigrating: () => undefined });

      for (const [table, rows] of before) {
        const now = await rowsOf(client, table);
        expect(now, `${table} keeps its row`).toHaveLength(1);
        expect(now[0], `${table} keeps its values`).toMatchObject(rows[0]!);
      }
      for (const table of dataTables(sqlite)) {
        expect(await rowsOf(client, table), `${table} holds what SQLite holds`).toEqual(sqlite.prepare(`SELECT * FROM "${table}"`).all());
      }
    },
  );

  it('refuses, changing nothing, a database at the meetings step that already holds approved minutes', async () => {
    const sqlite = sqliteAt(2);
    const client = await postgresAt(migrations.slice(0, 3));
    await copySeededRows(sqlite, client, seedEveryTable(sqlite).keys());
    await client.query("UPDATE meetings SET status = 'approved'");
    await expect(migratePostgres(client, migrations)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(await postgresSchemaVersion(client)).toBe(30);
    expect((await client.query("SELECT to_regclass('meeting_record_snapshots') AS found")).rows[0]).toEqual({ found: null });
  });
});
