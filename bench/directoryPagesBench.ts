import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type StorageEngine, sqlcipherEngine } from '../main/db/engine/storageEngine';
import { queryMemberPage } from '../main/db/memberPageQuery';
import { findMember, listMembers, revealMemberIdentity, updateMember } from '../main/db/memberStore';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { DEFAULT_CIPHER, type Db, openEncryptedDatabase } from '../main/db/openDatabase';
import { toMember } from '../main/services/directoryRecords';
import { memberPageQuerySchema, type MemberPageQuery } from '../shared/contract';
import { insertDirectoryDataset } from './directoryDataset';
import { type Row, median } from './harness';

/** Issue 11: the Members page at a small coalition's size, a large one's, and far beyond. */
export const MEMBER_COUNTS = [500, 10_000, 50_000] as const;

const REPEATS = 9;

/**
 * CPU time (user + system) of the bench's own thread, median of REPEATS runs: on a shared machine wall-clock time
 * mostly measures the other processes (a 500-member page took 1 ms alone and 100 ms at a load of 22).
 */
async function medianCpuMs(run: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let attempt = 0; attempt < REPEATS; attempt += 1) {
    const start = process.cpuUsage();
    await run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}

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
  { label: 'the old Members page: every member at once (JSON)', run: async (engine) => JSON.stringify((await listMembers(engine.db, { includeArchived: false })).map(toMember)) },
];

/** Saving a member (its row and its search document) at each size: the search index is never scanned. */
async function saveMember(db: Db, engine: StorageEngine): Promise<void> {
  const id = db.prepare('SELECT id FROM members WHERE protected_identity = 0 ORDER BY id LIMIT 1').pluck().get() as string;
  await engine.transaction(async (trx) => {
    const member = (await findMember(trx, id))!;
    const identity = (await revealMemberIdentity(trx, id))!;
    const fields = { ...member, ...identity, votingMember: member.votingMember === 1, protectedIdentity: false, title: `${member.title}.` };
    await updateMember(trx, id, fields, new Date().toISOString());
  });
}

/**
 * Each size in its own encrypted database (the workspace's SQLCipher settings), filled through the real repositories.
 * Rows: each case per size (CPU ms in the encrypted column), then the growth from the smallest to the largest size.
 */
export async function directoryPageRows(): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-members-bench-'));
  const timings = new Map<string, number[]>();
  const record = (label: string, ms: number) => timings.set(label, [...(timings.get(label) ?? []), ms]);
  const rows: Row[] = [];
  try {
    for (const size of MEMBER_COUNTS) {
      const db = openEncryptedDatabase(path.join(dir, `members-${size}.db`), crypto.randomBytes(32), DEFAULT_CIPHER);
      try {
        migrate(db, migrations, { backupBeforeMigrating: () => undefined });
        insertDirectoryDataset(db, { organizations: Math.max(20, size / 50), members: size }, new Date().toISOString());
        db.pragma('wal_checkpoint(TRUNCATE)');
        const sizeLabel = size.toLocaleString('en');
        const engine = sqlcipherEngine(db);
        for (const { label, run } of cases) {
          await run(engine, size);
          const ms = await medianCpuMs(() => run(engine, size));
          record(label, ms);
          const bytes = Buffer.byteLength(await run(engine, size));
          rows.push({ operation: `${label}, ${sizeLabel} members`, encryptedMs: ms, plainMs: null, note: `${(bytes / 1024).toFixed(0)} KiB of JSON` });
        }
        const saveMs = await medianCpuMs(() => saveMember(db, engine));
        record('saving a member (row + its search document)', saveMs);
        rows.push({ operation: `saving a member (row + its search document), ${sizeLabel} members`, encryptedMs: saveMs, plainMs: null });
      } finally {
        db.close();
      }
    }
    const [smallest, largest] = [MEMBER_COUNTS[0], MEMBER_COUNTS.at(-1)!];
    for (const [label, samples] of timings) {
      const growth = samples.at(-1)! / samples[0]!;
      rows.push({ operation: `${label}: ${largest.toLocaleString('en')} vs ${smallest} members`, encryptedMs: samples.at(-1)! - samples[0]!, plainMs: null, note: `${growth.toFixed(2)}x` });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
