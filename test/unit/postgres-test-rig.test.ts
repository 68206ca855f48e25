// The throwaway PostgreSQL the unit suite runs on: a private server per run, a private database per test file, and
// nothing left behind, also when the process that started it is killed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresBin, PostgresBinariesMissing, startPostgresCluster } from '../support/postgresCluster';
import { freshPostgresDatabase } from './support/postgresDatabase';
import { isRunning } from './support/processRunning';

const pools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

async function connect(): Promise<pg.Pool> {
  const database = await freshPostgresDatabase();
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 2 });
  pools.push(pool);
  return pool;
}

describe('the test PostgreSQL', () => {
  it('is a private server on a unix socket, with unaccent and accent-aware collation', async () => {
    const pool = await connect();
    const settings = await pool.query<{ listen: string; version: string; unaccented: string; superuser: string }>(
      `SELECT current_setting('listen_addresses') AS listen, current_setting('server_version_num') AS version,
              unaccent('Muñoz') AS unaccented, current_user AS superuser`,
    );
    expect(settings.rows[0]).toMatchObject({ listen: '', unaccented: 'Munoz', superuser: 'postgres' });
    expect(Number(settings.rows[0]?.version)).toBeGreaterThanOrEqual(150000);
    const sorted = await pool.query<{ name: string }>(`SELECT name FROM (VALUES ('Zoe'), ('Álvaro'), ('alba'), ('Émile')) AS v(name) ORDER BY name`);
    expect(sorted.rows.map((row) => row.name)).toEqual(['alba', 'Álvaro', 'Émile', 'Zoe']);
  });

  it('gives each caller its own database', async () => {
    const [first, second] = await Promise.all([connect(), connect()]);
    await first.query('CREATE TABLE only_here (id int)');
    const seen = await second.query(`SELECT to_regclass('only_here') AS found`);
    expect(seen.rows[0]).toEqual({ found: null });
  });

  it('says how to get the server binaries when there are none', () => {
    const missing = () => findPostgresBin({ PATH: '' }, '/nonexistent');
    expect(missing).toThrow(PostgresBinariesMissing);
    expect(missing).toThrow(/apt-get install -y postgresql.*PG_BIN/s);
  });

  it('stops the server and removes its folder, twice safely', async () => {
    const cluster = await startPostgresCluster();
    const pid = Number(fs.readFileSync(path.join(cluster.folder, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isRunning(pid)).toBe(true);
    await Promise.all([cluster.stop(), cluster.stop()]);
    expect(fs.existsSync(cluster.folder)).toBe(false);
    expect(isRunning(pid)).toBe(false);
  }, 60_000);

  it('leaves nothing behind when the process that started it is killed', async () => {
    const owner = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'postgresClusterOwner.ts')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [folder] = (await once(readline.createInterface({ input: owner.stdout }), 'line')) as [string];
    const pid = Number(fs.readFileSync(path.join(folder, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(isRunning(pid)).toBe(true);
    owner.kill('SIGKILL');
    await expect.poll(() => isRunning(pid) || fs.existsSync(folder), { timeout: 30_000, interval: 100 }).toBe(false);
  }, 60_000);
});
