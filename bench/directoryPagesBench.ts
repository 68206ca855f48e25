import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { createPostgresPool } from '../main/db/engine/postgresPool';
import { type StorageEngine, postgresEngine, sqlcipherEngine } from '../main/db/engine/storageEngine';
import { queryMemberPage } from '../main/db/memberPageQuery';
import { findMember, listMembers, revealMemberIdentity, updateMember } from '../main/db/memberStore';
import { migrate } from '../main/db/migrate';
import { migratePostgres } from '../main/db/migratePostgres';
import { migrations } from '../main/db/migrations';
import { DEFAULT_CIPHER, type Db, openEncryptedDatabase, openPlainDatabase } from '../main/db/openDatabase';
import { toMember } from '../main/services/directoryRecords';
import { memberPageQuerySchema, type MemberPageQuery } from '../shared/contract';
import { type PostgresCluster, startPostgresCluster } from '../test/support/postgresCluster';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, median } from './harness';

/** Issue 11: the Members page at a small coalition's size, a large one's, and far beyond. */
export const MEMBER_COUNTS = [500, 10_000, 50_000] as const;

const REPEATS = 9;

/** `BENCH_ENGINES=sqlcipher` leaves PostgreSQL out (as in engineBench.ts). */
const withPostgres = process.env.BENCH_ENGINES !== 'sqlcipher';

