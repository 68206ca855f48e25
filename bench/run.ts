// `npm run bench`: the cost of encryption, measured. Each operation runs on the encrypted workspace
// and on a plain SQLite file with the same schema, page size and settings; medians of several runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { checkOpening } from '../main/db/integrity';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { type Db, DEFAULT_CIPHER, openPlainDatabase } from '../main/db/openDatabase';
import { createWorkspace } from '../main/workspace/createWorkspace';
import { DEFAULT_SCRYPT_COST } from '../main/workspace/kdf';
import { type OpenWorkspace, closeWorkspace, openWorkspace } from '../main/workspace/openWorkspace';
import { unlockDataKey } from '../main/workspace/unlockDataKey';
import type { DatabaseCipher } from '../main/workspace/keySlots';
import { workspaceFiles } from '../main/workspace/workspaceFiles';
import { createBenchSchema, insertBenchRows } from './benchSchema';
import { actionItemRows } from './actionItemsBench';
import { actionItemScaleRows } from './actionItemsScaleBench';
import { directoryRows } from './directoryBench';
import { documentRows } from './documents';
import { annualReportRows } from './annualReport';
import { planPageRows } from './planPages';
import { directoryPageRows } from './directoryPagesBench';
import { exportRows } from './exportBench';
import { exportMemoryRows } from './exportMemoryBench';
import { hostPauseRows } from './hostPauseBench';
import { importRows } from './importBench';
import { meetingRecordRows } from './meetingRecordBench';
import { dataReviewRows } from './dataReview';
import { meetingRows } from './meetingsBench';
import { rekeyRows } from './rekeyBench';
import { startupRows } from './startupBench';
import { engineRows, printEngineReport } from './engineBench';
import { storageEngineRows } from './storageEngineBench';
import { unlockRows } from './unlockBench';
import { locateReaderWorker } from '../main/workspace/readerWorkers';
import { bundledReaderWorker } from '../test/support/workerBundle';
import { type Row, median, medianMs, printReport, timeMs } from './harness';

const ROWS = 10_000;
const POINT_READS = 1_000;
const FTS_QUERIES = 100;
const REPEATS = 5;
const now = () => new Date();
const newIds = () => Array.from({ length: ROWS }, () => uuidv7());
const cipher: DatabaseCipher = { ...DEFAULT_CIPHER, pageSize: Number(process.env.BENCH_PAGE_SIZE ?? DEFAULT_CIPHER.pageSize) as DatabaseCipher['pageSize'] };

