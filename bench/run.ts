// `npm run bench`: the cost of encryption, measured. Each operation runs on the encrypted workspace
// and on a plain SQLite file with the same schema, page size and settings; medians of several runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { checkIntegrity } from '../main/db/integrity';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { type Db, DEFAULT_CIPHER, openPlainDatabase } from '../main/db/openDatabase';
import { createWorkspace } from '../main/workspace/createWorkspace';
import { DEFAULT_SCRYPT_COST } from '../main/workspace/kdf';
import { closeWorkspace, openWorkspace } from '../main/workspace/openWorkspace';
import { unlockDataKey } from '../main/workspace/unlockDataKey';
import { workspaceFiles } from '../main/workspace/workspaceFiles';
import { createBenchSchema, insertBenchRows } from './benchSchema';
import { type Row, medianMs, printReport } from './harness';

const ROWS = 10_000;
const POINT_READS = 1_000;
const FTS_QUERIES = 100;
const REPEATS = 5;
const now = () => new Date();

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-'));
  try {
    const files = workspaceFiles(path.join(dir, 'Bench.coalition'));
    const created = await createWorkspace(files, { name: 'Bench', jurisdiction: { state: 'Oregon', region: '' }, passphrase: 'bench passphrase 123' }, { now, kdfCost: DEFAULT_SCRYPT_COST, profile: 'bench' });
    closeWorkspace(created.workspace);
    const plainFile = path.join(dir, 'plain.db');
    const plainSetup = openPlainDatabase(plainFile, DEFAULT_CIPHER.pageSize);
    migrate(plainSetup, migrations, { backupBeforeMigrating: () => undefined });
    plainSetup.close();

    const rows: Row[] = [];
    const keyDerivation = await medianMs(REPEATS, () => unlockDataKey(files, 'passphrase', 'bench passphrase 123'));
    rows.push({ operation: 'unlock: key derivation (scrypt)', encryptedMs: keyDerivation, plainMs: null, note: 'deliberately slow; no plain counterpart' });

    let encrypted: Db | undefined;
    let plain: Db | undefined;
    const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', 'bench passphrase 123');
    const openEncrypted = await medianMs(REPEATS, () => {
      encrypted?.close();
      encrypted = openWorkspace(files, keySlots, Buffer.from(dataKey), { now }).db;
    });
    const openPlain = await medianMs(REPEATS, () => {
      plain?.close();
      plain = openPlainDatabase(plainFile, DEFAULT_CIPHER.pageSize);
      checkIntegrity(plain);
      migrate(plain, migrations, { backupBeforeMigrating: () => undefined });
    });
    rows.push({ operation: 'unlock: open + integrity check + migrate', encryptedMs: openEncrypted, plainMs: openPlain });
    const dbs = { encrypted: encrypted!, plain: plain! };
    for (const db of Object.values(dbs)) createBenchSchema(db);

    const idSets = Array.from({ length: REPEATS }, () => Array.from({ length: ROWS }, () => uuidv7()));
    const insert = async (db: Db) => medianMs(REPEATS, (attempt) => insertBenchRows(db, idSets[attempt]!));
    rows.push({ operation: `insert ${ROWS.toLocaleString('en')} rows + FTS, one transaction`, encryptedMs: await insert(dbs.encrypted), plainMs: await insert(dbs.plain) });

    const allIds = idSets.flat();
    const pointReads = async (db: Db) => {
      const select = db.prepare('SELECT id, title, body FROM bench_items WHERE id = ?');
      return medianMs(REPEATS, (attempt) => {
        for (let index = 0; index < POINT_READS; index += 1) select.get(allIds[(index * 7919 + attempt * 104729) % allIds.length]);
      });
    };
    rows.push({ operation: `${POINT_READS.toLocaleString('en')} point reads`, encryptedMs: await pointReads(dbs.encrypted), plainMs: await pointReads(dbs.plain) });

    const terms = ['munoz', 'garcia protocol', 'shelter AND referral', 'runaway NOT court', 'survivor advisory', 'hotline*', 'placement', 'training outreach'];
    const ftsQueries = async (db: Db) => {
      const search = db.prepare('SELECT rowid, snippet(bench_items_fts, 1, \'[\', \']\', \'…\', 8) AS snippet FROM bench_items_fts WHERE bench_items_fts MATCH ? ORDER BY rank LIMIT 20');
      return medianMs(REPEATS, () => {
        for (let index = 0; index < FTS_QUERIES; index += 1) search.all(terms[index % terms.length]);
      });
    };
    rows.push({ operation: `${FTS_QUERIES} FTS5 queries (top 20, snippets)`, encryptedMs: await ftsQueries(dbs.encrypted), plainMs: await ftsQueries(dbs.plain) });

    dbs.encrypted.close();
    dbs.plain.close();
    printReport('Coalition Desk workspace benchmark', rows, {
      machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
      node: process.version,
      cipher: DEFAULT_CIPHER,
      scrypt: DEFAULT_SCRYPT_COST,
      repeats: REPEATS,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