/** One directory of a size on one engine, and what a run there costs in CPU time. */
interface Side {
  engine: StorageEngine;
  /** CPU ms of one run: the bench's thread, plus the server's backend process on PostgreSQL. */
  cpuMs(run: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * CPU time (user + system) of the bench's own thread: on a shared machine wall-clock time mostly measures the other
 * processes (a 500-member page took 1 ms alone and 100 ms at a load of 22).
 */
async function ownCpuMs(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function medianCpuMs(side: Side, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let attempt = 0; attempt < REPEATS; attempt += 1) samples.push(await side.cpuMs(run));
  return median(samples);
}

/** Each SQLite side in its own file (the workspace's SQLCipher settings, or plain), filled by the repositories. */
async function sqliteSide(file: string, encrypted: boolean, size: number): Promise<Side> {
  const db: Db = encrypted ? openEncryptedDatabase(file, crypto.randomBytes(32), DEFAULT_CIPHER) : openPlainDatabase(file, DEFAULT_CIPHER.pageSize);
  migrate(db, migrations, { backupBeforeMigrating: () => undefined });
  const engine = sqlcipherEngine(db);
  await insertDirectoryDataset(engine, datasetOf(size), new Date().toISOString());
  db.pragma('wal_checkpoint(TRUNCATE)');
  return {
    engine,
    cpuMs: ownCpuMs,
    close: async () => {
      db.close();
    },
  };
}

/**
 * A database of the bench's cluster (PostgreSQL's durable defaults), filled by the engine's repositories and analyzed
 * as autovacuum would. One connection, so the server's work is one backend process: its CPU time comes from
 * /proc/<pid>/schedstat (nanoseconds on the CPU), added to the bench thread's.
 */
async function postgresSide(cluster: PostgresCluster, size: number): Promise<Side> {
  const name = `members_${size}`;
  cluster.psql('postgres', `CREATE DATABASE ${name}`);
  cluster.psql(name, 'CREATE EXTENSION unaccent');
  const client = new pg.Client({ connectionString: cluster.connectionString(name) });
  await client.connect();
  try {
    await migratePostgres(client, migrations);
  } finally {
    await client.end();
  }
  const engine = postgresEngine(createPostgresPool(cluster.connectionString(name), { max: 1 }));
  await insertDirectoryDataset(engine, datasetOf(size), new Date().toISOString());
  await sql`ANALYZE`.execute(engine.db);
  const backendCpuNs = async () => {
    const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(engine.db);
    return () => BigInt(fs.readFileSync(`/proc/${rows[0]!.pid}/schedstat`, 'utf8').split(' ')[0]!);
  };
  return {
    engine,
    async cpuMs(run) {
      const serverCpu = await backendCpuNs();
      const before = serverCpu();
      const own = await ownCpuMs(run);
      return own + Number(serverCpu() - before) / 1e6;
    },
    close: () => engine.close(),
  };
}

const datasetOf = (size: number) => ({ organizations: Math.max(20, size / 50), members: size });

interface Case {
  label: string;
  run: (engine: StorageEngine, size: number) => Promise<string>;
}

/** Through the storage engine, as the app reads it (issue 12), with the service's mapping to the channel's shape. */
const page = (query: MemberPageQuery) => async (engine: StorageEngine) => {
  const { rows, total } = await queryMemberPage(engine.db, memberPageQuerySchema.parse(query));
  return JSON.stringify({ rows: rows.map(toMember), total });
};

const cases: Case[] = [
  { label: 'Members page: opening view (active, by name, first 100)', run: page({}) },
  { label: 'Members page: filter text "munoz" (full-text, first 100)', run: page({ text: 'munoz' }) },
  { label: 'Members page: sorted by organization (first 100)', run: page({ sort: { field: 'organizationName', direction: 'asc' } }) },
  { label: 'Members page: last page by name', run: (db, size) => page({ offset: Math.max(0, Math.floor((size - 1) / 100) * 100) })(db) },
  {
    label: 'the old Members page: every member at once (JSON)',
    run: async (engine) => JSON.stringify((await listMembers(engine.db, { includeArchived: false })).map(toMember)),
  },
];

/** Saving a member (its row and its search document) at each size: the search index is never scanned. */
async function saveMember(engine: StorageEngine): Promise<void> {
  const { id } = await engine.db.selectFrom('members').select('id').where('protected_identity', '=', 0).orderBy('id').limit(1).executeTakeFirstOrThrow();
  await engine.transaction(async (trx) => {
    const member = (await findMember(trx, id))!;
    const identity = (await revealMemberIdentity(trx, id))!;
    const fields = { ...member, ...identity, votingMember: member.votingMember === 1, protectedIdentity: false, title: `${member.title}.` };
    await updateMember(trx, id, fields, new Date().toISOString());
  });
}

type SideName = 'encrypted' | 'plain' | 'postgres';

/**
 * Each size in its own database on each side: encrypted and plain SQLite, and PostgreSQL (a throwaway cluster started
 * here) unless BENCH_ENGINES=sqlcipher. Rows: each case per size (CPU ms), then the growth from the smallest to the
 * largest size on the encrypted workspace.
 */
export async function directoryPageRows(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-members-bench-'));
  const cluster = withPostgres ? await startPostgresCluster({ durable: true }) : null;
  const timings = new Map<string, number[]>();
  const record = (label: string, ms: number) => timings.set(label, [...(timings.get(label) ?? []), ms]);
  const rows: Row[] = [];
  try {
    for (const size of MEMBER_COUNTS) {
      const sides = new Map<SideName, Side>();
      try {
        sides.set('encrypted', await sqliteSide(path.join(dir, `members-${size}.db`), true, size));
        sides.set('plain', await sqliteSide(path.join(dir, `members-${size}-plain.db`), false, size));
        if (cluster) sides.set('postgres', await postgresSide(cluster, size));
        const measure = async (run: (engine: StorageEngine) => Promise<unknown>) => {
          const figures = new Map<SideName, number>();
          for (const [name, side] of sides) {
            await run(side.engine);
            figures.set(name, await medianCpuMs(side, () => run(side.engine)));
          }
          return { encryptedMs: figures.get('encrypted')!, plainMs: figures.get('plain')!, postgresMs: figures.get('postgres') ?? null };
        };
        const sizeLabel = size.toLocaleString('en');
        for (const { label, run } of cases) {
          const figures = await measure((engine) => run(engine, size));
          record(label, figures.encryptedMs);
          const bytes = Buffer.byteLength(await run(sides.get('encrypted')!.engine, size));
          rows.push({ operation: `${label}, ${sizeLabel} members`, ...figures, note: `${(bytes / 1024).toFixed(0)} KiB of JSON` });
        }
        const save = await measure(saveMember);
        record('saving a member (row + its search document)', save.encryptedMs);
        rows.push({ operation: `saving a member (row + its search document), ${sizeLabel} members`, ...save });
      } finally {
        for (const side of sides.values()) await side.close();
      }
    }
    const [smallest, largest] = [MEMBER_COUNTS[0], MEMBER_COUNTS.at(-1)!];
    for (const [label, samples] of timings) {
      const growth = samples.at(-1)! / samples[0]!;
      rows.push({
        operation: `${label}: ${largest.toLocaleString('en')} vs ${smallest} members`,
        encryptedMs: samples.at(-1)! - samples[0]!,
        plainMs: null,
        note: `${growth.toFixed(2)}x (encrypted)`,
      });
    }
    return rows;
  } finally {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
