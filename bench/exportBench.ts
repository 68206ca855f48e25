import { monitorEventLoopDelay } from 'node:perf_hooks';
import { actionQuerySchema } from '../shared/contract';
import { readActionItemIds } from '../main/db/actionItemQuery';
import { type StorageExecutor, sqlcipherEngine } from '../main/db/engine/storageEngine';
import type { Db } from '../main/db/openDatabase';
import type { RowFeed } from '../main/export/exportJob';
import type { PreparedExport } from '../main/export/preparedExport';
import { readUnsealed } from '../main/export/sealedFile';
import { dueDatesOn } from '../main/services/actionItemsDueDates';
import { actionItemRows, actionItemsTableModel } from '../main/services/actionItemsExport';
import { ExportJobs, ROWS_PER_CHUNK } from '../main/services/exportJobs';
import { bundledExportWorker } from '../test/support/exportWorkerBundle';
import { ACTION_ITEMS, DATASET_TODAY } from './actionItemsBench';
import { type Row, medianMs, timeMs } from './harness';

/** How long the app has between an unlock and a first export to start its spare worker: far less than a person takes. */
const WARM_UP_MS = 1000;

/**
 * Runs one export in the worker and reports how long it took and the main thread's longest pause meanwhile.
 * `warm`: as in the app after an unlock, a spare worker has loaded the renderers before the export starts;
 * otherwise the export also waits for a worker to start.
 */
export async function renderInWorker(
  prepared: PreparedExport,
  { warm = true }: { warm?: boolean } = {},
): Promise<{ totalMs: number; longestPauseMs: number; bytes: Uint8Array }> {
  const jobs = new ExportJobs(bundledExportWorker);
  if (warm) {
    jobs.warmUp();
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  }
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let bytes: Uint8Array = new Uint8Array();
  const totalMs = await timeMs(async () => {
    const id = jobs.start(prepared);
    while (jobs.status(id).state === 'running') await new Promise((resolve) => setTimeout(resolve, 10));
    if (jobs.status(id).state !== 'finished') throw new Error(`the bench export ended ${jobs.status(id).state}`);
    bytes = await readUnsealed(jobs.result(id).file);
  });
  delay.disable();
  jobs.forgetAll();
  return { totalMs, longestPauseMs: delay.max / 1e6, bytes };
}

/**
 * The biggest list export: every one of the 100,000 action items to XLSX. Preparing reads the ids in order on the
 * backend's thread (encrypted against plain); the worker then asks for the rows a chunk at a time, each read on the
 * backend's thread between its other work, and writes the file as they come. The note gives that thread's longest
 * pause meanwhile (its longest chunk read, in practice).
 */
export async function exportRows(dbs: { encrypted: Db; plain: Db }, repeats: number): Promise<Row[]> {
  const query = actionQuerySchema.omit({ offset: true, limit: true, groupBy: true }).parse({});
  const due = dueDatesOn(DATASET_TODAY);
  const label = ACTION_ITEMS.toLocaleString('en');
  const engines = { encrypted: sqlcipherEngine(dbs.encrypted), plain: sqlcipherEngine(dbs.plain) };
  const prepare = (db: StorageExecutor) => medianMs(repeats, () => readActionItemIds(db, query, due));
  const rows: Row[] = [
    {
      operation: `export ${label} action items: prepare (the ids in order)`,
      encryptedMs: await prepare(engines.encrypted.db),
      plainMs: await prepare(engines.plain.db),
      note: 'the rows are read later, a chunk at a time',
    },
  ];
  const ids = await readActionItemIds(engines.encrypted.db, query, due);
  const rowsOf = actionItemRows(() => engines.encrypted.db, ids, due);
  let longestReadMs = 0;
  const feed: RowFeed = async (most) => {
    const started = performance.now();
    const read = await rowsOf(most);
    longestReadMs = Math.max(longestReadMs, performance.now() - started);
    return read;
  };
  const model = actionItemsTableModel(ids.length, 'medium');
  const { totalMs, longestPauseMs } = await renderInWorker({
    renderer: 'table-xlsx',
    model,
    feed,
    fileName: 'bench.xlsx',
    mimeType: 'application/octet-stream',
  });
  rows.push({
    operation: `export ${label} action items: XLSX written by the worker, rows fed ${ROWS_PER_CHUNK.toLocaleString('en')} at a time`,
    encryptedMs: totalMs,
    plainMs: null,
    note: `this thread's longest pause ${longestPauseMs.toFixed(0)} ms; longest chunk read ${longestReadMs.toFixed(0)} ms`,
  });
  return rows;
}