async function main(): Promise<void> {
  // Under tsx the app's bundle is not there: the background check and backups run in a worker bundled from source.
  // Built before anything is timed: bundling takes about a second on the thread it runs on.
  const readerWorker = bundledReaderWorker();
  locateReaderWorker(() => readerWorker);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coalition-desk-bench-'));
  try {
    const files = workspaceFiles(path.join(dir, 'Bench.coalition'));
    const created = await createWorkspace(
      files,
      { name: 'Bench', jurisdiction: { state: 'Oregon', region: '' }, passphrase: 'bench passphrase 123' },
      { now, kdfCost: DEFAULT_SCRYPT_COST, profile: 'bench', cipher },
    );
    closeWorkspace(created.workspace);
    const plainFile = path.join(dir, 'plain.db');
    const plainSetup = openPlainDatabase(plainFile, cipher.pageSize);
    migrate(plainSetup, migrations, { backupBeforeMigrating: () => undefined });
    plainSetup.close();

    const rows: Row[] = [];
    const keyDerivation = await medianMs(REPEATS, () => unlockDataKey(files, 'passphrase', 'bench passphrase 123'));
    rows.push({ operation: 'unlock: key derivation (scrypt)', encryptedMs: keyDerivation, plainMs: null, note: 'deliberately slow; no plain counterpart' });

    // Reopened through closeWorkspace, which also releases the workspace's lock (a bare db.close() keeps it held).
    let opened: OpenWorkspace | undefined;
    let plain: Db | undefined;
    const { dataKey, keySlots } = await unlockDataKey(files, 'passphrase', 'bench passphrase 123');
    const openEncrypted = await medianMs(REPEATS, () => {
      if (opened) closeWorkspace(opened);
      opened = openWorkspace(files, keySlots, Buffer.from(dataKey), { now });
    });
    const openPlain = await medianMs(REPEATS, () => {
      plain?.close();
      plain = openPlainDatabase(plainFile, cipher.pageSize);
      checkOpening(plain);
      migrate(plain, migrations, { backupBeforeMigrating: () => undefined });
    });
    rows.push({ operation: 'unlock: open + opening checks + migrate', encryptedMs: openEncrypted, plainMs: openPlain });
    const dbs = { encrypted: opened!.db, plain: plain! };
    for (const db of Object.values(dbs)) createBenchSchema(db);

    // Alternate encrypted and plain runs after an untimed warm-up of each, so JIT warm-up and machine
    // noise fall on both sides alike; each insert starts from an empty WAL.
    const idSets = Array.from({ length: REPEATS + 1 }, () => ({ encrypted: newIds(), plain: newIds() }));
    const writes = { encrypted: { insert: [] as number[], checkpoint: [] as number[] }, plain: { insert: [] as number[], checkpoint: [] as number[] } };
    for (const [attempt, ids] of idSets.entries()) {
      for (const side of ['encrypted', 'plain'] as const) {
        const db = dbs[side];
        const insertMs = await timeMs(() => insertBenchRows(db, ids[side]));
        const checkpointMs = await timeMs(() => db.pragma('wal_checkpoint(TRUNCATE)'));
        if (attempt === 0) continue;
        writes[side].insert.push(insertMs);
        writes[side].checkpoint.push(checkpointMs);
      }
    }
    rows.push({
      operation: `insert ${ROWS.toLocaleString('en')} rows + FTS, one transaction`,
      encryptedMs: median(writes.encrypted.insert),
      plainMs: median(writes.plain.insert),
    });
    rows.push({
      operation: 'checkpoint of those rows (idle timer)',
      encryptedMs: median(writes.encrypted.checkpoint),
      plainMs: median(writes.plain.checkpoint),
      note: 'runs when idle, not in the action',
    });

    const allIds = idSets.flatMap((ids) => [...ids.encrypted, ...ids.plain]);
    const pointReads = async (db: Db) => {
      const select = db.prepare('SELECT id, title, body FROM bench_items WHERE id = ?');
      return medianMs(REPEATS, (attempt) => {
        for (let index = 0; index < POINT_READS; index += 1) select.get(allIds[(index * 7919 + attempt * 104729) % allIds.length]);
      });
    };
    rows.push({
      operation: `${POINT_READS.toLocaleString('en')} point reads`,
      encryptedMs: await pointReads(dbs.encrypted),
      plainMs: await pointReads(dbs.plain),
    });
    rows.push(...(await storageEngineRows(dbs, allIds, POINT_READS, REPEATS)));

    const terms = ['munoz', 'garcia protocol', 'shelter AND referral', 'runaway NOT court', 'survivor advisory', 'hotline*', 'placement', 'training outreach'];
    const ftsQueries = async (db: Db) => {
      const search = db.prepare(
        "SELECT rowid, snippet(bench_items_fts, 1, '[', ']', '…', 8) AS snippet FROM bench_items_fts WHERE bench_items_fts MATCH ? ORDER BY rank LIMIT 20",
      );
      return medianMs(REPEATS, () => {
        for (let index = 0; index < FTS_QUERIES; index += 1) search.all(terms[index % terms.length]);
      });
    };
    rows.push({
      operation: `${FTS_QUERIES} FTS5 queries (top 20, snippets)`,
      encryptedMs: await ftsQueries(dbs.encrypted),
      plainMs: await ftsQueries(dbs.plain),
    });

    rows.push(...(await directoryRows(dbs, REPEATS)));
    rows.push(...(await directoryPageRows()));
    rows.push(...(await actionItemRows(dbs, REPEATS)));
    rows.push(...(await actionItemScaleRows(REPEATS)));
    rows.push(...(await exportRows(dbs, REPEATS)));
    rows.push(...(await meetingRows(dbs, REPEATS)));
    rows.push(...(await meetingRecordRows(dbs, REPEATS)));
    rows.push(...(await documentRows(dbs, 3)));
    rows.push(...(await dataReviewRows(dbs, REPEATS)));
    rows.push(...(await annualReportRows(3)));
    rows.push(...(await planPageRows(dbs, REPEATS)));
    rows.push(...(await importRows()));
    rows.push(...(await rekeyRows()));
    rows.push(...(await startupRows()));
    rows.push(...(await unlockRows()));

    closeWorkspace(opened!);
    dbs.plain.close();
    // The same workspace, now holding the 100,000 action items, opened by the app itself.
    rows.push(...(await hostPauseRows(fs.mkdtempSync(path.join(dir, 'app-')), files.folder, 'bench passphrase 123')));
    rows.push(...(await exportMemoryRows(fs.mkdtempSync(path.join(dir, 'app-')), files.folder, 'bench passphrase 123')));
    printReport('Coalition Desk workspace benchmark', rows, {
      machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
      node: process.version,
      cipher,
      scrypt: DEFAULT_SCRYPT_COST,
      repeats: REPEATS,
    });
    printEngineReport(await engineRows());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
