// The two storage engines side by side (issue 12): the same user actions through the real router, on an encrypted
// workspace and on a PostgreSQL database of a throwaway cluster started here with PostgreSQL's durable defaults
// (fsync on, unlike the tests'). Run alone with `npx tsx bench/engines.ts`; `npm run bench` ends with it.
// Each scenario is one area on the engine; areas are added as their services move (docs/architecture.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract';
import { type CoalitionDesk } from '../main/app/coalitionDesk';
import { createCoalitionDesk } from '../main/app/createCoalitionDesk';
import { browserHostServices } from '../main/app/hostServices';
import { createPostgresPool } from '../main/db/engine/postgresPool';
import { type StorageDialect, postgresEngine } from '../main/db/engine/storageEngine';
import { migratePostgres } from '../main/db/migratePostgres';
import { migrations } from '../main/db/migrations';
import { FAST_TEST_SCRYPT_COST } from '../main/workspace/kdf';
import { startPostgresCluster } from '../test/support/postgresCluster';
import { medianMs } from './harness';

const REPEATS = 5;
const WORKGROUPS = 200;
const ACTION_ITEMS = 100;

interface Desk {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  close(): void;
}

export interface EngineRow {
  operation: string;
  sqlcipherMs: number;
  postgresMs: number | null;
}

/** `BENCH_ENGINES=sqlcipher` leaves PostgreSQL out (to compare the desktop before and after on an older commit). */
const withPostgres = process.env.BENCH_ENGINES !== 'sqlcipher';

interface Scenario {
  operation: string;
  /** Untimed: what the timed part needs. */
  prepare?: (desk: Desk) => Promise<void>;
  run: (desk: Desk, attempt: number) => Promise<unknown>;
}

const scenarios: Scenario[] = [
  {
    operation: `create a workgroup (one transaction, history row), ×${WORKGROUPS}`,
    run: async (desk, attempt) => {
      for (let index = 0; index < WORKGROUPS; index += 1) await desk.call('workgroups.create', { name: `Group ${attempt}-${index}` });
    },
  },
  {
    operation: `list workgroups with their members (${WORKGROUPS * (REPEATS + 1)} groups)`,
    run: (desk) => desk.call('workgroups.list', { includeArchived: true }),
  },
  {
    operation: `create an action item (history row, two search documents), ×${ACTION_ITEMS}`,
    run: async (desk, attempt) => {
      for (let index = 0; index < ACTION_ITEMS; index += 1) {
        await desk.call('actions.create', {
          title: `Call partner ${attempt}-${index} about the runaway protocol`,
          dueOn: `2026-0${1 + (index % 9)}-1${index % 10}`,
        });
      }
    },
  },
  {
    operation: `action items list, first page of 100 by due date (${ACTION_ITEMS * (REPEATS + 1)} items)`,
    run: (desk) => desk.call('actions.query', { limit: 100 }),
  },
  {
    operation: 'action items list, text filter "runaway prot", first page of 100',
    run: (desk) => desk.call('actions.query', { text: 'runaway prot', limit: 100 }),
  },
  { operation: 'action items dashboard counts', run: (desk) => desk.call('actions.counts', {}) },
  {
    operation: `action items: one status for ${ACTION_ITEMS * (REPEATS + 1)} items (bulk, one transaction)`,
    run: async (desk, attempt) => {
      const ids = (await desk.call('actions.query', { limit: 1000 })).rows.map((row) => row.id);
      await desk.call('actions.bulkSetStatus', { ids, status: attempt % 2 === 0 ? 'done' : 'open', note: '' });
    },
  },
];

function deskCalls(desk: CoalitionDesk): Desk {
  return {
    async call(channel, input) {
      const result = await desk.router.invoke(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    close: () => desk.close(),
  };
}

async function workspaceDesk(dataDir: string): Promise<Desk> {
  const desk = deskCalls(
    createCoalitionDesk({ dataDir, host: browserHostServices, kdfCost: FAST_TEST_SCRYPT_COST, profile: 'bench', warmExportWorker: false }),
  );
  await desk.call('workspace.create', { name: 'Bench', jurisdiction: { state: 'Oregon', region: '' }, passphrase: 'bench passphrase 123', location: null });
  return desk;
}

async function serverDesk(dataDir: string, connectionString: string): Promise<Desk> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await migratePostgres(client, migrations);
    const at = new Date().toISOString();
    await client.query(
      'INSERT INTO workspace_meta (id, name, jurisdiction_state, jurisdiction_region, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)',
      [uuidv7(), 'Bench', 'Oregon', '', at],
    );
  } finally {
    await client.end();
  }
  const serverDatabase = postgresEngine(createPostgresPool(connectionString));
  return deskCalls(createCoalitionDesk({ dataDir, host: browserHostServices, profile: 'bench', warmExportWorker: false, serverDatabase }));
}

async function measure(desk: Desk): Promise<number[]> {
  const figures: number[] = [];
  for (const scenario of scenarios) {
    await scenario.prepare?.(desk);
    await scenario.run(desk, REPEATS);
    figures.push(await medianMs(REPEATS, (attempt) => scenario.run(desk, attempt)));
  }
  return figures;
}

export async function engineRows(): Promise<EngineRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-engine-bench-'));
  const cluster = withPostgres ? await startPostgresCluster({ durable: true }) : null;
  const desks: Desk[] = [];
  try {
    const figures: Record<StorageDialect, number[]> = { sqlcipher: [], postgres: [] };
    const sqlcipher = await workspaceDesk(path.join(dir, 'workspace'));
    desks.push(sqlcipher);
    figures.sqlcipher = await measure(sqlcipher);
    if (cluster) {
      cluster.psql('postgres', 'CREATE DATABASE bench');
      cluster.psql('bench', 'CREATE EXTENSION unaccent');
      const postgres = await serverDesk(path.join(dir, 'server'), cluster.connectionString('bench'));
      desks.push(postgres);
      figures.postgres = await measure(postgres);
    }
    return scenarios.map((scenario, index) => ({
      operation: scenario.operation,
      sqlcipherMs: figures.sqlcipher[index]!,
      postgresMs: figures.postgres[index] ?? null,
    }));
  } finally {
    for (const desk of desks) desk.close();
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printEngineReport(rows: EngineRow[]): void {
  console.log('\nStorage engines, the same actions through the router (median ms)');
  const pgFigure = (row: EngineRow, value: (postgresMs: number) => string) => (row.postgresMs === null ? '—' : value(row.postgresMs));
  console.table(
    rows.map((row) => ({
      operation: row.operation,
      'SQLCipher ms': row.sqlcipherMs.toFixed(1),
      'PostgreSQL ms': pgFigure(row, (ms) => ms.toFixed(1)),
      'ratio PG/SQLCipher': pgFigure(row, (ms) => (ms / row.sqlcipherMs).toFixed(2)),
    })),
  );
  console.log(JSON.stringify({ engines: rows }));
}
