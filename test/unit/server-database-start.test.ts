import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPostgresPool } from '../../main/db/engine/postgresPool';
import { postgresEngine } from '../../main/db/engine/storageEngine';
import { LATEST_SCHEMA_VERSION } from '../../main/db/migrations';
import { parseDatabaseUrl, redactedDatabaseUrl, withoutPassword } from '../../main/db/server/databaseUrl';
import { prepareServerDatabase } from '../../main/db/server/prepareServerDatabase';
import { parseWebArgs, redactArguments } from '../../main/web/webArgs';
import { freshPostgresDatabase } from './support/postgresDatabase';
import { testDesk } from './support/testDesk';

const SECRET = 'Wh1sk3y-Tango-Secret';

/** The test cluster trusts local connections, so a password in the URL is accepted and ignored: what matters is where it shows. */
function withPassword(connectionString: string): string {
  return connectionString
    .replace('postgresql://postgres@', `postgresql://postgres:${SECRET}@`)
    .replace(/postgresql:\/\/([^@:]+)@/, `postgresql://$1:${SECRET}@`);
}

describe('--database and --coalition', () => {
  it('takes a PostgreSQL connection string and a coalition name', () => {
    const args = parseWebArgs(['--no-open', '--database', `postgres://ann:${SECRET}@db.example.org:5433/coalition`, '--coalition', 'Lane County Coalition']);
    expect(args.database).toEqual({ url: `postgres://ann:${SECRET}@db.example.org:5433/coalition`, address: 'postgres://ann@db.example.org:5433/coalition' });
    expect(args.coalitionName).toBe('Lane County Coalition');
    expect(parseWebArgs(['--database', 'postgresql://me@/coalition?host=/run/postgresql']).database?.address).toBe(
      'postgresql://me@/coalition?host=/run/postgresql',
    );
  });

  it('refuses what is not a PostgreSQL database, and --coalition alone, without repeating a password', () => {
    for (const [argv, message] of [
      [['--database', 'mysql://ann:x@host/db'], /must start with postgres:\/\//],
      [['--database', 'not a url'], /must be a PostgreSQL connection string/],
      [['--database', `postgres://ann:${SECRET}@host`], /must name the database/],
      [['--database'], /--database needs a value/],
      [['--coalition', 'Lane'], /without --database it has no use/],
      [[`postgres://ann:${SECRET}@host/db`], /put --database before it/],
    ] as const) {
      expect(() => parseWebArgs(argv)).toThrow(message);
      try {
        parseWebArgs(argv);
      } catch (error) {
        expect((error as Error).message).not.toContain(SECRET);
      }
    }
  });

  it('never shows the password: in the address, or in a message quoting the connection string', () => {
    const url = `postgres://ann:${encodeURIComponent('p@ss word')}@db.example.org/coalition?sslmode=require&password=${SECRET}`;
    expect(redactedDatabaseUrl(url)).toBe('postgres://ann@db.example.org/coalition?sslmode=require');
    const quoted = withoutPassword(`connect failed for ${url}: password "p@ss word" or ${SECRET} refused`, url);
    expect(quoted).not.toMatch(/p@ss word|p%40ss|Wh1sk3y/);
    expect(redactArguments(`bad ${SECRET}`, ['node', 'web-host.cjs', '--database', `postgres://ann:${SECRET}@h/db`])).toBe('bad ***');
  });
});

describe('starting on a PostgreSQL database', () => {
  it('migrates an empty database from the numbered list and creates its coalition record, once', async () => {
    const database = await freshPostgresDatabase('empty');
    const url = withPassword(database.connectionString);
    expect(url).toContain(SECRET);
    const first = await prepareServerDatabase(parseDatabaseUrl(url), {
      coalitionName: '  Lane County Coalition ',
      now: () => new Date('2026-03-01T12:00:00Z'),
    });
    expect(first).toMatchObject({ coalitionName: 'Lane County Coalition', created: true });
    expect(first.applied.length).toBeGreaterThan(0);
    const again = await prepareServerDatabase(parseDatabaseUrl(url), { coalitionName: 'Another name' });
    expect(again).toEqual({ coalitionName: 'Lane County Coalition', created: false, applied: [] });

    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      expect((await client.query('SELECT max(version) AS version FROM schema_migrations')).rows[0]).toEqual({ version: LATEST_SCHEMA_VERSION });
      expect((await client.query('SELECT name, created_at FROM workspace_meta')).rows).toEqual([
        { name: 'Lane County Coalition', created_at: '2026-03-01T12:00:00.000Z' },
      ]);
    } finally {
      await client.end();
    }
  });

  it('asks for --coalition on a new database, refuses a bad name, and changes nothing but the schema', async () => {
    const database = await freshPostgresDatabase('empty');
    const target = parseDatabaseUrl(withPassword(database.connectionString));
    await expect(prepareServerDatabase(target)).rejects.toThrow(/holds no coalition yet\. Start again with --coalition/);
    await expect(prepareServerDatabase(target, { coalitionName: '   ' })).rejects.toThrow(/--coalition: Coalition name is required\./);
    const messages = await Promise.all([prepareServerDatabase(target).catch((error: Error) => error.message)]);
    for (const message of messages) expect(message).not.toContain(SECRET);
  });

  it('says plainly when the server cannot be reached or the database does not exist, never with the password', async () => {
    const database = await freshPostgresDatabase('empty');
    const missing = withPassword(database.connectionString).replace(database.name, 'no_such_database');
    const unreachable = `postgresql://ann:${SECRET}@/coalition?host=%2Fnonexistent%2Fsocket&port=5999`;
    const refused = `postgresql://ann:${SECRET}@127.0.0.1:1/coalition`;
    const cases = [
      [missing, /does not exist on its server/],
      [unreachable, /Could not reach the PostgreSQL server/],
      [refused, /Could not reach the PostgreSQL server of postgresql:\/\/ann@127\.0\.0\.1:1\/coalition: nothing answers there/],
    ] as const;
    for (const [url, expected] of cases) {
      const message = await prepareServerDatabase(parseDatabaseUrl(url)).then(
        () => 'started',
        (error: Error) => error.message,
      );
      expect(message).toMatch(expected);
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain('\n');
    }
  });

  it('reports the session as open on a PostgreSQL database in app.status, without a lock', async () => {
    const database = await freshPostgresDatabase('empty');
    const target = parseDatabaseUrl(withPassword(database.connectionString));
    await prepareServerDatabase(target, { coalitionName: 'Lane County Coalition' });
    const engine = postgresEngine(createPostgresPool(target.url, { max: 2 }));
    const t = testDesk(undefined, undefined, { serverDatabase: engine, serverDatabaseAddress: target.address });
    try {
      const status = await t.call('app.status', {});
      expect(status.session).toMatchObject({ state: 'unlocked', storage: 'postgres', workspace: { name: 'Lane County Coalition', path: target.address } });
      expect(JSON.stringify(status)).not.toContain(SECRET);
      await t.call('workspace.lock', {});
      expect((await t.call('app.status', {})).session.state).toBe('unlocked');
      expect((await t.fail('settings.setAutoLock', { minutes: 15 })).code).toBe('UNSUPPORTED');
      expect((await t.call('workspace.details', {})).workspace.path).toBe(target.address);
    } finally {
      t.desk.close();
      await engine.close();
    }
  });
});
